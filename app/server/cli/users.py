"""`user add|disable|reset`, `device enrol-code` and `revoke`."""

from __future__ import annotations

import argparse

from app.server.auth import ROLES
from app.server.cli.common import session
from app.server.services import devices, users


def _print_credentials(creds: users.Credentials) -> None:
    print(f"user {creds.username} ({creds.user_id})")
    print(f"password (shown once): {creds.password}")
    print(f"TOTP secret (shown once): {creds.totp_secret}")
    print(f"TOTP URI: {creds.otpauth_uri}")


def cmd_user(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        if args.user_command == "add":
            _print_credentials(
                users.add_user(db, config, args.username, args.role, full_name=args.full_name)
            )
        elif args.user_command == "disable":
            users.disable_user(db, config, args.username)
            print(f"user {args.username} disabled")
        else:
            _print_credentials(users.reset_user(db, config, args.username))
    return 0


def cmd_enrol_code(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        code = devices.enrol_code(db, config, args.username, ttl_s=args.ttl)
    print(f"one-time enrolment code for {args.username} (valid {args.ttl} s): {code}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        devices.revoke_device(db, config, args.device_id, args.message)
    print(f"device {args.device_id} revoked")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = sub.add_parser("user", help="add, disable or reset a user")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add")
    add.add_argument("username")
    add.add_argument("--role", default="annotator", choices=ROLES)
    add.add_argument(
        "--full-name", help="the printed name on the user's electronic signatures (leads)"
    )
    for name in ("disable", "reset"):
        user_sub.add_parser(name).add_argument("username")
    user.set_defaults(handler=cmd_user)

    device = sub.add_parser("device", help="device enrolment")
    device_sub = device.add_subparsers(dest="device_command", required=True)
    code = device_sub.add_parser("enrol-code", help="one-time enrolment code for a user")
    code.add_argument("username")
    code.add_argument("--ttl", type=int, default=900, help="seconds (default 900)")
    code.set_defaults(handler=cmd_enrol_code)

    revoke = sub.add_parser("revoke", help="revoke a device at once")
    revoke.add_argument("device_id")
    revoke.add_argument(
        "--message", default="", help="shown on the workstation as it erases itself (no PII)"
    )
    revoke.set_defaults(handler=cmd_revoke)
