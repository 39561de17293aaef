"""Issue 13: an erasure on the server reaches the workstation through the real TLS server,
and never breaks its sync."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.core.errors import ShardItemNotFoundError
from app.core.labels import LabelDraft
from app.server.models import ErasedItem, Item, JournalRow, Label, Shard
from app.server.services.erasure import erase_subject
from app.workstation.doctor import FAIL, Doctor
from app.workstation.shard_gate import ShardGate
from tests.server.harness import Harness, make_project
from tests.workstation.sync.device import enrolled_device


def test_erasure_reaches_the_device_and_the_rest_syncs(harness: Harness, tmp_path: Path) -> None:
    device = enrolled_device(harness, tmp_path)
    make_project(
        harness, "erase-e2e", [SimpleNamespace(username=device.username)],  # type: ignore[list-item]
        texts=("kept one", "erased one", "kept two"), subjects=("s-keep", "s-gone", "s-keep"),
    )  # fmt: skip
    listed = device.client.list_shards()
    shard_id = listed[0]["shard_id"]
    sealed = device.client.download_shard(shard_id, listed[0]["sha256"])
    store = device.store
    store.cache_shard(shard_id, sealed)
    device.client.push(store)
    gate = ShardGate.from_policy(harness.policy, device.device_id)
    now = int(time.time() * 1000)
    shard = gate.open(
        sealed, device.identity.encryption_key, last_sync_ms=store.last_sync_ms(), now_ms=now
    )
    by_text = {bytes(shard.read_item(i.item_id)): i.item_id for i in shard.manifest.items}
    gone = by_text[b"erased one"]
    # Offline labels on every item of the shard, including the one about to be erased.
    for item_id in by_text.values():
        store.save_label(
            LabelDraft("erase-e2e", shard_id, item_id, "class", {"label": "a"}),
            user_id=device.user_id,
        )
    store.append_journal("item.viewed", {"shard_id": shard_id, "item_id": gone})

    with harness.db() as db:
        done = erase_subject(db, harness.config, "s-gone")
    assert done.items == 1

    report = device.client.push(store)
    assert report.items_purged == 1
    assert report.label_refusal is None
    assert report.labels_acked == 2
    assert store.outbox_counts() == (0, 0)  # labels and journal all went
    assert store.blocked_items() == {gone}
    assert store.labels_for_item(gone) == []
    with harness.db() as db:
        assert db.query(Label).filter_by(project_id="erase-e2e").count() == 2
        assert db.query(Label).filter_by(item_id=gone).count() == 0
        assert db.get(Item, gone) is None
        assert db.query(JournalRow).filter_by(device_id=device.device_id).count() > 0
        withdrawn = db.get(Shard, shard_id)
        assert withdrawn is not None
        assert withdrawn.sealed == b""
        assert db.query(ErasedItem).filter_by(item_id=gone).count() == 1
    assert all(s["shard_id"] != shard_id for s in device.client.list_shards())

    # The shard cached before the erasure opens for the other items, never the erased one.
    reopened = gate.open(
        store.cached_shard(shard_id) or b"", device.identity.encryption_key,
        last_sync_ms=store.last_sync_ms(), now_ms=int(time.time() * 1000),
        blocked_items=store.blocked_items(),
    )  # fmt: skip
    assert gone not in {i.item_id for i in reopened.manifest.items}
    assert len(reopened.manifest.items) == 2
    with pytest.raises(ShardItemNotFoundError):
        reopened.read_item(gone)
    # A label sent late for the erased item is answered `erased` and dropped.
    late = {
        "annotation_id": "late-1", "version": 1, "project_id": "erase-e2e",
        "shard_id": shard_id, "item_id": gone, "user_id": device.user_id, "kind": "class",
        "value": {"label": "a"}, "created_ms": int(time.time() * 1000),
    }  # fmt: skip
    client = device.client
    answer = client._check(*client._request("POST", "/v1/labels", json={"labels": [late]}))
    assert answer["results"] == [{"annotation_id": "late-1", "version": 1, "status": "erased"}]
    store.close()


def test_a_refused_label_batch_never_holds_back_the_journal(
    harness: Harness, tmp_path: Path
) -> None:
    device = enrolled_device(harness, tmp_path)
    store = device.store
    # A label on a shard that was never issued: the server refuses the batch (403).
    store.save_label(
        LabelDraft("nope", "no-such-shard", "no-such-item", "class", {"label": "a"}),
        user_id=device.user_id,
    )
    report = device.client.push(store)
    assert report.label_refusal is not None
    assert report.label_refusal.status == 403
    assert store.outbox_counts() == (1, 0)  # the label waits for a person; the journal went
    assert store.last_sync_ms() is not None
    assert store.last_refusal() == "forbidden"
    path = store.path
    store.close()
    checks = Doctor(keys=lambda: device.keys, store_file=path).run()
    sync = next(c for c in checks if c.name == "sync")
    assert sync.status == FAIL
    assert "refused" in sync.detail
