"""The demo's world in one folder, made on the first run and reused after:

    DIR/server/        the reference server's home (TLS CA and certificate, keys, database)
    DIR/server/demo-annotator.json   the demo annotator's password and TOTP secret (0600;
                       demo only: a real server shows them once and never stores them)
    DIR/window/        this device: demo keyring file (NOT a secure keyring) and its store
    DIR/screenshots/   offscreen screenshots (`--no-window`)

The server runs in a thread of this process on 127.0.0.1 (a free port each run) over TLS;
the policy is re-signed with the organisation key of the demo home for that port, so the
window's About box shows what it really talks to.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy.orm import Session, sessionmaker

from app.core.policy import Policy, sign_policy, verify_policy
from app.core.protocol import LABEL_KINDS
from app.demo.items import INSTRUCTIONS, SCHEMA, demo_items
from app.redaction.inputs import Source
from app.server import totp
from app.server.app import create_app
from app.server.config import ServerConfig, load_config, read_key, write_secret
from app.server.home import BackgroundServer, default_policy, init_home, uvicorn_server
from app.server.models import Project, User, make_engine
from app.server.services import assign, devices, ingest, projects, users
from app.workstation.keystore import DemoFileKeyring, KeyStore
from app.workstation.paths import STORE_FILE, ensure_private_dir
from app.workstation.workbench import Workbench

ANNOTATOR: Final = "demo.annotator"
PROJECT: Final = "demo-clinic"
SERVICE: Final = "cleanroom-demo"
CREDENTIALS_FILE: Final = "demo-annotator.json"


def _free_port() -> int:
    import socket  # noqa: PLC0415

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class DemoWorld:
    folder: Path
    server_home: Path
    config: ServerConfig
    url: str
    policy: Policy
    policy_file: Path
    background: BackgroundServer | None = None
    _sessions: Any = None

    def db(self) -> Session:
        session: Session = self._sessions()
        return session

    def stop(self) -> None:
        # uvicorn logs an ERROR when it cancels idle keep-alive connections at shutdown.
        logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
        if self.background is not None:
            self.background.stop()
            self.background = None

    # --- the annotator --------------------------------------------------------------------

    def credentials(self) -> dict[str, str]:
        path = self.server_home / CREDENTIALS_FILE
        if path.exists():
            data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
            return data
        with self.db() as db:
            creds = users.add_user(db, self.config, ANNOTATOR, "annotator")
        data = {"username": ANNOTATOR, "password": creds.password, "totp_secret": creds.totp_secret}
        write_secret(path, json.dumps(data).encode())
        return data

    def totp_code(self) -> str:
        """A code for a step the server has not seen used (each code works once)."""
        with self.db() as db:
            user = db.query(User).filter_by(username=ANNOTATOR).one()
            secret, last = user.totp_secret, user.totp_last_step
        step = int(time.time()) // totp.STEP_S
        for candidate in (step - 1, step, step + 1):
            if last is None or candidate > last:
                return totp.hotp(secret, candidate)
        time.sleep(totp.STEP_S)  # every code of this window was used: wait for the next
        return totp.hotp(secret, int(time.time()) // totp.STEP_S)

    # --- the device -----------------------------------------------------------------------

    def workbench(self) -> Workbench:
        folder = ensure_private_dir(self.folder / "window")
        keys = KeyStore(SERVICE, DemoFileKeyring(folder), allow_demo=True)
        return Workbench(self.policy, keys, folder / STORE_FILE)

    def enrol(self, bench: Workbench, say: Callable[[str], None]) -> None:
        if bench.enrolled:
            say(f"device {bench.identity.device_id if bench.identity else '?'} already enrolled")
            return
        with self.db() as db:
            code = devices.enrol_code(db, self.config, ANNOTATOR)
        bench.enrol(code, lambda step: say(step.lower()))

    # --- the project ----------------------------------------------------------------------

    def project(self, say: Callable[[str], None]) -> None:
        """Create, ingest (real redaction pipeline) and assign the demo project once."""
        with self.db() as db:
            if db.get(Project, PROJECT) is not None:
                shards = assign.assign(db, self.config, PROJECT, [ANNOTATOR])  # new items only
                if shards:
                    say(f"{len(shards)} new shard(s) assigned")
                return
            projects.create_project(
                db, self.config, PROJECT, SCHEMA, instructions=INSTRUCTIONS,
            )  # fmt: skip
            sources = [
                Source(item.kind, item.media_type, item.data, item.name, None)
                for item in demo_items()
            ]
            say(f"redacting {len(sources)} items (first run loads the language model)…")

            def progress(done: int, total: int, refused: int) -> None:
                say(f"  redacted {done}/{total}" + (f", {refused} refused" if refused else ""))

            report = ingest.ingest(
                db, self.config, PROJECT, sources, ingest.pipeline_redactor(), progress=progress
            )
            if report.failed:
                say(f"{len(report.failed)} item(s) refused by the redaction pipeline")
            shards = assign.assign(db, self.config, PROJECT, [ANNOTATOR])
            say(f"project {PROJECT}: {report.stored} items in {len(shards)} shard(s)")


def start_world(folder: Path, say: Callable[[str], None]) -> DemoWorld:
    """Make or reuse the demo folder's server home, start the server, re-sign the policy."""
    folder = ensure_private_dir(folder.resolve())
    home = folder / "server"
    port = _free_port()
    url = f"https://127.0.0.1:{port}"
    if not (home / "server.json").exists():
        say(f"making the demo server's home in {home}")
        init_home(home, server_url=url)
    config = load_config(home)
    app = create_app(config)
    org = read_key(home / "org_policy.key")
    policy_raw = default_policy(url, (home / "ca.pem").read_text(), config.signing_key)
    policy_raw["allowed_label_kinds"] = list(LABEL_KINDS)  # the demo shows every tool
    policy_file = home / "policy.json"
    policy_file.write_bytes(sign_policy(policy_raw, org) + b"\n")
    policy = verify_policy(policy_file.read_bytes(), {org.kid: org.verify_key()})
    server = uvicorn_server(app, "127.0.0.1", port, home / "server.pem", home / "server.key")
    background = BackgroundServer(server)
    background.start()
    say(f"server running on {url} (TLS, this process)")
    sessions = sessionmaker(make_engine(config.database_url), expire_on_commit=False)
    return DemoWorld(folder, home, config, url, policy, policy_file, background, sessions)


def prepare(folder: Path, say: Callable[[str], None]) -> tuple[DemoWorld, Workbench]:
    """Everything up to a logged-in workbench with the demo shards downloaded."""
    world = start_world(folder, say)
    try:
        creds = world.credentials()
        bench = world.workbench()
        world.enrol(bench, say)
        world.project(say)
        bench.login(creds["username"], creds["password"], world.totp_code())
        say(f"logged in as {creds['username']}")
        for shard in bench.list_shards():
            if not shard.cached:
                bench.download_shard(shard.shard_id)
        return world, bench
    except BaseException:
        world.stop()
        raise
