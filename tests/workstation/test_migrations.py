"""Migrations from every earlier schema version, on real SQLCipher files written by hand.

Each earlier version's schema is copied here as it was released (not imported), so a later
edit of a released migration step shows up as a failing test.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlite

from app.core.encoding import canonical_json, sha256_hex
from app.core.journal import ChainState, JournalChain, verify_jsonl
from app.core.labels import LabelDraft
from app.workstation.identity import DeviceIdentity
from app.workstation.keystore import KeyStore
from app.workstation.migrations import CURRENT_VERSION
from tests.workstation.conftest import Clock, open_store

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL);
CREATE TABLE labels (
    annotation_id TEXT NOT NULL, version INTEGER NOT NULL, project_id TEXT NOT NULL,
    shard_id TEXT NOT NULL, item_id TEXT NOT NULL, user_id TEXT NOT NULL, kind TEXT NOT NULL,
    value BLOB NOT NULL, value_sha256 TEXT NOT NULL, created_ms INTEGER NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (annotation_id, version)
);
CREATE TABLE journal (seq INTEGER PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE receipts (seq INTEGER PRIMARY KEY, receipt BLOB NOT NULL);
CREATE TABLE shards (shard_id TEXT PRIMARY KEY, sealed BLOB NOT NULL, cached_ms INTEGER NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def write_v1(path: Path, identity: DeviceIdentity) -> str:
    """A version-1 store holding one label, its journal record, a setting and a shard."""
    conn = sqlite.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{identity.db_key.hex()}'\"")
    conn.executescript(SCHEMA_V1)
    conn.execute("INSERT INTO schema_version VALUES (1, 0)")
    conn.execute(
        "INSERT INTO meta VALUES ('device_id', ?), ('generation', '0'), ('created_ms', '0')",
        (identity.device_id,),
    )
    value = canonical_json({"class": "a", "comment": "old"})
    conn.execute(
        "INSERT INTO labels VALUES ('ann-1', 1, 'p', 's', 'i', 'u', 'class', ?, ?, 5, 0)",
        (value, sha256_hex(value)),
    )
    chain = JournalChain(identity.signing_key, ChainState.start(identity.device_id))
    record = chain.append(
        "label.saved",
        {"annotation_id": "ann-1", "version": 1, "value_sha256": sha256_hex(value)},
        ts_ms=5,
    )
    conn.execute("INSERT INTO journal VALUES (1, ?)", (record.to_line(),))
    conn.execute("INSERT INTO settings VALUES ('ui.theme', 'dark')")
    conn.execute("INSERT INTO shards VALUES ('s', x'00ff', 5)")
    conn.close()
    return record.hash


def test_v1_migrates_to_current_keeping_data(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = tmp_path / "vault.db"
    write_v1(path, identity)
    store = open_store(path, identity, keys, clock)
    versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_version")]
    assert versions == list(range(1, CURRENT_VERSION + 1))
    [label] = store.label_history("ann-1")
    assert label.value == {"class": "a", "comment": "old"}
    assert store.get_setting("ui.theme") == "dark"
    assert store.cached_shard("s") == b"\x00\xff"
    # The chain continues from the migrated journal.
    changed = store.save_label(
        LabelDraft(
            project_id="p",
            shard_id="s",
            item_id="i",
            kind="class",
            value={"class": "b"},
            annotation_id="ann-1",
        ),
        user_id="u",
    )
    assert changed.version == 2
    verify_jsonl(store.export_journal_jsonl(), identity.signing_key.verify_key())
    # Version 2's additions are in place: verifiers and the immutability triggers.
    store.set_verifier("u", "{}", 1)
    triggers = {
        r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    assert {"labels_immutable", "labels_kept", "journal_immutable", "journal_kept"} <= triggers
    assert store.check_integrity() == []
    store.close()


def test_new_store_is_at_current_version(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    store = open_store(tmp_path / "vault.db", identity, keys, clock)
    row = store.conn.execute("SELECT max(version) FROM schema_version").fetchone()
    assert row[0] == CURRENT_VERSION
    store.close()
