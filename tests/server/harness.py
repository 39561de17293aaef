"""A real Cleanroom server on 127.0.0.1 over TLS, and workstations that talk to it.

The server runs uvicorn in a thread of the test process, with the test-only fault route
enabled; clients are the real SyncClient. Nothing is mocked.
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.core.journal import ChainState, JournalChain, JournalRecord
from app.core.keys import SUITE_HYBRID, DeviceEncryptionKey, SigningKey, VerifyKey
from app.core.labels import LabelVersion
from app.core.policy import Policy, verify_policy
from app.core.receipt import Receipt
from app.redaction.inputs import Source
from app.server import totp
from app.server.app import create_app
from app.server.config import ServerConfig, read_key
from app.server.home import BackgroundServer, init_home, uvicorn_server
from app.server.models import User
from app.server.sealing import load_sealer, register_sealer
from app.server.services import assign, devices, ingest, projects, users
from app.workstation.sync import SyncClient, SyncConfig


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Harness:
    def __init__(self, home: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.home = home
        if not (home / "server.json").exists():
            init_home(home, server_url=self.url)
        # CLEANROOM_TEST_DATABASE_URL runs the same tests on another database (PostgreSQL).
        url = os.environ.get("CLEANROOM_TEST_DATABASE_URL") or f"sqlite:///{home}/cleanroom.db"
        if "CLEANROOM_TEST_DATABASE_URL" in os.environ:  # the CLI reads the home's server.json
            settings = json.loads((home / "server.json").read_text())
            (home / "server.json").write_text(json.dumps({**settings, "database_url": url}))
        register_sealer(url, load_sealer(home))
        self.config = ServerConfig(
            database_url=url,
            signing_key=read_key(home / "server_signing.key"),
            enable_test_faults=True,
        )
        self.app = create_app(self.config)
        self.sessions = self.app.state.sessions
        org = read_key(home / "org_policy.key").verify_key()
        self.policy: Policy = verify_policy((home / "policy.json").read_bytes(), {org.kid: org})
        self.server_key: VerifyKey = self.config.signing_key.verify_key()
        self.background: BackgroundServer | None = None

    def start(self) -> Harness:
        server = uvicorn_server(
            self.app,
            "127.0.0.1",
            self.port,
            self.home / "server.pem",
            self.home / "server.key",
            graceful_s=0,
        )
        self.background = BackgroundServer(server)
        self.background.start()
        return self

    def stop(self) -> None:
        if self.background is not None:
            self.background.stop()
            self.background = None

    def db(self) -> Session:
        return self.sessions()  # type: ignore[no-any-return]

    def sync_config(self, **overrides: Any) -> SyncConfig:
        settings = {"retries": 2, "backoff_s": 0.01, "server_url": self.url, **overrides}
        return SyncConfig.from_policy(self.policy, **settings)

    def fault(self, path: str, mode: str, count: int = 1) -> None:
        client = SyncClient(self.sync_config())
        response, _ = client._request(
            "POST", "/v1/test/faults", auth=False, json={"path": path, "mode": mode, "count": count}
        )
        assert response.status_code == 200


_TOTP_MARGIN_S = 10  # seconds a login may take from drawing the code to the server's check


def fresh_totp(harness: Harness, username: str) -> str:
    """A code for the first step after the last one used (each code works once); when the
    window has none left, the next step's."""
    with harness.db() as db:
        user = db.query(User).filter_by(username=username).one()
        secret, last = user.totp_secret, user.totp_last_step
    for _ in range(2):
        now = time.time()
        step = int(now) // totp.STEP_S
        # The last step's code stops working at the next step boundary: close to it, a
        # loaded machine would send the code too late (a CI run failed so): skip it there.
        late = totp.STEP_S - now % totp.STEP_S < _TOTP_MARGIN_S
        for candidate in (step - 1, step, step + 1):
            if candidate == step - 1 and late:
                continue
            if last is None or candidate > last:
                return totp.hotp(secret, candidate)
        time.sleep(totp.STEP_S - now % totp.STEP_S + 0.1)  # every code used: a new step
    raise AssertionError("no unused TOTP step left in the window")


