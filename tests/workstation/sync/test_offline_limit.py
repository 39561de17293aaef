"""A workstation opens shards only within the policy's max_offline_s of its last sync with
the server, through the real sync client and a real SQLCipher store; an empty outbox still
has to reach the server (a revoked device cannot extend its allowance)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.policy import Policy
from app.server.models import ReceiptRow
from app.server.services import devices
from app.workstation.errors import DeviceRevokedError, SyncOfflineError
from app.workstation.identity import DeviceIdentity, create_identity, generation_guard
from app.workstation.keystore import KeyStore
from app.workstation.shard_gate import ShardGate
from app.workstation.store import Store
from app.workstation.sync import SyncClient
from tests.server.harness import Harness, Workstation, make_project, new_workstation
from tests.support.memkeyring import MemoryKeyring


@dataclass
class Offline:
    ws: Workstation
    identity: DeviceIdentity
    store: Store
    sealed: bytes
    shard_id: str
    clock: list[int]  # the client's clock, in ms; tests move it
    policy: Policy


@pytest.fixture
def offline(harness: Harness, tmp_path: Path) -> Iterator[Offline]:
    keys = KeyStore("cleanroom-offline-test", MemoryKeyring(), allow_demo=True)
    identity = create_identity(keys)
    ws = new_workstation(
        harness,
        login=False,
        keys=(identity.device_id, identity.encryption_key, identity.signing_key),
    )
    clock = [int(time.time() * 1000)]
    ws.client = SyncClient(
        harness.sync_config(), device_id=identity.device_id, clock_ms=lambda: clock[0]
    )
    ws.login()
    make_project(harness, f"offline-{identity.device_id[-8:]}", [ws], texts=("x", "y"))
    listed = ws.client.list_shards()[0]
    sealed = ws.client.download_shard(listed["shard_id"], listed["sha256"])
    store = Store.open(
        tmp_path / "vault.db", identity.db_key, identity.device_id,
        generation_guard(keys, identity), signing_key=identity.signing_key,
    )  # fmt: skip
    yield Offline(ws, identity, store, sealed, listed["shard_id"], clock, harness.policy)
    store.close()


def open_at(o: Offline, now_ms: int) -> str:
    gate = ShardGate.from_policy(o.policy, o.identity.device_id)
    shard = gate.open(
        o.sealed, o.identity.encryption_key, last_sync_ms=o.store.last_sync_ms(), now_ms=now_ms
    )
    return shard.header.shard_id


def test_never_synced_refuses_to_open(offline: Offline) -> None:
    with pytest.raises(SyncOfflineError):
        open_at(offline, offline.clock[0])


def test_shards_open_until_max_offline_then_refuse_until_the_next_sync(
    harness: Harness, offline: Offline
) -> None:
    limit_ms = offline.policy.max_offline_s * 1000
    offline.store.append_journal("login", {}, user_id=offline.ws.user_id)
    offline.ws.client.push(offline.store)
    synced = offline.store.last_sync_ms()
    assert synced == offline.clock[0]
    # Receipts are kept on both sides.
    assert offline.store.receipts()
    with harness.db() as db:
        assert db.query(ReceiptRow).filter_by(device_id=offline.identity.device_id).count() >= 1

    assert open_at(offline, synced) == offline.shard_id
    assert open_at(offline, synced + limit_ms) == offline.shard_id
    with pytest.raises(SyncOfflineError):
        open_at(offline, synced + limit_ms + 1)

    # Back online later: a push with nothing to send still reaches the server and resets it.
    offline.clock[0] = synced + limit_ms + 1
    assert offline.store.pending_journal(10) == []
    offline.ws.client.push(offline.store)
    assert open_at(offline, offline.clock[0]) == offline.shard_id


def test_an_empty_push_from_a_revoked_device_does_not_count_as_sync(
    harness: Harness, offline: Offline
) -> None:
    offline.ws.client.push(offline.store)
    synced = offline.store.last_sync_ms()
    assert synced is not None
    with harness.db() as db:
        devices.revoke_device(db, harness.config, offline.identity.device_id)
    offline.clock[0] = synced + 60_000
    with pytest.raises(DeviceRevokedError):
        offline.ws.client.push(offline.store)
    assert offline.store.last_sync_ms() == synced
