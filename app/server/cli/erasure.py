"""`erase-subject`: remove all data of one data subject."""

from __future__ import annotations

import argparse

from app.server.cli.common import session
from app.server.services.erasure import erase_subject


def cmd_erase_subject(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        done = erase_subject(db, config, args.subject_id)
    print(f"erased {done.items} items, {done.labels} labels, {done.shards} shards")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    erase = sub.add_parser("erase-subject", help="remove all data of one data subject")
    erase.add_argument("subject_id")
    erase.set_defaults(handler=cmd_erase_subject)
