"""Enrolment against the real server over TLS: keys in the keyring, `enrolled` as seq 1,
retry after a refused code, refusal to enrol twice."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.journal import verify_jsonl
from app.core.keys import SUITE_X25519
from app.server.models import Device
from app.server.services import devices, users
from app.workstation.enrolment import enrol_workstation
from app.workstation.errors import IdentityExistsError, SyncServerError
from app.workstation.identity import load_identity
from app.workstation.keystore import KeyStore
from app.workstation.sync import SyncClient
from tests.server.harness import Harness
from tests.support.memkeyring import MemoryKeyring


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    running = Harness(tmp_path_factory.mktemp("enrol-server")).start()
    yield running
    running.stop()


def _code(server: Harness) -> tuple[str, str]:
    username = f"enrol-{uuid.uuid4().hex[:8]}"
    with server.db() as db:
        user = users.add_user(db, server.config, username, "annotator")
        return user.user_id, devices.enrol_code(db, server.config, username)


def test_enrolment_registers_keys_and_starts_the_journal(server: Harness, tmp_path: Path) -> None:
    keys = KeyStore("cleanroom-enrol", MemoryKeyring(), allow_demo=True)
    user_id, code = _code(server)

    identity, store = enrol_workstation(
        keys, SyncClient(server.sync_config()), code, path=tmp_path / "vault.db", suite=SUITE_X25519
    )
    with store:
        records = store.journal_records()
        verify_jsonl(store.export_journal_jsonl(), identity.signing_key.verify_key())

    assert [r.entry["type"] for r in records] == ["enrolled"]
    first = records[0].entry
    assert first["seq"] == 1
    assert first["user_id"] == user_id
    assert first["data"]["signing_kid"] == identity.signing_key.kid
    assert first["data"]["server_kid"] == server.server_key.kid
    assert load_identity(keys).device_id == identity.device_id
    with server.db() as db:
        device = db.get(Device, identity.device_id)
        assert device is not None
        assert device.user_id == user_id
        assert device.sign_public == identity.signing_key.verify_key().raw


def test_a_refused_code_can_be_retried_with_the_same_keys(server: Harness, tmp_path: Path) -> None:
    keys = KeyStore("cleanroom-enrol", MemoryKeyring(), allow_demo=True)
    client = SyncClient(server.sync_config())
    with pytest.raises(SyncServerError):
        enrol_workstation(keys, client, "not-a-code", path=tmp_path / "v.db", suite=SUITE_X25519)
    made = load_identity(keys)  # kept, so no second key pair is ever registered

    _, code = _code(server)
    identity, store = enrol_workstation(
        keys, client, code, path=tmp_path / "v.db", suite=SUITE_X25519
    )
    with store:
        assert [r.entry["seq"] for r in store.journal_records()] == [1]
    assert identity.device_id == made.device_id


def test_an_enrolled_workstation_is_not_enrolled_again(server: Harness, tmp_path: Path) -> None:
    keys = KeyStore("cleanroom-enrol", MemoryKeyring(), allow_demo=True)
    client = SyncClient(server.sync_config())
    _, code = _code(server)
    _, store = enrol_workstation(keys, client, code, path=tmp_path / "v.db", suite=SUITE_X25519)
    store.close()

    _, second = _code(server)
    with pytest.raises(IdentityExistsError, match="already enrolled"):
        enrol_workstation(keys, client, second, path=tmp_path / "v.db", suite=SUITE_X25519)

    # The refusal came before the server was asked: the second code is still unspent.
    other = KeyStore("cleanroom-enrol", MemoryKeyring(), allow_demo=True)
    _, fresh = enrol_workstation(other, client, second, path=tmp_path / "w.db", suite=SUITE_X25519)
    fresh.close()
