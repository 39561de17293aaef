"""Session login and unlock against the real server over TLS, through ServerAuth."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.keys import SUITE_X25519
from app.server.services import devices, users
from app.workstation.enrolment import enrol_workstation
from app.workstation.errors import DeviceRevokedError, OfflineUnlockError, UnlockError
from app.workstation.keystore import KeyStore
from app.workstation.server_auth import ServerAuth
from app.workstation.session import Session, State
from app.workstation.store import Store
from app.workstation.sync import SyncClient
from tests.server.harness import Harness, fresh_totp
from tests.support.memkeyring import MemoryKeyring

PASSWORD = "correct horse 42"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    running = Harness(tmp_path_factory.mktemp("auth-server")).start()
    yield running
    running.stop()


@pytest.fixture
def enrolled(server: Harness, tmp_path: Path) -> Iterator[tuple[str, ServerAuth, Store]]:
    username = f"auth-{uuid.uuid4().hex[:8]}"
    with server.db() as db:
        users.add_user(db, server.config, username, "annotator", password=PASSWORD)
        code = devices.enrol_code(db, server.config, username)
    client = SyncClient(server.sync_config())
    keys = KeyStore("cleanroom-auth", MemoryKeyring(), allow_demo=True)
    identity, store = enrol_workstation(
        keys, client, code, path=tmp_path / "v.db", suite=SUITE_X25519
    )
    with store:
        yield username, ServerAuth(client, identity.signing_key), store


def _session(store: Store, auth: ServerAuth) -> Session:
    return Session(
        store, idle_lock_s=300, max_offline_s=3600, clock_s=time.time, online_auth=auth,
        scrypt_n=2**12,
    )  # fmt: skip


def test_login_and_unlock_go_to_the_server(
    server: Harness, enrolled: tuple[str, ServerAuth, Store]
) -> None:
    username, auth, store = enrolled
    session = _session(store, auth)
    session.login(username, PASSWORD, fresh_totp(server, username))
    assert session.state is State.ACTIVE
    session.lock()

    with pytest.raises(UnlockError):
        session.unlock_online(PASSWORD, "000000")
    assert session.state is State.LOCKED
    session.unlock_online(PASSWORD, fresh_totp(server, username))
    assert session.state is State.ACTIVE
    types = [r.entry["type"] for r in store.journal_records()]
    assert types == ["enrolled", "login", "session.locked", "error", "session.unlocked"]


def test_server_unreachable_offers_offline_unlock(
    server: Harness, enrolled: tuple[str, ServerAuth, Store]
) -> None:
    username, auth, store = enrolled
    session = _session(store, auth)
    session.login(username, PASSWORD, fresh_totp(server, username))
    session.lock()

    down = SyncClient(replace(server.sync_config(retries=0), server_url="https://127.0.0.1:9"))
    down.device_id = auth.client.device_id
    session._online_auth = ServerAuth(down, auth.signing_key)
    with pytest.raises(OfflineUnlockError, match="cannot be reached"):
        session.unlock_online(PASSWORD, fresh_totp(server, username))
    session.unlock_offline(PASSWORD)  # the verifier from the online login
    assert session.state is State.ACTIVE


def test_a_revoked_device_is_not_let_in_offline_by_mistake(
    server: Harness, enrolled: tuple[str, ServerAuth, Store]
) -> None:
    username, auth, store = enrolled
    with server.db() as db:
        devices.revoke_device(db, server.config, auth.client.device_id or "")
    with pytest.raises(DeviceRevokedError):
        _session(store, auth).login(username, PASSWORD, fresh_totp(server, username))
