"""`init` (a new server home) and `serve` (the API over HTTPS)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.server.cli.common import home
from app.server.config import load_config


def cmd_init(args: argparse.Namespace) -> int:
    from app.server.home import init_home  # noqa: PLC0415

    result = init_home(
        Path(args.dir),
        server_url=args.server_url,
        hosts=tuple(h.strip() for h in args.hosts.split(",") if h.strip()),
        database_url=args.database_url,
    )
    print(f"server home: {result.home}")
    print(f"CA certificate SHA-256 (pin this): {result.ca_fingerprint}")
    print(f"server signing key id (pin this):  {result.server_kid}")
    print(f"organisation policy key id:        {result.org_kid}")
    print(f"signed workstation policy:         {result.home / 'policy.json'}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from app.server.app import create_app  # noqa: PLC0415
    from app.server.home import uvicorn_server  # noqa: PLC0415

    where = home(args)
    app = create_app(load_config(where, args.database_url))
    uvicorn_server(app, args.host, args.port, where / "server.pem", where / "server.key").run()
    return 0


def cmd_rotate_kek(args: argparse.Namespace) -> int:
    from app.server.config import check_home, database_url  # noqa: PLC0415
    from app.server.services.rotation import rotate_kek  # noqa: PLC0415

    where = home(args)
    check_home(where)
    count = rotate_kek(where, database_url(where, args.database_url))
    print(f"key-encryption key rotated: {count} sealed values re-sealed")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = sub.add_parser("init", help="create a server home: CA, TLS cert, keys, database")
    init.add_argument("dir")
    init.add_argument("--server-url", default="https://127.0.0.1:8443")
    init.add_argument("--hosts", default="localhost,127.0.0.1", help="names in the TLS cert")
    init.set_defaults(handler=cmd_init)

    serve = sub.add_parser("serve", help="run the API over HTTPS (TLS 1.2+; no plain HTTP)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.set_defaults(handler=cmd_serve)

    rotate = sub.add_parser(
        "rotate-kek", help="re-seal TOTP secrets, project secrets and items under a new KEK"
    )
    rotate.set_defaults(handler=cmd_rotate_kek)
