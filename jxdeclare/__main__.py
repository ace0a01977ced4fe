"""``python -m jxdeclare`` starts the desktop app."""

import multiprocessing
import sys

from jxdeclare.ui.app import main

# Guarded: the batch check's worker processes are spawned and import this module again.
if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen build's workers re-run the executable
    sys.exit(main())