@dataclass
class Workstation:
    harness: Harness
    username: str
    password: str
    user_id: str
    device_id: str
    enc_key: DeviceEncryptionKey
    sign_key: SigningKey
    client: SyncClient
    chain: JournalChain = field(init=False)

    def __post_init__(self) -> None:
        self.chain = JournalChain(self.sign_key, ChainState.start(self.device_id))

    def login(self) -> dict[str, Any]:
        code = fresh_totp(self.harness, self.username)
        return self.client.login(self.username, self.password, code, self.sign_key)

    def journal(self, n: int, event: str = "item.viewed") -> list[JournalRecord]:
        return [
            self.chain.append(event, {"n": i}, ts_ms=int(time.time() * 1000), user_id=self.user_id)
            for i in range(n)
        ]

    def label(
        self,
        shard_id: str,
        item_id: str,
        value: dict[str, Any],
        *,
        version: int = 1,
        annotation_id: str | None = None,
        project_id: str = "proj",
    ) -> LabelVersion:
        return LabelVersion(
            annotation_id or f"a-{uuid.uuid4().hex[:12]}", version, project_id, shard_id,
            item_id, self.user_id, "class", value, int(time.time() * 1000),
        )  # fmt: skip


def new_workstation(
    harness: Harness,
    role: str = "annotator",
    *,
    suite: str = SUITE_HYBRID,
    login: bool = True,
    keys: tuple[str, DeviceEncryptionKey, SigningKey] | None = None,
) -> Workstation:
    username = f"user-{uuid.uuid4().hex[:8]}"
    with harness.db() as db:
        creds = users.add_user(db, harness.config, username, role, password="correct horse 42")
        code = devices.enrol_code(db, harness.config, username)
    if keys is None:
        keys = (
            f"dev-{uuid.uuid4().hex[:12]}",
            DeviceEncryptionKey.generate(suite),
            SigningKey.generate(),
        )
    device_id, enc_key, sign_key = keys
    client = SyncClient(harness.sync_config())
    client.enrol(code, device_id, enc_key.public_key(), sign_key.verify_key())
    ws = Workstation(
        harness, username, creds.password, creds.user_id, device_id, enc_key, sign_key, client
    )
    if login:
        ws.login()
    return ws


def make_project(
    harness: Harness,
    project_id: str,
    annotators: Sequence[Workstation],
    *,
    texts: Sequence[str] = ("first item", "second item", "third item"),
    overlap: int = 1,
    chunk_size: int = 50,
    subjects: Sequence[str | None] | None = None,
) -> list[str]:
    """A project of text items, assigned and sealed to the annotators' devices."""
    subjects = subjects or [None] * len(texts)
    with harness.db() as db:
        projects.create_project(
            db, harness.config, project_id, {"kinds": ["class"], "classes": ["a", "b"]},
            allow_unredacted=True,
        )  # fmt: skip
        sources = [
            Source("text", "text/plain; charset=utf-8", t.encode(), f"t{i}.txt", s)
            for i, (t, s) in enumerate(zip(texts, subjects, strict=True))
        ]
        ingest.ingest(db, harness.config, project_id, sources, ingest.passthrough_redactor)
        return assign.assign(
            db, harness.config, project_id, [w.username for w in annotators],
            overlap=overlap, chunk_size=chunk_size,
        )  # fmt: skip


class MemoryOutbox:
    """The Outbox protocol over lists: a fixture of the protocol, for tests without a store."""

    def __init__(self) -> None:
        self.labels: list[LabelVersion] = []
        self.records: list[JournalRecord] = []
        self.receipts: list[Receipt] = []
        self.receipted_seq = 0
        self._last_sync: int | None = None
        self.purged: set[str] = set()
        self.refusal: str | None = None

    def pending_labels(self, limit: int) -> list[LabelVersion]:
        return self.labels[:limit]

    def ack_labels(self, keys: Sequence[tuple[str, int]]) -> None:
        done = set(keys)
        self.labels = [x for x in self.labels if (x.annotation_id, x.version) not in done]

    def pending_journal(self, limit: int) -> list[JournalRecord]:
        return [r for r in self.records if r.seq > self.receipted_seq][:limit]

    def ack_journal(self, receipt: Receipt) -> None:
        self.receipts.append(receipt)
        self.receipted_seq = max(self.receipted_seq, receipt.seq)

    def last_sync_ms(self) -> int | None:
        return self._last_sync

    def set_last_sync_ms(self, ts_ms: int) -> None:
        self._last_sync = ts_ms

    def note_refusal(self, code: str | None) -> None:
        self.refusal = code

    def purge_items(self, item_ids: Sequence[str]) -> int:
        new = set(item_ids) - self.purged
        self.purged |= new
        self.labels = [x for x in self.labels if x.item_id not in self.purged]
        return len(new)
