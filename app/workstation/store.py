"""The encrypted store: one SQLCipher file holding labels, journal, outbox, receipts,
cached sealed shards, settings and offline-unlock verifiers.

Invariants:
- The file is keyed with the device's raw 32-byte database key (SQLCipher 4 defaults:
  AES-256-CBC pages, HMAC-SHA512 per page); temp data stays in memory, never in a file.
- WAL with `synchronous=FULL`: a label is saved once its transaction committed, and its
  `label.saved` / `label.changed` journal record is written in that same transaction. The
  in-memory chain advances only after the commit.
- Label versions are appended, never overwritten (triggers enforce it, see migrations).
- The store is bound to its device id, and to a generation counter kept both in the
  database and in the keyring (see `GenerationGuard`). SQLCipher's page MACs do not detect
  an older, validly encrypted copy put back in place; the counter does: the generation is
  raised on every open, every `generation_every` commits and on close, written to the
  database first and to the keyring after the commit, so a crash can leave the database
  ahead of the keyring (accepted) but never behind it (refused as a restored copy).
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, Protocol

import sqlcipher3.dbapi2 as sqlite

from app.core.clock import now_ms
from app.core.encoding import JsonObject, canonical_json, parse_json
from app.core.errors import ReceiptError
from app.core.journal import ChainState, JournalChain, JournalRecord, parse_record, to_jsonl
from app.core.keys import SigningKey
from app.core.labels import LabelDraft, LabelVersion
from app.core.protocol import DB_KEY_LEN
from app.core.receipt import Receipt
from app.workstation.errors import (
    StoreClosedError,
    StoreCorruptError,
    StoreDeviceError,
    StoreError,
    StoreKeyError,
    StoreRollbackError,
)
from app.workstation.identity import DeviceIdentity, generation_guard, load_identity
from app.workstation.keystore import KeyStore
from app.workstation.migrations import CURRENT_VERSION, migrate, schema_version
from app.workstation.paths import store_path

DEFAULT_GENERATION_EVERY: Final = 64
PURGE_CHUNK: Final = 100  # item ids per `items.purged` journal entry
REFUSAL_KEY: Final = "outbox.last_refusal"
_LABEL_SELECT: Final = (
    "SELECT annotation_id, version, project_id, shard_id, item_id, user_id, kind, value, "
    "created_ms FROM labels "
)


class GenerationGuard(Protocol):
    """Where the last generation is remembered outside the database (the keyring)."""

    def get(self) -> int: ...

    def set(self, generation: int) -> None: ...


def _db_error(exc: Exception) -> StoreError:
    text = str(exc).lower()
    if "not a database" in text:
        return StoreKeyError(
            "The database key does not open this store: wrong key, another device's store, "
            "or not a Cleanroom store. Keep the file and ask IT."
        )
    if "malformed" in text or "corrupt" in text or "disk i/o" in text:
        return StoreCorruptError()
    if "readonly" in text:  # also SQLCipher's state after a page failed its HMAC
        return StoreError(
            "The encrypted store cannot be written (a read-only file, or a damaged page was "
            "found); keep the file and ask IT."
        )
    return StoreError(f"The encrypted store failed ({type(exc).__name__}); keep it and ask IT.")


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    """Turn SQLCipher's exceptions into StoreErrors with a message a person can act on."""
    try:
        yield
    except sqlite.Error as exc:
        raise _db_error(exc) from None


def _label_from_row(row: Sequence[Any]) -> LabelVersion:
    value = parse_json(bytes(row[7]))
    return LabelVersion(
        annotation_id=row[0],
        version=row[1],
        project_id=row[2],
        shard_id=row[3],
        item_id=row[4],
        user_id=row[5],
        kind=row[6],
        value=value,
        created_ms=row[8],
    )


