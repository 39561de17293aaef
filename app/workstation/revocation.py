"""Crypto-shredding a revoked device: what the workstation does on `403 device_revoked`.

The server's decision must reach the disk of the device it names. `shred_device` runs when
any call to the server answers `device_revoked` (`DeviceRevokedError`, raised by
`SyncClient` at login, sync, shard list or download). In order:

1. a final journal entry (`error`, reason `device_revoked`) is written to the store: the
   device will never upload it (the server refuses a revoked device), but a forensic copy of
   the store taken with IT's keyring backup shows when the device learnt of its revocation;
2. every cached sealed shard and every offline-unlock verifier is deleted from the store;
3. the store is closed; its file stays where it is, unreadable from step 4 on, so every
   later start finds it and says "revoked" (a new enrolment moves it aside, enrolment.py);
4. the keyring's `identity` entry is replaced by a revoked marker, then the device's
   encryption key, journal signing key, database key and store generation are deleted.

After step 4 nothing of this device opens: cached shards are sealed to the deleted
encryption key, the store is keyed with the deleted database key, so copying old files
back changes nothing. `load_identity` (every start, `cleanroom doctor`) raises
`DeviceRevokedError` naming IT's message. An offline device does this at its next contact;
until then the policy's `max_offline_s` bounds how long its shards still open.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.clock import now_ms
from app.core.errors import CleanroomError
from app.workstation.identity import IDENTITY_ENTRY, SECRET_ENTRIES
from app.workstation.keystore import GENERATION_ENTRY, KeyStore
from app.workstation.store import Store


@dataclass(frozen=True)
class Shredded:
    """What `shred_device` did: ids and counts only, for the window and the report."""

    device_id: str
    revoked_ms: int
    shards_deleted: int
    notice: str


def shred_device(
    keys: KeyStore,
    store: Store | None,
    device_id: str,
    *,
    notice: str = "",
    clock_ms: Callable[[], int] = now_ms,
) -> Shredded:
    """Crypto-shred this device (see the module docstring). Safe to call twice; never
    raises for a store that is already closed or damaged: the keys go regardless."""
    revoked_ms = clock_ms()
    shards = 0
    if store is not None:
        with contextlib.suppress(CleanroomError):  # a broken store must not keep the keys
            store.append_journal("error", {"reason": "device_revoked"})
        with contextlib.suppress(CleanroomError):
            shards = store.drop_cached_shards()
        with contextlib.suppress(CleanroomError):
            store.close()
    # The marker first: if a deletion below fails, every start still refuses this device.
    marker = {"v": 1, "device_id": device_id, "revoked_ms": revoked_ms, "notice": notice[:500]}
    keys.set(IDENTITY_ENTRY, json.dumps(marker, sort_keys=True))
    for name in (*SECRET_ENTRIES, GENERATION_ENTRY):
        keys.delete(name)
    return Shredded(device_id, revoked_ms, shards, notice)


def move_aside(path: Path, suffix: str) -> Path | None:
    """Rename a revoked device's store (and its WAL files) out of the way of a new one."""
    if not path.exists():
        return None
    target = path.with_name(f"{path.name}.{suffix}")
    os.replace(path, target)
    for extra in ("-wal", "-shm"):  # closed with a checkpoint: these are empty or gone
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{extra}")
    return target
