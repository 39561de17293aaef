"""`python -m app.server.cli`: the same as `cleanroom-server`."""

import sys

from app.server.cli import main

if __name__ == "__main__":
    sys.exit(main())