class Store:
    """One device's encrypted store. Thread-safe: calls are serialised by one lock."""

    def __init__(
        self,
        conn: Any,
        path: Path,
        *,
        device_id: str,
        guard: GenerationGuard,
        chain: JournalChain,
        generation: int,
        clock_ms: Callable[[], int],
        generation_every: int,
    ) -> None:
        self._conn: Any = conn
        self.path = path
        self.device_id = device_id
        self._guard = guard
        self._chain = chain
        self.generation = generation
        self._clock_ms = clock_ms
        self._generation_every = generation_every
        self._commits = 0
        self._lock = threading.RLock()

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        db_key: bytes,
        device_id: str,
        generation_guard: GenerationGuard,
        *,
        signing_key: SigningKey,
        clock_ms: Callable[[], int] = now_ms,
        verify_pages: bool = False,
        generation_every: int = DEFAULT_GENERATION_EVERY,
    ) -> Store:
        """Open (or create) the store; refuse a wrong key, a damaged file, another device's
        store and an older copy, changing nothing on disk when refusing.

        SQLCipher checks a page's HMAC whenever it reads the page, and the first read here
        checks the header's page count against the file (so truncation is refused at
        open). `verify_pages` also reads every b-tree page at open (`quick_check`): about
        0.9 s at 100,000 labels (bench_store), so it is for `cleanroom doctor` and after a
        crash, not every login.
        """
        if len(db_key) != DB_KEY_LEN:
            raise StoreKeyError("The database key must be 32 bytes; IT must re-enrol.")
        path = Path(path)
        existed = path.exists()
        known_generation = generation_guard.get()
        if not existed and known_generation > 0:
            raise StoreRollbackError(
                f"The encrypted store {path} is missing, but this device has used one "
                f"(generation {known_generation}); IT must restore it, not start a new one."
            )
        if existed and path.stat().st_size == 0:
            raise StoreCorruptError("The encrypted store file is empty; ask IT to restore it.")
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not existed:
            # Owner-only whatever the umask; SQLite gives -wal and -shm the same mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        conn = sqlite.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            with _translated():
                store = cls._open_connection(
                    conn, path, db_key, device_id=device_id, guard=generation_guard,
                    known_generation=known_generation, signing_key=signing_key, clock_ms=clock_ms,
                    existed=existed, verify_pages=verify_pages, generation_every=generation_every,
                )  # fmt: skip
        except BaseException:
            conn.close()
            if not existed:  # never leave a half-made store behind
                for suffix in ("", "-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        os.remove(f"{path}{suffix}")
            raise
        return store

    @classmethod
    def _open_connection(
        cls,
        conn: Any,
        path: Path,
        db_key: bytes,
        *,
        device_id: str,
        guard: GenerationGuard,
        known_generation: int,
        signing_key: SigningKey,
        clock_ms: Callable[[], int],
        existed: bool,
        verify_pages: bool,
        generation_every: int,
    ) -> Store:
        conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")  # temp b-trees never reach a file
        # The first read decrypts page 1: a wrong key fails here, before anything is written.
        version = schema_version(conn)
        if verify_pages and existed:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise StoreCorruptError()
        if existed and version == 0:
            raise StoreCorruptError("The store file holds no Cleanroom schema; ask IT.")
        if version > CURRENT_VERSION:
            migrate(conn, clock_ms())  # raises StoreSchemaError, writes nothing
        if existed:
            owner = cls._meta(conn, "device_id")
            if owner != device_id:
                raise StoreDeviceError(
                    f"The encrypted store belongs to device {owner!r}, not {device_id!r}; "
                    "IT must put back this device's own store."
                )
            stored = int(cls._meta(conn, "generation") or 0)
            if stored < known_generation:
                raise StoreRollbackError(
                    f"The encrypted store is at generation {stored} but this device last "
                    f"used generation {known_generation}: an older copy was put back. "
                    "Keep both copies and tell IT."
                )
        else:
            stored = 0
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, clock_ms())
        generation = max(stored, known_generation) + 1
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not existed:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('device_id', ?), ('created_ms', ?)",
                    (device_id, str(clock_ms())),
                )
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)",
                (str(generation),),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        guard.set(generation)
        chain = JournalChain(signing_key, cls._chain_state(conn, device_id))
        return cls(
            conn, path, device_id=device_id, guard=guard, chain=chain, generation=generation,
            clock_ms=clock_ms, generation_every=generation_every,
        )  # fmt: skip

    @staticmethod
    def _meta(conn: Any, key: str) -> str | None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @staticmethod
    def _chain_state(conn: Any, device_id: str) -> ChainState:
        row = conn.execute("SELECT record FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return ChainState.start(device_id)
        last = parse_record(bytes(row[0]))
        return ChainState(device_id, last.seq, last.hash, last.ts_ms)

    # --- writing ------------------------------------------------------------------------

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise StoreClosedError()
        return self._conn

    def _commit(self, statements: Sequence[tuple[str, Sequence[Any]]]) -> None:
        """Run statements in one transaction; raise the generation every N commits."""
        conn = self.conn
        self._commits += 1
        bump = self._generation_every > 0 and self._commits % self._generation_every == 0
        with _translated():
            conn.execute("BEGIN IMMEDIATE")
            try:
                for sql, params in statements:
                    conn.execute(sql, params)
                if bump:
                    conn.execute(
                        "UPDATE meta SET value = ? WHERE key = 'generation'",
                        (str(self.generation + 1),),
                    )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        if bump:
            self.generation += 1
            self._guard.set(self.generation)

    @staticmethod
    def _journal_insert(record: JournalRecord) -> tuple[str, Sequence[Any]]:
        return ("INSERT INTO journal (seq, record) VALUES (?, ?)", (record.seq, record.to_line()))

    def save_label(
        self, draft: LabelDraft, *, user_id: str, session_id: str | None = None
    ) -> LabelVersion:
        """Store a new version (1 for a new annotation) with its journal record; returns
        only after both committed."""
        with self._lock:
            annotation_id = draft.annotation_id
            if annotation_id is None:
                annotation_id = str(uuid.uuid4())
            with _translated():
                row = self.conn.execute(
                    "SELECT max(version), min(item_id) FROM labels WHERE annotation_id = ?",
                    (annotation_id,),
                ).fetchone()
            with _translated():
                blocked = self.conn.execute(
                    "SELECT 1 FROM blocked_items WHERE item_id = ?", (draft.item_id,)
                ).fetchone()
            if blocked is not None:
                raise StoreError("This item was erased on the server; it takes no new label.")
            if row[0] is not None and row[1] != draft.item_id:
                raise StoreError(
                    "An annotation cannot move to another item; save it as a new annotation."
                )
            version = 1 if row[0] is None else int(row[0]) + 1
            unchecked = LabelVersion(
                annotation_id, version, draft.project_id, draft.shard_id, draft.item_id,
                user_id, draft.kind, dict(draft.value), self._clock_ms(),
            )  # fmt: skip
            label = LabelVersion.from_json(unchecked.to_json())  # type-checks every field
            record = self._chain.make(
                "label.saved" if version == 1 else "label.changed",
                {
                    "annotation_id": annotation_id,
                    "version": version,
                    "shard_id": label.shard_id,
                    "item_id": label.item_id,
                    "value_sha256": label.value_sha256,
                },
                ts_ms=label.created_ms,
                user_id=user_id,
                session_id=session_id,
            )
            self._commit(
                [
                    (
                        "INSERT INTO labels (annotation_id, version, project_id, shard_id, item_id,"
                        " user_id, kind, value, created_ms, value_sha256)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            label.annotation_id,
                            label.version,
                            label.project_id,
                            label.shard_id,
                            label.item_id,
                            label.user_id,
                            label.kind,
                            canonical_json(label.value),
                            label.created_ms,
                            label.value_sha256,
                        ),
                    ),
                    self._journal_insert(record),
                ]
            )
            self._chain.commit(record)
            return label

    def append_journal(
        self,
        event_type: str,
        data: JsonObject,
        user_id: str | None = None,
        session_id: str | None = None,
    ) -> JournalRecord:
        """Sign and store one journal record. `data` holds ids, counts and reasons only."""
        with self._lock:
            record = self._chain.make(
                event_type, data, ts_ms=self._clock_ms(), user_id=user_id, session_id=session_id
            )
            self._commit([self._journal_insert(record)])
            self._chain.commit(record)
            return record

    # --- reading ------------------------------------------------------------------------

    def _select(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock, _translated():
            return list(self.conn.execute(sql, params).fetchall())

    def label_history(self, annotation_id: str) -> list[LabelVersion]:
        rows = self._select(
            _LABEL_SELECT + "WHERE annotation_id = ? ORDER BY version",
            (annotation_id,),
        )
        return [_label_from_row(r) for r in rows]

    def labels_for_item(self, item_id: str) -> list[LabelVersion]:
        """The latest version of each annotation on an item."""
        rows = self._select(
            _LABEL_SELECT  # noqa: S608 - constant text, values bound as parameters
            + "AS l WHERE item_id = ? AND version = "
            "(SELECT max(version) FROM labels WHERE annotation_id = l.annotation_id) "
            "ORDER BY created_ms, annotation_id",
            (item_id,),
        )
        return [_label_from_row(r) for r in rows]

    def label_count(self) -> int:
        return int(self._select("SELECT count(*) FROM labels")[0][0])

    def journal_records(self, after_seq: int = 0) -> list[JournalRecord]:
        rows = self._select("SELECT record FROM journal WHERE seq > ? ORDER BY seq", (after_seq,))
        return [parse_record(bytes(r[0])) for r in rows]

    def export_journal_jsonl(self) -> bytes:
        return to_jsonl(self.journal_records())

    @property
    def chain_state(self) -> ChainState:
        return self._chain.state

    # --- outbox (app.workstation.outbox.Outbox) ----------------------------------------

    def pending_labels(self, limit: int) -> list[LabelVersion]:
        rows = self._select(
            _LABEL_SELECT + "WHERE acked = 0 ORDER BY rowid LIMIT ?",
            (limit,),
        )
        return [_label_from_row(r) for r in rows]

    def outbox_counts(self) -> tuple[int, int]:
        """(labels, journal records) not yet acknowledged by the server."""
        with self._lock:
            after = self._receipted_seq()
            labels = self._select("SELECT count(*) FROM labels WHERE acked = 0")[0][0]
            records = self._select("SELECT count(*) FROM journal WHERE seq > ?", (after,))[0][0]
        return int(labels), int(records)

    def ack_labels(self, keys: Sequence[tuple[str, int]]) -> None:
        with self._lock:
            self._commit(
                [
                    ("UPDATE labels SET acked = 1 WHERE annotation_id = ? AND version = ?", key)
                    for key in keys
                ]
            )

    def _receipted_seq(self) -> int:
        return int(self._select("SELECT coalesce(max(seq), 0) FROM receipts")[0][0])

    def pending_journal(self, limit: int) -> list[JournalRecord]:
        with self._lock:
            after = self._receipted_seq()
            rows = self._select(
                "SELECT record FROM journal WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit)
            )
        return [parse_record(bytes(r[0])) for r in rows]

    def ack_journal(self, receipt: Receipt) -> None:
        """Keep a (signature-verified) receipt; it must name a record this store holds."""
        with self._lock:
            if receipt.device_id != self.device_id:
                raise ReceiptError("The receipt names another device; do not trust this server.")
            rows = self._select("SELECT record FROM journal WHERE seq = ?", (receipt.seq,))
            if not rows or parse_record(bytes(rows[0][0])).hash != receipt.hash:
                raise ReceiptError(
                    "The receipt does not match this device's journal; report it to security."
                )
            self._commit(
                [
                    (
                        "INSERT OR REPLACE INTO receipts (seq, receipt) VALUES (?, ?)",
                        (receipt.seq, canonical_json(receipt.to_json())),
                    )
                ]
            )

    def receipts(self) -> list[JsonObject]:
        rows = self._select("SELECT receipt FROM receipts ORDER BY seq")
        return [parse_json(bytes(r[0])) for r in rows]

    def last_sync_ms(self) -> int | None:
        value = self.get_setting("outbox.last_sync_ms")
        return None if value is None else int(value)

    def set_last_sync_ms(self, ts_ms: int) -> None:
        self.set_setting("outbox.last_sync_ms", str(int(ts_ms)))

    # --- shards, settings, verifiers ----------------------------------------------------

    def cache_shard(self, shard_id: str, sealed_bytes: bytes) -> None:
        """Keep a shard as it arrived (still sealed to this device)."""
        with self._lock:
            self._commit(
                [
                    (
                        "INSERT OR REPLACE INTO shards (shard_id, sealed, cached_ms)"
                        " VALUES (?, ?, ?)",
                        (shard_id, bytes(sealed_bytes), self._clock_ms()),
                    )
                ]
            )

    def note_refusal(self, code: str | None) -> None:
        """Remember the server's refusal code of the last push (None clears it)."""
        if code is None:
            if self.get_setting(REFUSAL_KEY) is not None:
                with self._lock:
                    self._commit([("DELETE FROM settings WHERE key = ?", (REFUSAL_KEY,))])
            return
        self.set_setting(REFUSAL_KEY, code)

    def last_refusal(self) -> str | None:
        """The server's code for refusing queued labels at the last push, if it did."""
        return self.get_setting(REFUSAL_KEY)

    def purge_items(self, item_ids: Sequence[str]) -> int:
        """Erasure reached this device: block the items (no cached shard shows them again,
        see ShardGate.open) and delete their labels, with an `items.purged` journal entry
        per PURGE_CHUNK ids (ids only; a journal line stays small). Returns how many items
        were newly blocked; repeating is harmless."""
        with self._lock:
            new = sorted({str(i) for i in item_ids} - self.blocked_items())
            for start in range(0, len(new), PURGE_CHUNK):
                chunk = new[start : start + PURGE_CHUNK]
                now = self._clock_ms()
                record = self._chain.make("items.purged", {"item_ids": chunk}, ts_ms=now)
                statements: list[tuple[str, Sequence[Any]]] = []
                for item_id in chunk:
                    statements += [
                        ("INSERT INTO blocked_items (item_id, blocked_ms) VALUES (?, ?)",
                         (item_id, now)),
                        ("DELETE FROM labels WHERE item_id = ?", (item_id,)),
                    ]  # fmt: skip
                statements.append(self._journal_insert(record))
                self._commit(statements)
                self._chain.commit(record)
            return len(new)

    def blocked_items(self) -> frozenset[str]:
        """Items erased on the server: never shown, whatever cached shard holds them."""
        return frozenset(str(r[0]) for r in self._select("SELECT item_id FROM blocked_items"))

    def drop_cached_shards(self) -> int:
        """Delete every cached shard and offline-unlock verifier (revocation); returns how
        many shards went. The freed pages are overwritten (`secure_delete`)."""
        with self._lock:
            count = int(self._select("SELECT count(*) FROM shards")[0][0])
            with _translated():
                self.conn.execute("PRAGMA secure_delete = ON")
            self._commit([("DELETE FROM shards", ()), ("DELETE FROM verifiers", ())])
            return count

    def cached_shard(self, shard_id: str) -> bytes | None:
        rows = self._select("SELECT sealed FROM shards WHERE shard_id = ?", (shard_id,))
        return None if not rows else bytes(rows[0][0])

    def get_setting(self, key: str) -> str | None:
        rows = self._select("SELECT value FROM settings WHERE key = ?", (key,))
        return None if not rows else str(rows[0][0])

    def set_setting(self, key: str, value: str) -> None:
        with self._lock:
            self._commit(
                [("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))]
            )

    def set_verifier(self, user_id: str, record: str, server_auth_ms: int) -> None:
        with self._lock:
            self._commit(
                [
                    (
                        "INSERT OR REPLACE INTO verifiers (user_id, record, server_auth_ms)"
                        " VALUES (?, ?, ?)",
                        (user_id, record, server_auth_ms),
                    )
                ]
            )

    def get_verifier(self, user_id: str) -> tuple[str, int] | None:
        rows = self._select(
            "SELECT record, server_auth_ms FROM verifiers WHERE user_id = ?", (user_id,)
        )
        return None if not rows else (str(rows[0][0]), int(rows[0][1]))

    # --- checks and closing -------------------------------------------------------------

    def check_integrity(self) -> list[str]:
        """Problems found by SQLCipher's page-MAC check and SQLite's integrity check."""
        problems = [" ".join(map(str, r)) for r in self._select("PRAGMA cipher_integrity_check")]
        try:
            rows = self._select("PRAGMA integrity_check")
        except StoreError as exc:  # a page that fails its HMAC stops SQLite's own check
            return [*problems, exc.message]
        if rows != [("ok",)]:
            problems += [str(r[0]) for r in rows]
        return problems

    def close(self) -> None:
        """Raise the generation one last time (so a copy taken while open is older), then
        checkpoint the WAL into the database and close. Idempotent."""
        with self._lock:
            if self._conn is None:
                return
            try:
                self._generation_every = 1  # the next commit bumps
                self._commit([])
                with _translated():
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(
    keys: KeyStore,
    identity: DeviceIdentity,
    path: Path | None = None,
    *,
    clock_ms: Callable[[], int] = now_ms,
    verify_pages: bool = False,
) -> Store:
    """Open `identity`'s store (default location: `paths.store_path()`), its rollback
    counter kept in `keys`."""
    return Store.open(
        path or store_path(),
        identity.db_key,
        identity.device_id,
        generation_guard(keys, identity),
        signing_key=identity.signing_key,
        clock_ms=clock_ms,
        verify_pages=verify_pages,
    )


def open_vault(
    keys: KeyStore, path: Path | None = None, *, clock_ms: Callable[[], int] = now_ms
) -> tuple[DeviceIdentity, Store]:
    """Load this workstation's identity from the keyring and open its store; every
    refusal is a VaultError naming what to do."""
    identity = load_identity(keys)
    return identity, open_store(keys, identity, path, clock_ms=clock_ms)
