"""`audit-log` (the admin audit table) and `verify-journal` (a device journal, offline)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.core.journal import DEFAULT_MAX_CLOCK_STEP_S, verify_jsonl
from app.core.keys import VerifyKey
from app.server.auth import audit
from app.server.cli.common import session
from app.server.models import AuditRow
from app.server.services.common import ADMIN


def cmd_audit_log(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        query = db.query(AuditRow).order_by(AuditRow.id.desc())
        if args.action:
            query = query.filter(AuditRow.action == args.action)
        rows = list(reversed(query.limit(args.limit).all()))
        audit(db, config, ADMIN, "audit.read", "admin_audit", rows=len(rows))
        db.commit()
    for row in rows:
        entry = {"id": row.id, "at_ms": row.at_ms, "actor": row.actor, "action": row.action,
                 "target": row.target, "detail": row.detail}  # fmt: skip
        if args.json:
            print(json.dumps(entry, sort_keys=True))
        else:
            detail = " ".join(f"{k}={v}" for k, v in sorted(row.detail.items()))
            print(f"{row.id} {row.at_ms} {row.actor} {row.action} {row.target} {detail}".rstrip())
    return 0


def cmd_verify_journal(args: argparse.Namespace) -> int:
    device_key = VerifyKey.from_b64u(args.device_key)
    state = verify_jsonl(
        Path(args.file).read_bytes(), device_key, max_clock_step_s=args.max_clock_step
    )
    print(f"ok: {state.seq} entries from device {state.device_id}, last hash {state.hash}")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    log = sub.add_parser("audit-log", help="the admin audit table, newest last")
    log.add_argument("--limit", type=int, default=100, help="last N rows (default 100)")
    log.add_argument("--action", help="only this action, e.g. subject.erased")
    log.add_argument("--json", action="store_true", help="one JSON object per line")
    log.set_defaults(handler=cmd_audit_log)

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
