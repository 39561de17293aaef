"""What the view tests share: a real SQLCipher store (in-memory test keyring), the sink
over it, and the pieces of an open item. Never shipped (lives under tests/)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.core.keys import SUITE_X25519
from app.workstation.identity import create_identity, generation_guard
from app.workstation.keystore import KeyStore
from app.workstation.store import Store
from tests.workstation.memkeyring import MemoryKeyring

USER = "ann.one"
PROJECT, SHARD = "proj-1", "shard-1"
SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "snapshots"


@contextmanager
def real_store(tmp_path: Path) -> Iterator[Store]:
    """A real SQLCipher file in tmp_path, keyed from an in-memory keyring."""
    keys = KeyStore("cleanroom-test", MemoryKeyring())
    identity = create_identity(keys, device_id="dev-ui-1", suite=SUITE_X25519)
    now = [1_800_000_000_000]

    def tick() -> int:  # distinct, increasing times keep versions in order
        now[0] += 1
        return now[0]

    store = Store.open(
        tmp_path / "vault.db", identity.db_key, identity.device_id,
        generation_guard(keys, identity), signing_key=identity.signing_key, clock=tick,
    )  # fmt: skip
    try:
        yield store
    finally:
        store.close()


def journal_types(store: Store) -> list[str]:
    return [r.entry["type"] for r in store.journal_records()]


def updating_snapshots() -> bool:
    return os.environ.get("CLEANROOM_UPDATE_SNAPSHOTS") == "1"


def values(store: Store, item_id: str, kind: str | None = None) -> list[dict[str, Any]]:
    return [v.value for v in store.labels_for_item(item_id) if kind is None or v.kind == kind]
