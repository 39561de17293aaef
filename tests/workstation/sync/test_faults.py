"""Faults between a real SQLCipher outbox and the real server: afterwards the server holds
each label exactly once, the journal chain is whole, and nothing is lost."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.journal import verify_jsonl
from app.core.keys import SUITE_X25519
from app.core.labels import LabelDraft
from app.server.models import JournalRow, Label, ShardItem
from app.workstation.errors import SyncServerError, SyncTransportError
from app.workstation.identity import create_identity, generation_guard
from app.workstation.keystore import KeyStore
from app.workstation.shard_gate import ShardGate
from app.workstation.store import Store
from app.workstation.sync import SyncClient
from tests.server.harness import Harness, Workstation, make_project, new_workstation
from tests.support.memkeyring import MemoryKeyring


@dataclass
class Bench:
    ws: Workstation
    store: Store
    shard_id: str
    items: list[str]
    project: str

    def save(self, n: int) -> None:
        for i in range(n):
            self.store.save_label(
                LabelDraft(
                    project_id=self.project,
                    shard_id=self.shard_id,
                    item_id=self.items[i % len(self.items)],
                    kind="class",
                    value={"label": "a", "comment": f"n{i}"},
                ),
                user_id=self.ws.user_id,
            )


@pytest.fixture
def bench(harness: Harness, tmp_path: Path) -> Iterator[Bench]:
    keys = KeyStore("cleanroom-sync-test", MemoryKeyring(), allow_demo=True)
    identity = create_identity(keys, suite=SUITE_X25519)
    ws = new_workstation(
        harness,
        login=False,
        keys=(identity.device_id, identity.encryption_key, identity.signing_key),
    )
    ws.client = SyncClient(harness.sync_config(label_batch=3, journal_batch=3))
    ws.client.device_id = identity.device_id
    ws.login()
    project = f"faults-{identity.device_id[-8:]}"
    make_project(harness, project, [ws], texts=("x", "y", "z"))
    shard_id = ws.client.list_shards()[0]["shard_id"]
    with harness.db() as db:
        items = [r.item_id for r in db.query(ShardItem).filter_by(shard_id=shard_id)]
    store = Store.open(
        tmp_path / "vault.db",
        identity.db_key,
        identity.device_id,
        generation_guard(keys, identity),
        signing_key=identity.signing_key,
    )
    yield Bench(ws, store, shard_id, items, project)
    store.close()


def assert_whole(harness: Harness, bench: Bench) -> None:
    """Server labels == store labels, each once; the server's chain verifies from seq 1."""
    assert bench.store.pending_labels(1000) == []
    assert bench.store.pending_journal(1000) == []
    local = bench.store.journal_records()
    with harness.db() as db:
        labels = db.query(Label).filter_by(project_id=bench.project).all()
        rows = db.query(JournalRow).filter_by(device_id=bench.ws.device_id).order_by(JournalRow.seq)
        lines = [r.line for r in rows]
    assert len(labels) == bench.store.label_count()
    assert len({(x.annotation_id, x.version) for x in labels}) == len(labels)
    state = verify_jsonl(b"\n".join(lines), bench.ws.sign_key.verify_key())
    assert (state.seq, state.hash) == (local[-1].seq, local[-1].hash)


def test_server_down_during_upload(harness: Harness, tmp_path: Path, bench: Bench) -> None:
    # A second server on the same database, which we can stop mid-way.
    own = Harness(harness.home, port=None)
    own.start()
    client = SyncClient(own.sync_config(label_batch=3, journal_batch=3, retries=1))
    client.device_id, client.token = bench.ws.device_id, bench.ws.client.token
    bench.save(4)
    client.push(bench.store)
    own.stop()
    bench.save(5)
    pending = (len(bench.store.pending_labels(100)), len(bench.store.pending_journal(100)))
    with pytest.raises(SyncTransportError):
        client.push(bench.store)
    assert (len(bench.store.pending_labels(100)), len(bench.store.pending_journal(100))) == pending
    restarted = Harness(harness.home, port=own.port).start()
    try:
        client.push(bench.store)
    finally:
        restarted.stop()
    assert_whole(harness, bench)


def test_a_500_mid_batch_is_retried(harness: Harness, bench: Bench) -> None:
    bench.save(7)
    harness.fault("/v1/labels", "error_500", count=1)
    harness.fault("/v1/journal", "error_500", count=1)
    bench.ws.client.push(bench.store)  # the retry policy absorbs one 500 per batch
    assert_whole(harness, bench)


def test_persistent_500_leaves_the_rest_in_the_outbox(harness: Harness, bench: Bench) -> None:
    bench.save(7)
    harness.fault("/v1/journal", "error_500", count=3)  # more than the client retries
    with pytest.raises(SyncServerError):
        bench.ws.client.push(bench.store)
    assert bench.store.pending_labels(100) == []
    assert len(bench.store.pending_journal(100)) == 7
    bench.ws.client.push(bench.store)
    assert_whole(harness, bench)


@pytest.mark.parametrize("path", ["/v1/labels", "/v1/journal"])
def test_connection_dropped_after_commit(harness: Harness, bench: Bench, path: str) -> None:
    bench.save(5)
    harness.fault(path, "drop_after_commit", count=1)
    with pytest.raises(SyncTransportError):
        bench.ws.client.push(bench.store)
    # The server stored a batch the client never heard about; the next push settles it.
    report = bench.ws.client.push(bench.store)
    assert report.receipts
    assert_whole(harness, bench)


def test_duplicated_batch_changes_nothing(harness: Harness, bench: Bench) -> None:
    bench.save(4)
    labels = bench.store.pending_labels(100)
    records = bench.store.pending_journal(100)
    client = bench.ws.client
    body = {"labels": [x.to_json() for x in labels]}
    first = client._check(*client._request("POST", "/v1/labels", json=body))
    second = client._check(*client._request("POST", "/v1/labels", json=body))
    assert {r["status"] for r in first["results"]} == {"stored"}
    assert {r["status"] for r in second["results"]} == {"duplicate"}
    lines = {"records": [r.to_line().decode() for r in records]}
    ok, _ = client._request("POST", "/v1/journal", json=lines)
    again, _ = client._request("POST", "/v1/journal", json=lines)
    assert (ok.status_code, again.status_code) == (200, 409)
    assert again.json()["error"] == "journal_replayed"
    client.push(bench.store)  # acks from the replay receipt and the duplicates
    assert_whole(harness, bench)


def test_conflicting_version_is_refused_and_kept(harness: Harness, bench: Bench) -> None:
    bench.save(1)
    label = bench.store.pending_labels(1)[0]
    bench.ws.client.push(bench.store)
    changed = {**label.to_json(), "value": {"label": "b"}}
    changed.pop("value_sha256")
    client = bench.ws.client
    answer = client._check(*client._request("POST", "/v1/labels", json={"labels": [changed]}))
    assert answer["results"][0]["status"] == "conflict"
    with harness.db() as db:
        row = db.query(Label).filter_by(annotation_id=label.annotation_id).one()
        assert row.value == label.value


def test_offline_limit(harness: Harness, bench: Bench) -> None:
    gate = ShardGate.from_policy(harness.policy, bench.ws.device_id)
    now = int(time.time() * 1000)
    assert not gate.may_open(bench.store.last_sync_ms(), now)  # never synced
    bench.ws.client.push(bench.store)
    assert gate.may_open(bench.store.last_sync_ms(), int(time.time() * 1000))
    later = int(time.time() * 1000) + (gate.max_offline_s + 1) * 1000
    assert not gate.may_open(bench.store.last_sync_ms(), later)
