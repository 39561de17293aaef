"""The calls the window's Workbench must make (see the issue-13 report), driven here through
the real Workbench facade and the real TLS server: a revoked device shreds and stays shut;
an erased item is withheld from the cached shard once the gate gets the block list."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.core.errors import ShardItemNotFoundError
from app.server.services import devices, users
from app.server.services.erasure import erase_subject
from app.workstation.errors import DeviceRevokedError
from app.workstation.keystore import KeyStore
from app.workstation.revocation import shred_device
from app.workstation.workbench import Workbench
from tests.server.harness import Harness, fresh_totp, make_project
from tests.support.memkeyring import MemoryKeyring


def _bench(harness: Harness, folder: Path, keys: KeyStore) -> Workbench:
    return Workbench(
        harness.policy, keys, folder / "vault.db",
        sync_overrides={"server_url": harness.url, "retries": 1, "backoff_s": 0.01},
        scrypt_n=2**10,
    )  # fmt: skip


def _logged_in(harness: Harness, folder: Path, project: str) -> tuple[Workbench, str]:
    username = f"wb-{uuid.uuid4().hex[:8]}"
    with harness.db() as db:
        creds = users.add_user(db, harness.config, username, "annotator", password="pw 42 horse")
        code = devices.enrol_code(db, harness.config, username)
    keys = KeyStore(f"cleanroom-{username}", MemoryKeyring(), allow_demo=True)
    bench = _bench(harness, folder, keys)
    bench.enrol(code)
    bench.login(username, creds.password, fresh_totp(harness, username))
    make_project(
        harness, project, [SimpleNamespace(username=username)],  # type: ignore[list-item]
        texts=("kept", "gone"), subjects=(f"{project}-keep", f"{project}-gone"),
    )  # fmt: skip
    (shard,) = bench.list_shards()
    bench.download_shard(shard.shard_id)
    bench.push()  # the download is journaled; a sync keeps shards open
    return bench, shard.shard_id


def test_revoked_workbench_shreds_and_never_opens_again(harness: Harness, tmp_path: Path) -> None:
    bench, shard_id = _logged_in(harness, tmp_path, "wb-revoke")
    bench.open_shard(shard_id)
    assert bench.identity is not None
    with harness.db() as db:
        devices.revoke_device(db, harness.config, bench.identity.device_id)
    with pytest.raises(DeviceRevokedError) as caught:
        bench.push()
    # What Workbench.shred must do (see the report): log out, then shred, then forget.
    assert bench.session is not None
    bench.session.logout()
    shred_device(bench.keys, bench.store, bench.identity.device_id, notice=caught.value.notice)
    bench.store = None
    assert bench.held_buffers() == 0
    again = _bench(harness, tmp_path, bench.keys)
    with pytest.raises(DeviceRevokedError):
        assert again.enrolled  # the window's first question: answered "revoked"


def test_erased_item_is_withheld_from_the_cached_shard(harness: Harness, tmp_path: Path) -> None:
    bench, shard_id = _logged_in(harness, tmp_path, "wb-erase")
    with harness.db() as db:
        erase_subject(db, harness.config, "wb-erase-gone")
    report = bench.push()
    assert report.items_purged == 1
    store, identity = bench.store, bench.identity
    assert store is not None
    assert identity is not None
    # What Workbench.open_shard must pass to the gate (see the report).
    shard = bench.gate.open(
        store.cached_shard(shard_id) or b"", identity.encryption_key,
        last_sync_ms=store.last_sync_ms(), now_ms=int(time.time() * 1000),
        blocked_items=store.blocked_items(),
    )  # fmt: skip
    assert len(shard.manifest.items) == 1
    (gone,) = store.blocked_items()
    with pytest.raises(ShardItemNotFoundError):
        shard.read_item(gone)
    bench.close()
