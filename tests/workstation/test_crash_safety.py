"""Crash safety: SIGKILL a process saving labels, many times; nothing it reported is lost.

Every label whose save returned (the child prints it only then) must be in the store after
the kill, the journal chain must still verify, and SQLCipher's page MACs and SQLite's
integrity check must pass. The parent reopens the store between kills, so the generation
counter is exercised across crashes too (a crash must never look like a restored copy).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.journal import verify_jsonl, verify_records
from app.core.keys import SUITE_X25519
from app.workstation.identity import create_identity, generation_guard
from app.workstation.keystore import DemoFileKeyring, KeyStore
from app.workstation.store import Store
from tests.support.crash_child import SERVICE

REPO = Path(__file__).resolve().parents[2]
KILLS = 20


def _start(folder: Path, seed: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_child", str(folder), str(seed)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_labels_survive_sigkill(tmp_path: Path) -> None:
    keys = KeyStore(SERVICE, DemoFileKeyring(tmp_path), allow_demo=True)
    identity = create_identity(keys, device_id="dev-crash", suite=SUITE_X25519)
    guard = generation_guard(keys, identity)
    verify_key = identity.signing_key.verify_key()
    rng = random.Random(4)  # fixed, so a failure can be replayed
    saved: set[tuple[str, int]] = set()
    state = None
    for round_number in range(KILLS):
        child = _start(tmp_path, round_number)
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        # Only whole lines: the kill may cut the last one short.
        for line in out.split(b"\n")[:-1]:
            annotation_id, version = line.decode().split()
            saved.add((annotation_id, int(version)))

        store = Store.open(
            tmp_path / "vault.db",
            identity.db_key,
            identity.device_id,
            guard,
            signing_key=identity.signing_key,
        )
        try:
            assert store.check_integrity() == []
            stored = {(label.annotation_id, label.version) for label in store.pending_labels(10**9)}
            assert saved <= stored, f"round {round_number}: lost {sorted(saved - stored)[:3]}"
            # Verify the new part of the chain from where the last round left it.
            new = store.journal_records(after_seq=0 if state is None else state.seq)
            if state is None and new:
                state = verify_jsonl(b"".join(r.to_line() + b"\n" for r in new), verify_key)
            elif new:
                state = verify_records(new, verify_key, state)
        finally:
            store.close()
    assert len(saved) > KILLS, len(saved)  # the child did save between kills
    print(f"{len(saved)} labels saved across {KILLS} kills")
    store = Store.open(
        tmp_path / "vault.db",
        identity.db_key,
        identity.device_id,
        guard,
        signing_key=identity.signing_key,
    )
    try:
        final = verify_jsonl(store.export_journal_jsonl(), verify_key)
        assert final.seq == store.chain_state.seq
    finally:
        store.close()
