"""TOTP second factor, RFC 6238 (HMAC-SHA1, 30 s steps, 6 digits), over RFC 4226 HOTP.

This is the published standard built from `hmac`/`hashlib`, not a cipher of our own. A code
is accepted for the current step and one step either side; the step of the last accepted
code is stored so that a code can never be used twice.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
from typing import Final
from urllib.parse import quote

STEP_S: Final = 30
DIGITS: Final = 6
WINDOW: Final = 1


def new_secret() -> str:
    """A 160-bit secret in base32 without padding, as authenticator apps expect."""
    return base64.b32encode(os.urandom(20)).decode("ascii").rstrip("=")


def _key(secret_b32: str) -> bytes:
    padded = secret_b32.upper() + "=" * (-len(secret_b32) % 8)
    return base64.b32decode(padded)


def hotp(secret_b32: str, counter: int) -> str:
    digest = hmac.new(_key(secret_b32), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**DIGITS).zfill(DIGITS)


def totp(secret_b32: str, now: float) -> str:
    return hotp(secret_b32, int(now) // STEP_S)


def match_step(secret_b32: str, code: str, now: float, last_step: int | None) -> int | None:
    """The step `code` belongs to, if it is valid now and newer than `last_step`; else None."""
    if len(code) != DIGITS or not code.isdigit():
        return None
    current = int(now) // STEP_S
    for step in range(current - WINDOW, current + WINDOW + 1):
        if last_step is not None and step <= last_step:
            continue
        if hmac.compare_digest(hotp(secret_b32, step), code):
            return step
    return None


def otpauth_uri(secret_b32: str, account: str, issuer: str = "Cleanroom") -> str:
    label = quote(f"{issuer}:{account}")
    return f"otpauth://totp/{label}?secret={secret_b32}&issuer={quote(issuer)}&digits=6&period=30"
