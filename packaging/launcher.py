"""The bundle's entry point: PyInstaller runs this file as the ``coldcare`` program."""

import sys

from coldcare.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
