"""The doctor's checks on a real store: a tampered policy, a long offline spell and a policy
that requires capture protection on a platform without it fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.keys import SigningKey
from app.core.policy import sign_policy
from app.workstation.capture import capture_capabilities
from app.workstation.doctor import FAIL, OK, WARN, Doctor
from app.workstation.identity import DeviceIdentity
from app.workstation.keystore import KeyStore
from app.workstation.store import Store
from tests.core.test_policy import POLICY
from tests.workstation.conftest import Clock


def _by_name(doctor: Doctor) -> dict[str, str]:
    return {c.name: c.status for c in doctor.run()}


def test_doctor_checks_policy_and_offline_age(
    tmp_path: Path, keys: KeyStore, identity: DeviceIdentity, store: Store, clock: Clock
) -> None:
    store.append_journal("enrolled", {"signing_kid": identity.signing_key.kid})
    store.set_last_sync_ms(clock.now_ms())
    store.close()
    org = SigningKey.generate()
    policy_file = tmp_path / "policy.json"
    policy_file.write_bytes(sign_policy(POLICY, org))

    def doctor() -> Doctor:
        return Doctor(
            keys=lambda: keys, store_file=store.path, policy_file=policy_file,
            org_key=org.verify_key(), clock_ms=clock.now_ms,
        )  # fmt: skip

    checks = _by_name(doctor())
    assert checks.pop("screen capture") == (OK if capture_capabilities().can_exclude else FAIL)
    assert checks | {"process hardening": OK} == dict.fromkeys(
        ["process hardening", "Qt runtime", "policy", "device identity", "encrypted store",
         "journal", "sync"], OK,
    )  # fmt: skip

    sync = next(c for c in doctor().run() if c.name == "sync")
    assert sync.detail.endswith("0 labels and 1 journal entries wait in the outbox")

    clock.advance(POLICY["max_offline_s"] + 1)
    assert _by_name(doctor())["sync"] == FAIL
    clock.advance(-2 * (POLICY["max_offline_s"] + 1))  # set back before the last sync
    sync = next(c for c in doctor().run() if c.name == "sync")
    assert (sync.status, sync.detail[:40]) == (FAIL, "the last sync is later than this clock (")

    loosened = f'"idle_lock_s":{POLICY["idle_lock_s"] * 10}'.encode()
    signed = policy_file.read_bytes()
    policy_file.write_bytes(
        signed.replace(f'"idle_lock_s":{POLICY["idle_lock_s"]}'.encode(), loosened)
    )
    assert policy_file.read_bytes() != signed
    assert _by_name(doctor())["policy"] == FAIL


@pytest.mark.skipif(capture_capabilities().can_exclude, reason="this platform can exclude")
def test_required_capture_protection_fails_where_the_platform_cannot_give_it(
    tmp_path: Path, keys: KeyStore, store: Store
) -> None:
    store.close()
    org = SigningKey.generate()
    for mode, expected in (("required", FAIL), ("best_effort", WARN)):
        policy_file = tmp_path / f"{mode}.json"
        policy_file.write_bytes(sign_policy(dict(POLICY, capture_protection=mode), org))
        doctor = Doctor(
            keys=lambda: keys, store_file=store.path, policy_file=policy_file,
            org_key=org.verify_key(),
        )  # fmt: skip
        check = next(c for c in doctor.run() if c.name == "screen capture")
        assert check.status == expected
        assert ("cannot give" in check.detail) == (mode == "required")
