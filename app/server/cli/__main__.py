"""`python -m app.server.cli`: the same as `cleanroom-server`."""

import sys

from app.server.cli import main

sys.exit(main())
