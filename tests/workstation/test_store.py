"""The encrypted store: versions, journal in the same transaction, outbox, receipts, cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlite

from app.core.errors import EncodingError, ReceiptError
from app.core.journal import verify_jsonl
from app.core.keys import SigningKey
from app.core.labels import LabelDraft, LabelVersion
from app.core.receipt import sign_receipt
from app.workstation.errors import StoreClosedError, StoreError
from app.workstation.identity import DeviceIdentity
from app.workstation.keystore import KeyStore
from app.workstation.outbox import Outbox
from app.workstation.store import Store
from tests.workstation.conftest import Clock, open_store


def draft(
    value: dict[str, Any], annotation_id: str | None = None, *, kind: str = "class",
    item_id: str = "item-1",
) -> LabelDraft:  # fmt: skip
    return LabelDraft("p1", "s1", item_id, kind, value, annotation_id)


def save(store: Store, value: dict[str, Any], annotation_id: str | None = None) -> LabelVersion:
    return store.save_label(draft(value, annotation_id), user_id="u1")


def test_versions_are_added_never_overwritten(store: Store, clock: Clock) -> None:
    first = save(store, {"class": "a", "comment": "x"})
    clock.advance(5)
    second = save(store, {"class": "b"}, first.annotation_id)
    assert (first.version, second.version) == (1, 2)
    history = store.label_history(first.annotation_id)
    assert [h.value for h in history] == [{"class": "a", "comment": "x"}, {"class": "b"}]
    assert store.labels_for_item("item-1") == [second]
    types = [r.entry["type"] for r in store.journal_records()]
    assert types == ["label.saved", "label.changed"]
    data = store.journal_records()[1].entry["data"]
    assert data == {
        "annotation_id": first.annotation_id,
        "version": 2,
        "shard_id": "s1",
        "item_id": "item-1",
        "value_sha256": second.value_sha256,
    }


def test_database_refuses_to_rewrite_history(store: Store) -> None:
    label = save(store, {"class": "a"})
    for sql in (
        "UPDATE labels SET value = x'00'",
        "DELETE FROM labels",
        "UPDATE journal SET record = x'00'",
        "DELETE FROM journal",
    ):
        with pytest.raises(sqlite.IntegrityError):
            store.conn.execute(sql)
    assert store.label_history(label.annotation_id) == [label]


def test_annotation_cannot_move_item(store: Store) -> None:
    label = save(store, {})
    with pytest.raises(StoreError):
        store.save_label(draft({}, label.annotation_id, item_id="item-2"), user_id="u1")


def test_bad_label_is_refused_and_chain_unchanged(store: Store) -> None:
    state = store.chain_state
    with pytest.raises(EncodingError):
        store.save_label(draft({}, kind="circle"), user_id="u1")
    assert store.chain_state == state
    assert store.label_count() == 0


def test_failed_transaction_leaves_chain_where_it_was(store: Store) -> None:
    store.append_journal("login", {}, "u1", "sess-1")
    state = store.chain_state
    # A journal row already at the next seq makes the insert fail inside the transaction.
    store.conn.execute("INSERT INTO journal (seq, record) VALUES (?, x'00')", (state.seq + 1,))
    with pytest.raises(StoreError):
        save(store, {})
    assert store.chain_state == state
    assert store.label_count() == 0  # the label was rolled back with its journal record


def test_journal_verifies_and_continues_after_reopen(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = tmp_path / "vault.db"
    store = open_store(path, identity, keys, clock)
    store.append_journal("login", {"mode": "online"}, "u1", "sess-1")
    save(store, {"class": "a"})
    store.close()
    store = open_store(path, identity, keys, clock)
    store.append_journal("logout", {}, "u1", "sess-1")
    state = verify_jsonl(store.export_journal_jsonl(), identity.signing_key.verify_key())
    assert state.seq == 3
    assert store.check_integrity() == []
    store.close()
    with pytest.raises(StoreClosedError):
        store.label_count()
    store.close()  # idempotent


def test_outbox_contract(store: Store) -> None:
    outbox: Outbox = store
    labels = [save(store, {"n": n}) for n in range(3)]
    assert outbox.pending_labels(10) == labels
    assert outbox.pending_labels(2) == labels[:2]
    outbox.ack_labels([(labels[0].annotation_id, 1)])
    assert outbox.pending_labels(10) == labels[1:]
    records = outbox.pending_journal(10)
    assert [r.seq for r in records] == [1, 2, 3]

    server = SigningKey.generate()
    receipt = sign_receipt(
        server, device_id=store.device_id, seq=2, hash_hex=records[1].hash, received_at=1
    )
    outbox.ack_journal(receipt)
    assert [r.seq for r in outbox.pending_journal(10)] == [3]
    assert store.receipts() == [receipt.to_json()]

    assert outbox.last_sync_ms() is None
    outbox.set_last_sync_ms(1234)
    assert outbox.last_sync_ms() == 1234


@pytest.mark.parametrize("case", ["wrong-hash", "unknown-seq", "other-device"])
def test_receipt_that_does_not_match_is_refused(store: Store, case: str) -> None:
    record = store.append_journal("login", {}, "u1", None)
    seq, hash_hex, device = record.seq, record.hash, store.device_id
    if case == "wrong-hash":
        hash_hex = "0" * 64
    elif case == "unknown-seq":
        seq = 99
    else:
        device = "dev-else"
    receipt = sign_receipt(
        SigningKey.generate(), device_id=device, seq=seq, hash_hex=hash_hex, received_at=1
    )
    with pytest.raises(ReceiptError):
        store.ack_journal(receipt)
    assert store.receipts() == []


def test_shard_cache_and_settings(store: Store) -> None:
    assert store.cached_shard("s1") is None
    store.cache_shard("s1", b"CRSHARD1sealed")
    assert store.cached_shard("s1") == b"CRSHARD1sealed"
    assert store.get_setting("ui.theme") is None
    store.set_setting("ui.theme", "dark")
    assert store.get_setting("ui.theme") == "dark"


def test_generation_rises_on_open_commits_and_close(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    from app.workstation.identity import generation_guard

    guard = generation_guard(keys, identity)
    store = Store.open(
        tmp_path / "v.db", identity.db_key, identity.device_id, guard,
        signing_key=identity.signing_key, generation_every=4,
    )  # fmt: skip
    assert store.generation == guard.get() == 1
    for _ in range(8):
        store.append_journal("focus.lost", {}, None, None)
    assert store.generation == guard.get() == 3
    store.close()
    assert guard.get() == 4


def test_open_vault_uses_the_keyring_identity(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore
) -> None:
    from app.workstation.store import open_vault

    loaded, store = open_vault(keys, tmp_path / "vault.db")
    assert loaded.device_id == identity.device_id
    save(store, {})
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name
    store.close()


def test_an_empty_annotation_id_is_refused_not_replaced(store: Store) -> None:
    with pytest.raises(EncodingError):
        store.save_label(draft({"class": "a"}, annotation_id=""), user_id="u1")
    assert store.label_count() == 0


def test_purge_blocks_items_drops_their_labels_and_journals_ids_in_chunks(store: Store) -> None:
    from app.workstation.store import PURGE_CHUNK

    label = save(store, {"labels": ["a"]})
    before = store.chain_state.seq
    ids = [label.item_id, *(f"other-{n}" for n in range(PURGE_CHUNK + 5))]
    assert store.purge_items(ids) == len(ids)
    assert store.purge_items(ids) == 0  # repeating is harmless
    assert label.item_id in store.blocked_items()
    assert store.labels_for_item(label.item_id) == []
    entries = store.journal_records(after_seq=before)
    assert [e.entry["type"] for e in entries] == ["items.purged", "items.purged"]
    assert sum(len(e.entry["data"]["item_ids"]) for e in entries) == len(ids)
    # Other labels stay immutable: only blocked items' labels may be deleted.
    with pytest.raises(StoreError, match="erased"):
        save(store, {"labels": ["b"]})  # an erased item takes no new label
    other = store.save_label(draft({"labels": ["b"]}, item_id="item-2"), user_id="u1")
    with pytest.raises(StoreError):
        store._commit([("DELETE FROM labels WHERE annotation_id = ?", (other.annotation_id,))])
