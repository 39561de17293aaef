"""`export` (final labels with a signed manifest) and `verify-export`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.core.keys import VerifyKey
from app.server.cli.common import home, session
from app.server.config import read_key
from app.server.services.export import FORMATS, export, verify_export


def cmd_export(args: argparse.Namespace) -> int:
    with session(args) as (db, config):
        manifest = export(db, config, args.project_id, args.format, Path(args.out))
    print(f"exported to {manifest.parent}; manifest {manifest.name}")
    # What the format could not hold, counted (the manifest keeps the same lines, signed).
    written = json.loads(manifest.read_bytes())["manifest"]
    if "coco" in written:
        counts = written["coco"]
        print(f"coco: {counts['images']} images, {counts['annotations']} annotations, "
              f"{counts['categories']} categories")  # fmt: skip
    for line in written.get("warnings", []):
        print(f"warning: {line}", file=sys.stderr)
    return 0


def cmd_verify_export(args: argparse.Namespace) -> int:
    if args.server_key:
        key = VerifyKey.from_b64u(args.server_key)
    else:
        key = read_key(home(args) / "server_signing.key").verify_key()
    manifest = verify_export(Path(args.dir), {key.kid: key})
    print(f"ok: {len(manifest['files'])} files, project {manifest['project_id']}")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser("export", help="export final labels with a signed manifest")
    exp.add_argument("project_id")
    exp.add_argument("--format", default="jsonl", choices=FORMATS)
    exp.add_argument("--out", required=True)
    exp.set_defaults(handler=cmd_export)

    vexp = sub.add_parser("verify-export", help="check an export folder against its manifest")
    vexp.add_argument("dir")
    vexp.add_argument("--server-key", help="server Ed25519 public key, b64u (default: home)")
    vexp.set_defaults(handler=cmd_verify_export)
