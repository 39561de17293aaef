"""`cleanroom`: the workstation's command line.

The window and the window demo start from app/entry.py (`cleanroom`, `cleanroom demo`); this
module holds the terminal walkthrough (`cleanroom demo --no-window`), `cleanroom doctor`
(checks this workstation for IT; exit 1 when a check fails) and `cleanroom shard inspect
FILE` (verifies a shard and prints its header).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from app.console import glue_key_values, run_cli
from app.core.bytesource import FileSource
from app.core.clock import now_ms
from app.core.errors import UsageError
from app.core.keys import DeviceSecret, VerifyKey
from app.core.shard import check_time, open_shard, read_signed_header


def cmd_shard_inspect(args: argparse.Namespace) -> int:
    issuer = VerifyKey.from_b64u(args.issuer_key)
    now = now_ms() // 1000 if args.at is None else args.at
    with Path(args.file).open("rb") as fh:
        source = FileSource(fh)
        if args.device_secret_file is None:
            signed = read_signed_header(source, {issuer.kid: issuer})
            check_time(signed.header, now)
            print(json.dumps({"header": signed.header.to_json()}, indent=2, sort_keys=True))
            return 0
        # A secret file with `device_id` also checks the shard's device (a mismatch is a
        # ShardRecipientError); an older file without it checks the key alone.
        secret = DeviceSecret.from_bytes(Path(args.device_secret_file).read_bytes())
        shard = open_shard(
            source,
            issuer_keys={issuer.kid: issuer},
            device_key=secret.key,
            device_id=secret.device_id,
            now=now,
        )
        try:
            for item in shard.manifest.items:  # check every blob's SHA-256 too
                data = shard.read_item(item.item_id)
                data[:] = bytes(len(data))
            out = {"header": shard.header.to_json(), "manifest": shard.manifest.to_json()}
        finally:
            shard.close()
        print(json.dumps(out, indent=2, sort_keys=True, ensure_ascii=False))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    # Imported late: the demo pulls in more than `shard inspect` needs.
    from app.workstation.demo import run_demo  # noqa: PLC0415

    return int(run_demo(args.folder, verbose=True))


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.workstation.doctor import Doctor, format_checks  # noqa: PLC0415
    from app.workstation.keystore import DemoFileKeyring, KeyStore  # noqa: PLC0415
    from app.workstation.paths import STORE_FILE, store_path  # noqa: PLC0415

    if (args.policy is None) != (args.org_key is None):
        raise UsageError("Give --policy and --org-key together.")
    if args.demo_folder is not None:
        folder = Path(args.demo_folder)
        if not (folder / DemoFileKeyring.FILE_NAME).is_file():
            raise UsageError(
                f"The folder {folder} holds no demo workstation; run `cleanroom demo` first."
            )
        service = args.keyring_service or "cleanroom-demo"
        keys = partial(KeyStore, service, DemoFileKeyring(folder), allow_demo=True)
        store_file = folder / STORE_FILE
    else:
        keys = partial(KeyStore, args.keyring_service or "cleanroom")
        store_file = store_path()
    doctor = Doctor(
        keys=keys,
        store_file=store_file,
        policy_file=None if args.policy is None else Path(args.policy),
        org_key=None if args.org_key is None else VerifyKey.from_b64u(args.org_key),
    )
    checks = doctor.run()
    print(format_checks(checks))
    return 1 if any(c.status == "FAIL" for c in checks) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleanroom", description=__doc__)
    parser.add_argument(
        "--debug", action="store_true", help="on an error, print the traceback as well"
    )
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="run the demo walkthrough in its own folder")
    demo.add_argument(
        "--folder", type=Path, default=Path("cleanroom-demo"),
        help="the demo's folder: demo keyring file and store (default ./cleanroom-demo)",
    )  # fmt: skip
    demo.set_defaults(handler=cmd_demo)

    doctor = sub.add_parser("doctor", help="check this workstation's keys, store and journal")
    doctor.add_argument("--demo-folder", help="check the demo workstation in this folder")
    doctor.add_argument("--keyring-service", help="keyring service name (default cleanroom)")
    doctor.add_argument("--policy", help="signed policy file to verify")
    doctor.add_argument("--org-key", help="organisation policy key, b64u (with --policy)")
    doctor.set_defaults(handler=cmd_doctor)

    shard = sub.add_parser("shard", help="work with sealed shard files")
    shard_sub = shard.add_subparsers(dest="shard_command", required=True)
    inspect = shard_sub.add_parser("inspect", help="verify a shard and print its header")
    inspect.add_argument("file")
    inspect.add_argument("--issuer-key", required=True, help="issuing server's Ed25519 key, b64u")
    inspect.add_argument(
        "--device-secret-file", help="device secret JSON; with it the manifest is printed too"
    )
    inspect.add_argument(
        "--at", type=int, metavar="UNIX_SECONDS", help="check validity at this time, not now"
    )
    inspect.set_defaults(handler=cmd_shard_inspect)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(glue_key_values(sys.argv[1:] if argv is None else argv))
    if getattr(args, "handler", None) is None:
        parser.print_help()
        return 0
    return run_cli(lambda: int(args.handler(args)), debug=args.debug)


if __name__ == "__main__":
    sys.exit(main())
