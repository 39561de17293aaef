"""The calls the window's Workbench must make (see the issue-13 report), driven here through
the real Workbench facade and the real TLS server: a revoked device shreds and stays shut;
an erased item is withheld from the cached shard once the gate gets the block list."""

from __future__ import annotations

import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.core.errors import ShardItemNotFoundError
from app.server.services import devices, users
from app.server.services.erasure import erase_subject
from app.workstation.errors import DeviceRevokedError
from app.workstation.keystore import KeyStore
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
    with pytest.raises(DeviceRevokedError):
        bench.push()  # shreds on the way out: logged out, keys and cached shards gone
    assert bench.shredded is not None
    assert bench.shredded.shards_deleted == 1
    assert bench.store is None
    assert bench.session is None
    assert bench.client.token is None
    assert bench.held_buffers() == 0
    with pytest.raises(DeviceRevokedError):
        assert bench.enrolled  # the same process asks again: still "revoked"
    again = _bench(harness, tmp_path, bench.keys)
    with pytest.raises(DeviceRevokedError):
        assert again.enrolled  # the window's first question: answered "revoked"


def test_erased_item_is_withheld_from_the_cached_shard(harness: Harness, tmp_path: Path) -> None:
    bench, shard_id = _logged_in(harness, tmp_path, "wb-erase")
    with harness.db() as db:
        erase_subject(db, harness.config, "wb-erase-gone")
    report = bench.push()
    assert report.items_purged == 1
    store = bench.store
    assert store is not None
    (gone,) = store.blocked_items()
    items = [i.item_id for i in bench.open_shard(shard_id)]  # the gate withholds it
    assert len(items) == 1
    assert gone not in items
    with pytest.raises(ShardItemNotFoundError):
        bench.open_item(shard_id, gone)
    bench.close()


def test_a_push_that_purges_withholds_from_open_shards(harness: Harness, tmp_path: Path) -> None:
    bench, shard_id = _logged_in(harness, tmp_path, "wb-open-erase")
    before = [i.item_id for i in bench.open_shard(shard_id)]
    with harness.db() as db:
        erase_subject(db, harness.config, "wb-open-erase-gone")
    assert bench.push().items_purged == 1
    assert bench.store is not None
    (gone,) = bench.store.blocked_items()
    assert [i.item_id for i in bench.item_states(shard_id)] == [i for i in before if i != gone]
    with pytest.raises(ShardItemNotFoundError):
        bench.open_item(shard_id, gone)
    assert bench.apply_erasures() == set()  # once is enough
    bench.close()
