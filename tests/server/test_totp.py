"""TOTP against the RFC 6238 Appendix B vectors (SHA-1), and its one-use window."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.server import totp

SECRET = base64.b32encode(b"12345678901234567890").decode().rstrip("=")

# (time, 8-digit code from RFC 6238 Appendix B); we use 6 digits, the last six.
RFC_VECTORS = [
    (59, "94287082"),
    (1111111109, "07081804"),
    (1111111111, "14050471"),
    (1234567890, "89005924"),
    (2000000000, "69279037"),
    (20000000000, "65353130"),
]


@pytest.mark.parametrize(("now", "code"), RFC_VECTORS)
def test_rfc_6238_vectors(now: int, code: str) -> None:
    assert totp.totp(SECRET, now) == code[-6:]


def test_window_and_single_use() -> None:
    now = 1_800_000_000
    code = totp.totp(SECRET, now)
    step = totp.match_step(SECRET, code, now, None)
    assert step == now // 30
    assert totp.match_step(SECRET, code, now, step) is None  # used once
    assert totp.match_step(SECRET, code, now + 30, None) == step  # one step late is fine
    assert totp.match_step(SECRET, code, now + 90, None) is None  # too late


@given(code=st.text(max_size=12))
@settings(max_examples=200, deadline=None)
def test_any_input_is_a_clean_no(code: str) -> None:
    result = totp.match_step(SECRET, code, 1_800_000_000, None)
    assert result is None or code == totp.totp(
        SECRET, 1_800_000_000 + (result * 30 - 1_800_000_000)
    )
