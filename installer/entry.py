"""Entry point of the frozen app: the same `officina` command line as `uv run officina`."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
