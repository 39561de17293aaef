"""Child process for the crash-safety test: saves labels until it is killed.

Usage: python -m tests.support.crash_child FOLDER SEED
Prints `annotation_id version` after each save returned (flushed), so every printed line
is a save the store reported as committed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from app.core.labels import LabelDraft
from app.workstation.identity import generation_guard, load_identity
from app.workstation.keystore import DemoFileKeyring, KeyStore
from app.workstation.store import Store

SERVICE = "cleanroom-crash-test"


def main(folder: Path, seed: int) -> None:
    keys = KeyStore(SERVICE, DemoFileKeyring(folder), allow_demo=True)
    identity = load_identity(keys)
    store = Store.open(
        folder / "vault.db",
        identity.db_key,
        identity.device_id,
        generation_guard(keys, identity),
        signing_key=identity.signing_key,
        generation_every=16,
    )
    rng = random.Random(seed)
    mine: dict[str, str] = {}  # annotation_id -> item_id
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        previous = rng.choice(list(mine)) if mine and rng.random() < 0.3 else None
        label = store.save_label(
            LabelDraft(
                project_id="p1",
                shard_id="s1",
                item_id=mine[previous] if previous else f"item-{n % 7}",
                kind="class",
                value={"class": f"c{n % 5}", "n": n},
                annotation_id=previous,
            ),
            user_id="u1",
        )
        if previous is None:
            mine[label.annotation_id] = label.item_id
        if n % 25 == 0:
            store.append_journal("item.viewed", {"item_id": f"item-{n % 7}"}, "u1", None)
        print(label.annotation_id, label.version, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
