"""Entry point frozen by PyInstaller: the workstation's `cleanroom` command."""

import sys

from app.entry import main

if __name__ == "__main__":
    sys.exit(main())
