"""A full workstation session on a shard whose items carry canary strings (child process).

Run by tests/security/test_no_plaintext_on_disk.py with HOME, TMPDIR and
CLEANROOM_DATA_DIR inside the test's folder. It pauses after saving (prints `CHECKPOINT`
and waits for a line on stdin) so the parent can scan while the store and its WAL are
open, then locks, unlocks offline, exports the journal, logs out, closes and prints `DONE`.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time

from app.core.keys import SUITE_HYBRID
from app.core.labels import LabelDraft
from app.core.memory import wipe
from app.core.shard import ItemInput
from app.workstation.errors import LogPolicyError, UnlockError
from app.workstation.hygiene import harden_process
from app.workstation.identity import create_identity, generation_guard
from app.workstation.keystore import KeyStore
from app.workstation.paths import data_dir, store_path
from app.workstation.safelog import install, log_event
from app.workstation.session import Session
from app.workstation.shard_gate import ShardGate
from app.workstation.store import Store
from tests.support.memkeyring import MemoryKeyring
from tests.support.shards import make_shard

CANARY_ITEM = "CANARY-ITEM-Zebulon-Quixote-Patient-7731"
CANARY_ITEM_2 = "CANARY-SECOND-Xiomara-Vantablack-MRN-99120"
CANARY_INSTRUCTIONS = "CANARY-INSTRUCTIONS-Pellucid-Marmoset-442"
CANARY_COMMENT = "CANARY-COMMENT-Ozymandias-Fennec-0601"
CANARY_PASSWORD = "CANARY-PASSWORD-Tessellate-Gorgon-515"
CANARIES = (CANARY_ITEM, CANARY_ITEM_2, CANARY_INSTRUCTIONS, CANARY_COMMENT, CANARY_PASSWORD)


class Clock:
    def __init__(self) -> None:
        self.s = time.time()

    def now_s(self) -> float:
        return self.s

    def now_ms(self) -> int:
        return int(self.s * 1000)


def main() -> None:
    harden_process()
    folder = data_dir()
    install(logging.FileHandler(folder / "cleanroom.log"))
    clock = Clock()
    keys = KeyStore("cleanroom", MemoryKeyring(), allow_demo=True)
    identity = create_identity(keys, device_id="dev-canary")  # hybrid, as shipped
    now = int(clock.now_s())
    items = [
        ItemInput("item-1", "text", "text/plain", f"Note: {CANARY_ITEM} seen today.".encode()),
        ItemInput("item-2", "text", "text/plain", CANARY_ITEM_2.encode("utf-16-le")),
    ]
    built = make_shard(
        identity.device_id, identity.encryption_key.public_key(), items=items,
        schema={"classes": ["a", "b"]}, instructions=CANARY_INSTRUCTIONS, now=now,
        shard_id="shard-1", project_id="proj-1",
    )  # fmt: skip
    sealed = built.sealed
    del items
    store = Store.open(
        store_path(),
        identity.db_key,
        identity.device_id,
        generation_guard(keys, identity),
        signing_key=identity.signing_key,
        clock_ms=clock.now_ms,
    )
    log_event("store.opened", generation=store.generation)

    def online_auth(user_id: str, password: str, totp: str) -> None:
        if password != CANARY_PASSWORD or totp != "123456":
            raise UnlockError()

    session = Session(
        store, idle_lock_s=300, max_offline_s=3600, clock_s=clock.now_s,
        online_auth=online_auth, scrypt_n=2**14,
    )  # fmt: skip
    session_id = session.login("u1", CANARY_PASSWORD, "123456")
    store.cache_shard("shard-1", sealed)
    store.append_journal("shard.received", {"shard_id": "shard-1"}, "u1", session_id)
    cached = store.cached_shard("shard-1")
    assert cached is not None
    # As the window will: the last sync's time from the store, the shard through the gate.
    store.set_last_sync_ms(clock.now_ms())
    gate = ShardGate(built.issuer_keys, identity.device_id, (SUITE_HYBRID,), 3600)
    opened = gate.open(
        cached, identity.encryption_key, last_sync_ms=store.last_sync_ms(), now_ms=clock.now_ms()
    )
    session.register_shard(opened)
    store.append_journal("shard.opened", {"shard_id": "shard-1", "items": 2}, "u1", session_id)
    log_event("shard.opened", shard_id="shard-1", items=2)
    buffers = []
    for item in opened.manifest.items:
        buffer = opened.read_item(item.item_id)
        session.register_buffer(buffer)
        buffers.append(buffer)
        store.append_journal("item.viewed", {"item_id": item.item_id}, "u1", session_id)
        log_event("item.viewed", item_id=item.item_id)
    assert CANARY_ITEM.encode() in buffers[0]
    # Mistakes a developer could make: both must leave no trace in the log file.
    logging.getLogger("cleanroom.ui").warning("showing %s", bytes(buffers[0]).decode())
    with contextlib.suppress(LogPolicyError):
        log_event("label.saved", comment=CANARY_COMMENT)
    previous = None
    for n in range(40):
        label = store.save_label(
            LabelDraft(
                project_id="proj-1",
                shard_id="shard-1",
                item_id="item-1",
                kind="span",
                value={
                    "start": n,
                    "end": n + 5,
                    "tag": "NAME",
                    "comment": f"{CANARY_COMMENT} #{n}",
                },
                annotation_id=previous if n % 2 else None,
            ),
            user_id="u1",
            session_id=session_id,
        )
        previous = label.annotation_id
        log_event("label.saved", annotation_id=label.annotation_id, version=label.version)
    print("CHECKPOINT", flush=True)
    sys.stdin.readline()

    clock.s += 301
    assert session.check_idle()
    assert all(not any(b) for b in buffers), "lock must wipe the item buffers"
    session.unlock_offline(CANARY_PASSWORD)
    (folder / "journal-export.jsonl").write_bytes(store.export_journal_jsonl())
    session.logout()
    for buffer in buffers:
        wipe(buffer)
    store.close()
    log_event("store.closed")
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
