"""`cleanroom-server`: the data steward's and admin's command line.

Each area registers its subcommands with an `add_parsers(sub)` (one module per area); each
handler takes the parsed args and returns an exit code. Errors print one line (see
the README's exit-code table). Commands other than `init` and `verify-journal` work on a
server home (`--home`, default $CLEANROOM_SERVER_HOME or ./server-home) and its database
(`--database-url` overrides it, e.g. postgresql+psycopg://user@db/cleanroom). Every admin
action is written to the audit table.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.console import glue_key_values, run_cli
from app.server.cli import (
    assign,
    audit,
    erasure,
    export,
    ingest,
    projects,
    quality,
    review,
    server,
    users,
)
from app.server.cli.common import EXIT_SOME_REFUSED

__all__ = ["EXIT_SOME_REFUSED", "build_parser", "main"]

AREAS = (server, users, projects, ingest, assign, export, erasure, audit, quality, review)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleanroom-server", description=__doc__)
    parser.add_argument("--home", help="server home (default $CLEANROOM_SERVER_HOME)")
    parser.add_argument("--database-url", help="SQLAlchemy URL; overrides server.json")
    parser.add_argument(
        "--debug", action="store_true", help="show the traceback behind an unexpected error"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for area in AREAS:
        area.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(glue_key_values(sys.argv[1:] if argv is None else argv))
    return run_cli(lambda: int(args.handler(args)), debug=args.debug)
