"""Enrol, log in with TOTP, download a shard, open it, upload labels and journal, get receipts."""

from __future__ import annotations

import time

from app.core.receipt import verify_receipt
from app.core.shard import open_shard
from app.server.models import JournalRow, Label
from app.workstation.shard_gate import ShardGate
from tests.server.harness import Harness, MemoryOutbox, make_project, new_workstation


def test_full_round_trip(harness: Harness) -> None:
    ws = new_workstation(harness)
    make_project(harness, "e2e", [ws], texts=("alpha text", "beta text"))

    listed = ws.client.list_shards()
    assert len(listed) == 1
    sealed = ws.client.download_shard(listed[0]["shard_id"], listed[0]["sha256"])
    shard = open_shard(
        sealed,
        issuer_keys=dict(ws.client.config.server_keys),
        device_key=ws.enc_key,
        device_id=ws.device_id,
        now=int(time.time()),
    )
    texts = sorted(bytes(shard.read_item(i.item_id)) for i in shard.manifest.items)
    assert texts == [b"alpha text", b"beta text"]

    outbox = MemoryOutbox()
    shard_id = shard.header.shard_id
    outbox.labels = [
        ws.label(shard_id, item.item_id, {"label": "a"}, project_id="e2e")
        for item in shard.manifest.items
    ]
    outbox.records = ws.journal(5, "item.viewed")
    report = ws.client.push(outbox)

    assert report.labels_acked == 2
    assert outbox.labels == []
    assert report.journal_acked_seq == 5
    assert outbox.pending_journal(10) == []
    # The receipt verifies with the pinned key and covers the last record sent.
    receipt = report.receipts[-1]
    again = verify_receipt(receipt.to_json(), {harness.server_key.kid: harness.server_key})
    assert (again.seq, again.hash) == (5, outbox.records[-1].hash)
    # Synced just now: the workstation's own gate opens the shard it downloaded.
    gate = ShardGate.from_policy(harness.policy, ws.device_id)
    now = int(time.time() * 1000)
    reopened = gate.open(sealed, ws.enc_key, last_sync_ms=outbox.last_sync_ms(), now_ms=now)
    assert reopened.header.shard_id == shard_id
    with harness.db() as db:
        assert db.query(Label).filter_by(project_id="e2e").count() == 2
        assert db.query(JournalRow).filter_by(device_id=ws.device_id).count() == 5
