"""Issue 13: a revoked device crypto-shreds at its next contact, through the real server."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.core.errors import CleanroomError
from app.server.services import devices
from app.workstation.doctor import FAIL, Doctor
from app.workstation.enrolment import enrol_workstation
from app.workstation.errors import DeviceRevokedError, SyncServerError
from app.workstation.identity import (
    DB_KEY_ENTRY,
    ENCRYPTION_ENTRY,
    SIGNING_ENTRY,
    load_identity,
)
from app.workstation.keystore import GENERATION_ENTRY
from app.workstation.revocation import shred_device
from app.workstation.server_auth import ServerAuth
from app.workstation.shard_gate import ShardGate
from app.workstation.store import open_vault
from app.workstation.sync import SyncClient
from tests.server.harness import Harness, make_project
from tests.workstation.sync.device import Device, enrolled_device


def _with_shard(harness: Harness, device: Device, project: str) -> tuple[str, bytes]:
    make_project(harness, project, [SimpleNamespace(username=device.username)])  # type: ignore[list-item]
    listed = device.client.list_shards()
    shard_id = listed[0]["shard_id"]
    sealed = device.client.download_shard(shard_id, listed[0]["sha256"])
    device.store.cache_shard(shard_id, sealed)
    device.client.push(device.store)
    return shard_id, sealed


def test_revoked_mid_session_shreds_and_nothing_opens_after(
    harness: Harness, tmp_path: Path
) -> None:
    device = enrolled_device(harness, tmp_path)
    _, sealed = _with_shard(harness, device, "revoke-1")
    gate = ShardGate.from_policy(harness.policy, device.device_id)
    now = int(time.time() * 1000)
    gate.open(sealed, device.identity.encryption_key, last_sync_ms=device.store.last_sync_ms(),
              now_ms=now)  # fmt: skip
    # A copy of everything on disk, to put back after the shred.
    device.store.close()
    backup = tmp_path / "backup"
    backup.mkdir()
    shutil.copy2(tmp_path / "vault.db", backup / "vault.db")
    _, device.store = open_vault(device.keys, tmp_path / "vault.db")
    device_id = device.device_id

    with harness.db() as db:
        devices.revoke_device(db, harness.config, device_id, "Laptop reported lost, call 4242")
    with pytest.raises(DeviceRevokedError) as caught:
        device.client.push(device.store)
    assert "Laptop reported lost, call 4242" in caught.value.notice
    assert caught.value.exit_code == 42  # an identity error, not a sync hiccup
    assert isinstance(caught.value, SyncServerError)  # the window's code check still works
    assert caught.value.code == "device_revoked"

    done = shred_device(device.keys, device.store, device_id, notice=caught.value.notice)
    assert done.shards_deleted == 1
    for name in (ENCRYPTION_ENTRY, SIGNING_ENTRY, DB_KEY_ENTRY, GENERATION_ENTRY):
        assert device.keys.get(name) is None
    with pytest.raises(DeviceRevokedError):
        load_identity(device.keys)
    with pytest.raises(DeviceRevokedError):  # the shredded store stays, unreadable
        open_vault(device.keys, tmp_path / "vault.db")

    # The old files put back change nothing: no key opens them.
    shutil.copy2(backup / "vault.db", tmp_path / "vault.db")
    with pytest.raises(DeviceRevokedError):
        open_vault(device.keys, tmp_path / "vault.db")
    checks = Doctor(keys=lambda: device.keys, store_file=tmp_path / "vault.db").run()
    identity_check = next(c for c in checks if c.name == "device identity")
    with pytest.raises(DeviceRevokedError) as again:
        load_identity(device.keys)
    assert "call 4242" in again.value.notice  # the window shows IT's note at every start
    assert identity_check.status == FAIL
    assert "revoked" in identity_check.detail
    # Shredding twice is harmless; enrolling again with a new code starts afresh.
    shred_device(device.keys, None, device_id)
    with harness.db() as db:
        code = devices.enrol_code(db, harness.config, device.username)
    identity, store = enrol_workstation(
        device.keys, SyncClient(harness.sync_config()), code, path=tmp_path / "vault.db"
    )
    assert identity.device_id != device_id
    assert any(p.name.startswith("vault.db.revoked-") for p in tmp_path.iterdir())
    store.close()


def test_revoked_device_is_told_at_login(harness: Harness, tmp_path: Path) -> None:
    device = enrolled_device(harness, tmp_path)
    with harness.db() as db:
        devices.revoke_device(db, harness.config, device.device_id)
    auth = ServerAuth(device.client, device.identity.signing_key)
    from tests.server.harness import fresh_totp

    with pytest.raises(DeviceRevokedError):
        auth(device.username, device.password, fresh_totp(harness, device.username))
    device.store.close()


def test_revoked_error_is_a_cleanroom_error() -> None:
    error = DeviceRevokedError(notice="Returned laptop")
    assert isinstance(error, CleanroomError)
    assert error.message.endswith(".")
