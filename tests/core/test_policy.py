"""`cleanroom-policy/1`: sign and verify (DESIGN.md §7)."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.encoding import b64u_decode, b64u_encode, canonical_json
from app.core.errors import EncodingError, PolicyError, PolicySignatureError, PolicyValueError
from app.core.keys import SigningKey
from app.core.policy import Policy, sign_policy, verify_policy
from tests.support.vector_files import EXPECTED, ORG, ORG_KEYS, read, signing_key

POLICY = EXPECTED["policy"]["policy"]


def test_signature_is_ed25519_over_cj_of_the_policy() -> None:
    envelope = json.loads(read("policy.json"))
    assert envelope["kid"] == ORG.kid
    assert ORG.verify(b64u_decode(envelope["sig"]), canonical_json(envelope["policy"]))
    assert sign_policy(POLICY, signing_key("org_key.json")) + b"\n" == read("policy.json")


def test_sign_then_verify_round_trip_with_a_new_key() -> None:
    key = SigningKey.generate()
    policy = verify_policy(sign_policy(POLICY, key), {key.kid: key.verify_key()})
    assert policy.raw == POLICY
    assert policy.watermark.opacity == 12
    assert policy.capture_protection == "required"


def test_sign_policy_refuses_an_invalid_policy() -> None:
    with pytest.raises(PolicyValueError):
        sign_policy(dict(POLICY, capture_protection="off"), SigningKey.generate())


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("idle_lock_s", 10**9),
        ("server_url", "https://evil.example"),
        ("allowed_shard_suites", ["hpke-x25519-sha256-aes256gcm"]),
        ("watermark", {"visible": False, "forensic": False, "opacity": 0}),
    ],
)
def test_any_changed_setting_breaks_the_signature(field: str, value: object) -> None:
    envelope = json.loads(read("policy.json"))
    envelope["policy"][field] = value
    with pytest.raises(PolicySignatureError):
        verify_policy(canonical_json(envelope), ORG_KEYS)


def test_every_single_bit_flip_of_the_vector_policy_is_rejected() -> None:
    data = read("policy.json")
    accepted = []
    for index in range(len(data) - 1):  # the final newline is outside the JSON
        for bit in range(8):
            flipped = bytearray(data)
            flipped[index] ^= 1 << bit
            try:
                verify_policy(bytes(flipped), ORG_KEYS)
            except PolicyError:
                continue
            accepted.append((index, bit))
    # A flip may only survive where JSON itself ignores it (inter-token whitespace never
    # occurs in canonical JSON, so nothing may survive).
    assert accepted == []


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace")))
def test_random_bytes_raise_only_policy_errors(data: bytes) -> None:
    with pytest.raises(PolicyError):
        verify_policy(data, ORG_KEYS)


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(st.sampled_from(sorted(POLICY)), st.none() | st.integers() | st.text(max_size=4)
                    | st.lists(st.text(max_size=3), max_size=2), max_size=len(POLICY))
)  # fmt: skip
def test_random_settings_signed_by_the_org_raise_only_policy_errors(
    overrides: dict[str, object],
) -> None:
    key = SigningKey.generate()
    policy = dict(POLICY, **overrides)
    envelope = {"policy": policy, "kid": key.kid, "sig": ""}
    envelope["sig"] = b64u_encode(key.sign(canonical_json(policy)))
    with contextlib.suppress(PolicyValueError):  # a valid combination is fine too
        verify_policy(canonical_json(envelope), {key.kid: key.verify_key()})


def test_a_float_in_the_policy_is_refused_at_signing() -> None:
    # Regression: sign_policy used to sign floats that verify_policy cannot parse.
    with pytest.raises(EncodingError):
        sign_policy(dict(POLICY, extra_ratio=0.5), SigningKey.generate())


def test_server_keys_are_typed_and_only_pinned_kids_kept() -> None:
    pinned, unpinned = SigningKey.generate(), SigningKey.generate()
    settings = dict(
        POLICY,
        server_kids=[pinned.kid],
        server_keys={k.kid: k.verify_key().b64u() for k in (pinned, unpinned)},
    )
    policy = Policy.from_json(settings)
    assert dict(policy.server_keys) == {pinned.kid: pinned.verify_key()}
    assert Policy.from_json(dict(POLICY)).server_keys == {}  # optional


@pytest.mark.parametrize(
    "server_keys",
    [
        [],
        {"k": 1},
        {"k": "not-base64url!"},
        {"k": b64u_encode(bytes(31))},
        # The key of another kid: a policy must not mislabel a key.
        {"0000000000000000": SigningKey.generate().verify_key().b64u()},
    ],
)
def test_malformed_server_keys_are_refused(server_keys: object) -> None:
    with pytest.raises(PolicyValueError):
        Policy.from_json(dict(POLICY, server_keys=server_keys))


@given(st.dictionaries(st.text(max_size=20), st.none() | st.text(max_size=50), max_size=3))
def test_random_server_keys_raise_only_policy_value_errors(raw: dict[str, object]) -> None:
    with contextlib.suppress(PolicyValueError):
        Policy.from_json(dict(POLICY, server_keys=raw))
