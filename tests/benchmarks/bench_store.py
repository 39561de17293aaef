"""Benchmark: the encrypted store against plain sqlite3 on the same schema, in one run.

    .venv/bin/python -m tests.benchmarks.bench_store [--saves 10000] [--labels 100000]

Label save = one transaction holding the label version and its journal record, committed
with WAL + synchronous=FULL; for Store that includes building and Ed25519-signing the
journal entry. The plain sqlite3 baseline writes the same two rows on the same schema with
the same pragmas, no encryption and no signature. Store open = open an existing store of N
labels (and N journal records) until it can serve reads: keying, schema check, generation
check, chain state; with and without reading every page (`verify_pages`).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from app.core.encoding import canonical_json, sha256_hex
from app.core.journal import JournalChain
from app.core.keys import SUITE_X25519, SigningKey
from app.core.labels import LabelDraft
from app.workstation.identity import DeviceIdentity, create_identity, generation_guard
from app.workstation.keystore import KeyStore
from app.workstation.migrations import MIGRATIONS, _statements
from app.workstation.store import Store
from tests.support.memkeyring import MemoryKeyring


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def open_store(path: Path, ident: DeviceIdentity, keys: KeyStore, verify: bool = True) -> Store:
    return Store.open(
        path,
        ident.db_key,
        ident.device_id,
        generation_guard(keys, ident),
        signing_key=ident.signing_key,
        verify_pages=verify,
    )


def value(n: int) -> dict[str, object]:
    return {"start": n, "end": n + 7, "tag": "SYMPTOM", "comment": f"annotator note {n}"}


def plain_open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def plain_schema(conn: sqlite3.Connection) -> None:
    for version in sorted(MIGRATIONS):
        for statement in _statements(MIGRATIONS[version]):
            conn.execute(statement)


def plain_save(conn: sqlite3.Connection, seq: int, n: int) -> None:
    body = canonical_json(value(n))
    entry = canonical_json({"seq": seq, "type": "label.saved", "value_sha256": sha256_hex(body)})
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO labels (annotation_id, version, project_id, shard_id, item_id, user_id,"
        " kind, value, created_ms, value_sha256) VALUES (?, 1, 'p', 's', 'i', 'u', 'span',"
        " ?, ?, ?)",
        (str(uuid.uuid4()), body, int(time.time() * 1000), sha256_hex(body)),
    )
    conn.execute("INSERT INTO journal (seq, record) VALUES (?, ?)", (seq, entry))
    conn.execute("COMMIT")


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def bulk_fill(store: Store, ident: DeviceIdentity, count: int) -> None:
    """Add `count` labels with signed journal records in one transaction (fast setup)."""
    chain = JournalChain(ident.signing_key, store.chain_state)
    labels, records = [], []
    for n in range(count):
        body = canonical_json(value(n))
        aid = str(uuid.uuid4())
        digest = sha256_hex(body)
        labels.append((aid, "p", "s", f"i{n % 500}", "u", "span", body, n, digest))
        data = {
            "annotation_id": aid,
            "version": 1,
            "item_id": f"i{n % 500}",
            "value_sha256": digest,
        }
        records.append(chain.append("label.saved", data, ts_ms=n))
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO labels (annotation_id, version, project_id, shard_id, item_id, user_id,"
        " kind, value, created_ms, value_sha256) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
        labels,
    )
    conn.executemany(
        "INSERT INTO journal (seq, record) VALUES (?, ?)", [(r.seq, r.to_line()) for r in records]
    )
    conn.execute("COMMIT")


def plain_bulk_fill(conn: sqlite3.Connection, count: int, first_seq: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    for n in range(count):
        body = canonical_json(value(n))
        conn.execute(
            "INSERT INTO labels (annotation_id, version, project_id, shard_id, item_id,"
            " user_id, kind, value, created_ms, value_sha256) VALUES (?, 1, 'p', 's', ?, 'u',"
            " 'span', ?, ?, ?)",
            (str(uuid.uuid4()), f"i{n % 500}", body, n, sha256_hex(body)),
        )
        conn.execute(
            "INSERT INTO journal (seq, record) VALUES (?, ?)",
            (first_seq + n, canonical_json({"seq": first_seq + n, "pad": "x" * 300})),
        )
    conn.execute("COMMIT")


def plain_reopen(path: Path, verify: bool) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("SELECT max(version) FROM schema_version").fetchone()
    if verify:
        conn.execute("PRAGMA quick_check").fetchall()
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("SELECT record FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=10_000)
    parser.add_argument("--labels", type=int, default=100_000)
    parser.add_argument("--opens", type=int, default=7)
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        keys = KeyStore("bench", MemoryKeyring(), allow_demo=True)
        ident = create_identity(keys, device_id="dev-bench", suite=SUITE_X25519)

        store = open_store(folder / "vault.db", ident, keys)
        saves = [
            timed(
                lambda n=n: store.save_label(
                    LabelDraft(
                        project_id="p", shard_id="s", item_id="i", kind="span", value=value(n)
                    ),
                    user_id="u",
                )
            )
            for n in range(args.saves)
        ]
        conn = plain_open(folder / "plain.db")
        plain_schema(conn)
        plain = [timed(lambda n=n: plain_save(conn, n + 1, n)) for n in range(args.saves)]  # type: ignore[misc]
        for name, p in (("p50", 50.0), ("p99", 99.0)):
            rows.append(
                (
                    f"label save {name} ({args.saves:,} saves)",
                    f"{pct(saves, p):.3f} ms",
                    f"{pct(plain, p):.3f} ms",
                )
            )
        rows.append(
            (
                "label saves per second",
                f"{len(saves) / sum(saves):,.0f}",
                f"{len(plain) / sum(plain):,.0f}",
            )
        )

        bulk_fill(store, ident, args.labels - args.saves)
        total = store.label_count()
        store.close()
        plain_bulk_fill(conn, args.labels - args.saves, args.saves + 1)
        conn.close()
        size = (folder / "vault.db").stat().st_size / 2**20
        for verify in (False, True):
            opens = []
            for _ in range(args.opens):
                started = time.perf_counter()
                opened = open_store(folder / "vault.db", ident, keys, verify)
                opens.append(time.perf_counter() - started)
                opened.close()
            plain_opens = [
                timed(lambda v=verify: plain_reopen(folder / "plain.db", v))  # type: ignore[misc]
                for _ in range(args.opens)
            ]
            label = "reading every page" if verify else "no page scan"
            rows.append(
                (
                    f"store open, {total:,} labels, {label} (median)",
                    f"{statistics.median(opens) * 1000:.1f} ms",
                    f"{statistics.median(plain_opens) * 1000:.1f} ms",
                )
            )
        key_check = SigningKey.generate()
        sign = [timed(lambda: key_check.sign(b"x" * 32)) for _ in range(2000)]
        rows.append(("Ed25519 sign alone p50", f"{pct(sign, 50):.3f} ms", "-"))
        print(f"Store file with {total:,} labels: {size:.1f} MiB\n")
    print("| operation | Store (SQLCipher + signed journal) | plain sqlite3 (same schema) |")
    print("|---|---|---|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} |")


if __name__ == "__main__":
    main()
