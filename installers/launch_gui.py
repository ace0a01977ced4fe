"""Frozen entry point of the windowed ``jxdeclare`` executable."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch-check workers re-run this executable
    from jxdeclare.ui.app import main

    sys.exit(main())
