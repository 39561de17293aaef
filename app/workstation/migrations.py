"""Versioned schema of the encrypted store, and the steps from every earlier version.

`MIGRATIONS[n]` turns a store at version n-1 into version n (0 is an empty file). Each step
runs in one transaction with the `schema_version` row it adds, so a crash leaves the store
at a whole version. Steps are append-only: a released step is never edited; a change is a
new step, and `tests/workstation/test_migrations.py` builds each earlier version by hand and
migrates it to the current one.

Version 2 makes the audit trail tamper-resistant inside the database too: triggers refuse
UPDATE of a label version's content and DELETE of labels or journal rows (21 CFR Part 11:
earlier values are never overwritten), and it adds the offline-unlock verifiers.

Version 3 adds the erasure block list (`blocked_items`): items the server erased, which no
cached shard may show again; their labels are the one deletion the triggers allow (the
data subject's right to erasure outranks keeping earlier values).
"""

from __future__ import annotations

from typing import Any, Final

import sqlcipher3.dbapi2 as sqlite

from app.workstation.errors import StoreSchemaError

V1: Final = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL);
CREATE TABLE labels (
    annotation_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    project_id TEXT NOT NULL,
    shard_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    value BLOB NOT NULL,
    value_sha256 TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (annotation_id, version)
);
CREATE TABLE journal (seq INTEGER PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE receipts (seq INTEGER PRIMARY KEY, receipt BLOB NOT NULL);
CREATE TABLE shards (shard_id TEXT PRIMARY KEY, sealed BLOB NOT NULL, cached_ms INTEGER NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

V2: Final = """
CREATE TABLE verifiers (
    user_id TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    server_auth_ms INTEGER NOT NULL
);
CREATE INDEX labels_pending ON labels (acked);
CREATE TRIGGER labels_immutable BEFORE UPDATE OF
    annotation_id, version, project_id, shard_id, item_id, user_id, kind, value,
    value_sha256, created_ms ON labels
BEGIN SELECT RAISE(ABORT, 'label versions are immutable'); END;
CREATE TRIGGER labels_kept BEFORE DELETE ON labels
BEGIN SELECT RAISE(ABORT, 'label versions are never deleted'); END;
CREATE TRIGGER journal_immutable BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'journal records are immutable'); END;
CREATE TRIGGER journal_kept BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'journal records are never deleted'); END;
"""

V3: Final = """
CREATE TABLE blocked_items (item_id TEXT PRIMARY KEY, blocked_ms INTEGER NOT NULL);
DROP TRIGGER labels_kept;
CREATE TRIGGER labels_kept BEFORE DELETE ON labels
WHEN old.item_id NOT IN (SELECT item_id FROM blocked_items)
BEGIN SELECT RAISE(ABORT, 'label versions are never deleted'); END;
"""

MIGRATIONS: Final = {1: V1, 2: V2, 3: V3}
CURRENT_VERSION: Final = max(MIGRATIONS)


def schema_version(conn: Any) -> int:
    """0 for an empty database, else the highest applied version."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return 0
    if "schema_version" not in tables:
        raise StoreSchemaError("The database is not a Cleanroom store (no schema version).")
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _statements(script: str) -> list[str]:
    # Split on the statement terminator the way sqlite does, so triggers stay whole.
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite.complete_statement(current):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip():
        raise StoreSchemaError("A migration script ends in an incomplete statement.")
    return out


def migrate(conn: Any, now_ms: int) -> int:
    """Bring `conn` (autocommit mode) to CURRENT_VERSION; return the version it started at."""
    start = schema_version(conn)
    if start > CURRENT_VERSION:
        raise StoreSchemaError(
            f"The store has schema version {start}, newer than this build's "
            f"{CURRENT_VERSION}; update Cleanroom."
        )
    for version in range(start + 1, CURRENT_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version (version, applied_ms) VALUES (?, ?)",
                (version, now_ms),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start
