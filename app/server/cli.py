"""`cleanroom-server`: the data steward's and admin's command line.

Subcommands register themselves in `build_parser`; each handler takes the parsed args and
returns an exit code. Errors print one line (see app.core.cli for the exit codes).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app.core.cli import run_cli
from app.core.journal import DEFAULT_MAX_CLOCK_STEP_S, verify_jsonl
from app.core.keys import VerifyKey


def cmd_verify_journal(args: argparse.Namespace) -> int:
    device_key = VerifyKey.from_b64u(args.device_key)
    state = verify_jsonl(
        Path(args.file).read_bytes(), device_key, max_clock_step_s=args.max_clock_step
    )
    print(f"ok: {state.seq} entries from device {state.device_id}, last hash {state.hash}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleanroom-server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    verify = sub.add_parser(
        "verify-journal", help="check a device's JSON Lines journal offline, from seq 1"
    )
    verify.add_argument("file", help="the journal, one record per line")
    verify.add_argument("--device-key", required=True, help="device Ed25519 public key, b64u")
    verify.add_argument(
        "--max-clock-step",
        type=int,
        default=DEFAULT_MAX_CLOCK_STEP_S,
        metavar="S",
        help="largest step back in time allowed between entries, seconds (default 300)",
    )
    verify.set_defaults(handler=cmd_verify_journal)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_cli(lambda: int(args.handler(args)))


if __name__ == "__main__":
    sys.exit(main())
