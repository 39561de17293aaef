"""The shard gate: offline limit, pinned keys, device and suites, decided without I/O."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import ShardIssuerError, ShardRecipientError, ShardSuiteError
from app.core.keys import SUITE_HYBRID, SUITE_X25519, DeviceEncryptionKey, SigningKey
from app.core.policy import Policy
from app.workstation.errors import SyncOfflineError
from app.workstation.shard_gate import ShardGate
from tests.support.shards import NOW, make_shard
from tests.support.vector_files import EXPECTED

LIMIT_S = 3600
NOW_MS = NOW * 1000
DEVICE = DeviceEncryptionKey.generate(SUITE_X25519)
ISSUER = SigningKey.generate()
SHARD = make_shard("d1", DEVICE.public_key(), issuer=ISSUER)


def gate(device_id: str = "d1", suites: tuple[str, ...] = (SUITE_X25519,)) -> ShardGate:
    keys = {ISSUER.kid: ISSUER.verify_key()}
    return ShardGate(keys, device_id, suites, LIMIT_S)


def test_opens_within_the_offline_limit_up_to_its_last_millisecond() -> None:
    g = gate()
    synced = NOW_MS - LIMIT_S * 1000
    assert g.may_open(synced, NOW_MS)
    assert g.offline_left_ms(synced, NOW_MS) == 1
    shard = g.open(SHARD.sealed, DEVICE, last_sync_ms=synced, now_ms=NOW_MS)
    assert shard.header.shard_id == "s1"
    assert bytes(shard.read_item("i1")) == b"item text"


def test_refuses_one_millisecond_past_the_limit() -> None:
    g = gate()
    synced = NOW_MS - LIMIT_S * 1000 - 1
    assert not g.may_open(synced, NOW_MS)
    assert g.offline_left_ms(synced, NOW_MS) == 0
    with pytest.raises(SyncOfflineError):
        g.open(SHARD.sealed, DEVICE, last_sync_ms=synced, now_ms=NOW_MS)


def test_never_synced_or_a_sync_in_the_future_is_closed() -> None:
    g = gate()
    for last in (None, NOW_MS + 1):
        assert not g.may_open(last, NOW_MS)
        assert g.offline_left_ms(last, NOW_MS) <= 0
        with pytest.raises(SyncOfflineError):
            g.open(SHARD.sealed, DEVICE, last_sync_ms=last, now_ms=NOW_MS)


@given(st.none() | st.integers(0, 2 * NOW_MS), st.integers(0, 2 * NOW_MS))
def test_may_open_is_offline_left_above_zero(last: int | None, now: int) -> None:
    g = gate()
    assert g.may_open(last, now) == (g.offline_left_ms(last, now) > 0)


def test_a_shard_for_another_device_is_refused() -> None:
    with pytest.raises(ShardRecipientError):
        gate(device_id="d2").open(SHARD.sealed, DEVICE, last_sync_ms=NOW_MS, now_ms=NOW_MS)


def test_a_shard_from_an_unpinned_key_is_refused() -> None:
    other = make_shard("d1", DEVICE.public_key())  # a fresh issuer the gate does not know
    with pytest.raises(ShardIssuerError):
        gate().open(other.sealed, DEVICE, last_sync_ms=NOW_MS, now_ms=NOW_MS)


def test_a_suite_the_policy_does_not_allow_is_refused() -> None:
    with pytest.raises(ShardSuiteError):
        gate(suites=(SUITE_HYBRID,)).open(SHARD.sealed, DEVICE, last_sync_ms=NOW_MS, now_ms=NOW_MS)


def test_from_policy_keeps_only_pinned_server_keys() -> None:
    pinned, unpinned = SigningKey.generate(), SigningKey.generate()
    settings = dict(
        EXPECTED["policy"]["policy"],
        server_kids=[pinned.kid],
        server_keys={k.kid: k.verify_key().b64u() for k in (pinned, unpinned)},
    )
    policy = Policy.from_json(settings)
    g = ShardGate.from_policy(policy, "d1")
    assert set(g.server_keys) == {pinned.kid}
    assert (g.device_id, g.max_offline_s) == ("d1", policy.max_offline_s)
    assert g.allowed_suites == policy.allowed_shard_suites
