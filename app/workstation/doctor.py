"""`cleanroom doctor`: IT's health check of one workstation, run on the workstation.

Each check answers one question and says what IT must do when the answer is no. The doctor
reads; the only write is the store's generation counter, raised on open as at every start.
Nothing it reports is task content: counts, ids, key ids and reasons only.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.core.clock import now_ms
from app.core.errors import CleanroomError
from app.core.journal import to_jsonl, verify_jsonl
from app.core.keys import VerifyKey
from app.core.policy import Policy, verify_policy
from app.workstation.capture import CAPTURE_REQUIRED, capture_capabilities, content_allowed
from app.workstation.hygiene import harden_process
from app.workstation.identity import DeviceIdentity, load_identity
from app.workstation.keystore import KeyStore
from app.workstation.shard_gate import ShardGate
from app.workstation.store import Store, open_store

OK: Final = "ok"
WARN: Final = "warn"
FAIL: Final = "FAIL"


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # OK | WARN | FAIL
    detail: str


@dataclass
class Doctor:
    """Runs the checks in order; a failed check skips the ones that need its result."""

    keys: Callable[[], KeyStore]
    store_file: Path
    policy_file: Path | None = None
    org_key: VerifyKey | None = None
    clock_ms: Callable[[], int] = now_ms

    def run(self) -> list[Check]:
        checks = [self._hardening(), self._qt()]
        policy, check = self._policy()
        checks += [check, self._capture(policy)]
        try:
            keys = self.keys()
            identity = load_identity(keys)
        except CleanroomError as exc:
            return [*checks, Check("device identity", FAIL, exc.message)]
        checks.append(
            Check(
                "device identity",
                OK,
                f"{identity.device_id}; keyring {type(keys.backend).__name__}, "
                f"encryption {identity.encryption_key.public_key().suite}",
            )
        )
        return checks + self._store(keys, identity, policy)

    def _hardening(self) -> Check:
        done = harden_process()
        if done.core_dumps_disabled:
            return Check("process hardening", OK, "core dumps off, private umask")
        return Check("process hardening", WARN, "core dumps could not be disabled here")

    @staticmethod
    def _qt() -> Check:
        if importlib.util.find_spec("PySide6") is None:
            return Check("Qt runtime", FAIL, "PySide6 is not installed; reinstall the build")
        return Check("Qt runtime", OK, "PySide6 present")

    @staticmethod
    def _capture(policy: Policy | None) -> Check:
        """What this platform can do against screen capture (the window applies it when it
        shows), and whether the policy accepts that: `capture_protection: required` where
        no exclusion exists means the window will show no content."""
        report = capture_capabilities()
        line = f"{report.platform}: {report.detail}"
        if report.can_exclude:
            return Check("screen capture", OK, line)
        if policy is not None and policy.capture_protection == CAPTURE_REQUIRED:
            return Check("screen capture", FAIL, content_allowed(CAPTURE_REQUIRED, report)[1])
        return Check("screen capture", WARN, line)

    def _policy(self) -> tuple[Policy | None, Check]:
        if self.policy_file is None or self.org_key is None:
            return None, Check("policy", WARN, "not checked (give --policy and --org-key)")
        try:
            raw = self.policy_file.read_bytes()
        except OSError as exc:
            return None, Check("policy", FAIL, f"cannot read {self.policy_file}: {exc.strerror}")
        try:
            policy = verify_policy(raw, {self.org_key.kid: self.org_key})
        except CleanroomError as exc:
            return None, Check("policy", FAIL, exc.message)
        return policy, Check("policy", OK, f"signed by {self.org_key.kid}")

    def _store(
        self, keys: KeyStore, identity: DeviceIdentity, policy: Policy | None
    ) -> list[Check]:
        try:
            store = open_store(keys, identity, self.store_file, verify_pages=True)
        except CleanroomError as exc:
            return [Check("encrypted store", FAIL, exc.message)]
        with store:
            problems = store.check_integrity()
            return [
                Check(
                    "encrypted store",
                    FAIL if problems else OK,
                    "; ".join(problems[:3])
                    or f"{self.store_file.name}: {store.label_count()} labels, "
                    f"generation {store.generation}",
                ),
                self._journal(store, identity),
                self._sync(store, policy),
            ]

    @staticmethod
    def _journal(store: Store, identity: DeviceIdentity) -> Check:
        records = store.journal_records()
        try:
            state = verify_jsonl(to_jsonl(records), identity.signing_key.verify_key())
        except CleanroomError as exc:
            return Check("journal", FAIL, exc.message)
        if not records or records[0].entry["type"] != "enrolled":
            return Check("journal", WARN, f"{state.seq} entries; does not start with 'enrolled'")
        return Check("journal", OK, f"{state.seq} entries, chain and signatures verify")

    def _sync(self, store: Store, policy: Policy | None) -> Check:
        labels, records = store.outbox_counts()
        waiting = f"{labels} labels and {records} journal entries wait in the outbox"
        refusal = store.last_refusal()
        if refusal is not None and labels:
            return Check(
                "sync",
                FAIL,
                f"the server refused queued labels ({refusal}) at the last sync; they stay "
                f"in the outbox for IT to look at (the journal still uploads); {waiting}",
            )
        last = store.last_sync_ms()
        if last is None:
            return Check("sync", WARN, f"never synced; {waiting}")
        now = self.clock_ms()
        if now < last:
            return Check(
                "sync", FAIL, f"the last sync is later than this clock (set back?); {waiting}"
            )
        age_s = (now - last) // 1000
        # The gate's own decision, so the doctor never disagrees with what the window does.
        gate = None if policy is None else ShardGate.from_policy(policy, store.device_id)
        if gate is not None and not gate.may_open(last, now):
            return Check(
                "sync",
                FAIL,
                f"last sync {age_s} s ago, over the policy's {gate.max_offline_s} s; "
                f"shards stay closed until it syncs; {waiting}",
            )
        return Check("sync", OK, f"last sync {age_s} s ago; {waiting}")


def format_checks(checks: list[Check]) -> str:
    width = max(len(c.name) for c in checks)
    lines = [f"{c.status:<4}  {c.name:<{width}}  {c.detail}" for c in checks]
    failed = sum(c.status == FAIL for c in checks)
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    lines.append(f"\n{stamp}: {failed} check(s) failed" if failed else f"\n{stamp}: all good")
    return "\n".join(lines)
