"""`assign`: seal shards of a project's items to annotators' devices."""

from __future__ import annotations

import argparse

from app.core.encoding import sha256_hex
from app.server.cli.common import home, session
from app.server.services.assign import assign


def cmd_assign(args: argparse.Namespace) -> int:
    annotators = [a.strip() for a in args.annotators.split(",") if a.strip()]
    policy_file = home(args) / "policy.json"
    # The shard names the policy it was issued under, so the workstation can tell.
    policy = (
        {"policy_sha256": sha256_hex(policy_file.read_bytes())} if policy_file.exists() else None
    )
    with session(args) as (db, config):
        shards = assign(
            db, config, args.project_id, annotators, overlap=args.overlap,
            chunk_size=args.chunk_size, ttl_s=args.ttl, policy=policy,
        )  # fmt: skip
    print(f"issued {len(shards)} shards")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("assign", help="seal shards of items to annotators' devices")
    parser.add_argument("project_id")
    parser.add_argument("--annotators", required=True, help="comma-separated user names")
    parser.add_argument("--overlap", type=int, default=1)
    parser.add_argument("--chunk-size", type=int, default=50, help="items per shard")
    parser.add_argument("--ttl", type=int, default=7 * 86_400, help="shard lifetime, seconds")
    parser.set_defaults(handler=cmd_assign)
