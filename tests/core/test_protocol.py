"""The login proof is a wire contract: a fixed vector, checked with raw `cryptography`."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.keys import SigningKey
from app.core.protocol import login_proof_message

# Fixed key (bytes 0..31), user, device and time; recorded 2026-11-26 from this code and
# checked below against the raw Ed25519 primitive. Change only with a login format bump.
SEED = bytes(range(32))
MESSAGE = (
    b'{"device_id":"dev-0001","purpose":"cleanroom-login/1",'
    b'"ts_ms":1764000000000,"username":"demo.annotator"}'
)
SIGNATURE_HEX = (
    "09df0d021f6c8a570bf5e264ae3030c045c4284218ed45b9f1c3439d5eaae2d0"
    "a63fc4f8ab384da31a8d894482e3779dc95df00c0f448b8b47e472d089e6e301"
)


def test_login_proof_message_is_the_recorded_bytes() -> None:
    assert login_proof_message("demo.annotator", "dev-0001", 1764000000000) == MESSAGE


def test_login_proof_signature_matches_raw_ed25519() -> None:
    ours = SigningKey.from_raw(SEED).sign(MESSAGE)
    raw = Ed25519PrivateKey.from_private_bytes(SEED).sign(MESSAGE)
    assert ours.hex() == SIGNATURE_HEX == raw.hex()


def test_login_proof_binds_every_field() -> None:
    base = login_proof_message("demo.annotator", "dev-0001", 1764000000000)
    assert login_proof_message("demo.annotatoR", "dev-0001", 1764000000000) != base
    assert login_proof_message("demo.annotator", "dev-0002", 1764000000000) != base
    assert login_proof_message("demo.annotator", "dev-0001", 1764000000001) != base
