"""Entry point of the stand-alone bundle: the same as the ``actormap`` command.

``freeze_support`` lets the analysis worker (a ``multiprocessing`` spawn child) start
from the frozen program, which has no Python interpreter of its own to run.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from actormap.cli import main

    sys.exit(main())
