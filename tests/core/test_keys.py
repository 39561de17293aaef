"""Keys in their raw wire forms, kids over those bytes, and the device secret file."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.encoding import b64u_encode
from app.core.errors import KeyMaterialError
from app.core.keys import (
    SUITE_HYBRID,
    SUITE_X25519,
    DeviceEncryptionKey,
    DevicePublicKey,
    DeviceSecret,
    SigningKey,
    VerifyKey,
    hpke_suite,
)
from tests.support.vector_files import SHARDS, read


@pytest.mark.parametrize(("suite", "length"), [(SUITE_HYBRID, 1216), (SUITE_X25519, 32)])
def test_device_public_form_and_kid(suite: str, length: int) -> None:
    key = DeviceEncryptionKey.generate(suite)
    public = key.public_key()
    assert len(public.raw) == length
    assert public.kid == hashlib.sha256(public.raw).hexdigest()[:16]
    assert DevicePublicKey.from_raw(public.raw) == public


def test_vector_device_secrets_give_the_recipient_kids() -> None:
    for vector in SHARDS.values():
        assert vector.device_key.public_key().kid == vector.header["recipient"]["kid"]
        assert vector.device_key.suite == vector.header["recipient"]["suite"]


@pytest.mark.parametrize("name", ["device_hybrid_secret.json", "device_x25519_secret.json"])
def test_device_secret_file_round_trips(name: str) -> None:
    key = DeviceEncryptionKey.from_secret_bytes(read(name))
    assert key.to_secret_bytes() + b"\n" == read(name)
    secret = json.loads(read(name))
    assert ("mlkem768_seed" in secret) == (secret["suite"] == SUITE_HYBRID)


def test_hybrid_secret_rebuilds_the_same_public_key() -> None:
    key = DeviceEncryptionKey.generate(SUITE_HYBRID)
    again = DeviceEncryptionKey.from_secret(key.to_secret())
    assert again.public_key() == key.public_key()
    ct = hpke_suite(SUITE_HYBRID).encrypt(b"k" * 32, key.public_key().hpke_public(), info=b"i")
    assert hpke_suite(SUITE_HYBRID).decrypt(ct, again.hpke_private(), info=b"i") == b"k" * 32


@pytest.mark.parametrize(
    "secret",
    [
        None,
        [],
        {},
        {"suite": "rsa", "x25519": b64u_encode(bytes(32))},
        {"suite": SUITE_X25519, "x25519": b64u_encode(bytes(31))},
        {"suite": SUITE_X25519, "x25519": b64u_encode(bytes(32)) + "="},
        {"suite": SUITE_X25519, "x25519": b64u_encode(bytes(32)),
         "mlkem768_seed": b64u_encode(bytes(64))},
        {"suite": SUITE_HYBRID, "x25519": b64u_encode(bytes(32))},
        {"suite": SUITE_HYBRID, "x25519": b64u_encode(bytes(32)),
         "mlkem768_seed": b64u_encode(bytes(32))},
    ],
)  # fmt: skip
def test_malformed_device_secrets_are_key_material_errors(secret: object) -> None:
    with pytest.raises(KeyMaterialError):
        DeviceEncryptionKey.from_secret(secret)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_secret_files_raise_only_key_material_errors(data: bytes) -> None:
    with pytest.raises(KeyMaterialError):
        DeviceEncryptionKey.from_secret_bytes(data)


def test_device_secret_carries_an_optional_device_id() -> None:
    key = DeviceEncryptionKey.generate(SUITE_X25519)
    with_id = DeviceSecret.from_bytes(key.to_secret_bytes("d-1"))
    assert with_id.device_id == "d-1"
    assert with_id.key.public_key() == key.public_key()
    assert with_id.to_bytes() == key.to_secret_bytes("d-1")
    assert json.loads(with_id.to_bytes())["device_id"] == "d-1"
    old = DeviceSecret.from_bytes(key.to_secret_bytes())  # a file from before device_id
    assert old.device_id is None
    assert "device_id" not in json.loads(old.to_bytes())


@pytest.mark.parametrize("device_id", ["", 7, None, ["d-1"]])
def test_a_malformed_device_id_is_refused(device_id: object) -> None:
    secret = dict(DeviceEncryptionKey.generate(SUITE_X25519).to_secret(), device_id=device_id)
    with pytest.raises(KeyMaterialError):
        DeviceSecret.from_bytes(json.dumps(secret).encode())


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=300)
    | st.builds(
        lambda d: json.dumps(d).encode(),
        st.dictionaries(
            st.sampled_from(["suite", "x25519", "device_id"]), st.none() | st.text(max_size=8)
        ),
    )
)
def test_random_device_secret_files_raise_only_key_material_errors(data: bytes) -> None:
    with pytest.raises(KeyMaterialError):
        DeviceSecret.from_bytes(data)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=1300))
def test_random_public_keys_raise_only_key_material_errors(data: bytes) -> None:
    try:
        public = DevicePublicKey.from_raw(data)
        public.hpke_public()
    except KeyMaterialError:
        return
    assert len(data) in (32, 1216)


def test_ed25519_sign_verify_and_kid() -> None:
    key = SigningKey.generate()
    public = key.verify_key()
    assert public.kid == hashlib.sha256(public.raw).hexdigest()[:16]
    sig = key.sign(b"m")
    assert public.verify(sig, b"m")
    assert not public.verify(sig, b"n")
    assert not public.verify(sig[:-1], b"m")
    assert not public.verify(bytes(64), b"m")
    assert VerifyKey.from_b64u(public.b64u()) == public
    assert SigningKey.from_raw(key.raw()).verify_key() == public


@pytest.mark.parametrize("text", ["", "AA", b64u_encode(bytes(31)), b64u_encode(bytes(32)) + "="])
def test_bad_verify_keys_are_key_material_errors(text: str) -> None:
    with pytest.raises(KeyMaterialError):
        VerifyKey.from_b64u(text)


def test_unknown_suite_is_refused() -> None:
    with pytest.raises(KeyMaterialError):
        hpke_suite("hpke-p256-sha256-aes128gcm")
    with pytest.raises(KeyMaterialError):
        DeviceEncryptionKey.generate("hpke-p256-sha256-aes128gcm")
