"""Frozen entry point of the console ``jxdeclare-cli`` executable."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch-check workers re-run this executable
    from jxdeclare.cli.main import main

    sys.exit(main())
