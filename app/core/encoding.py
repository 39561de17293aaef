"""Encodings shared by every format (DESIGN.md §4): canonical JSON, base64url, key ids."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from typing import Any, Final, TypeGuard

from app.core.errors import EncodingError

JsonObject = dict[str, Any]

_SHA256_HEX: Final = re.compile("[0-9a-f]{64}")


def canonical_json(value: Any) -> bytes:
    """CJ(x): sorted keys, no spaces, UTF-8, no NaN. The bytes that are hashed and signed."""
    try:
        return json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise EncodingError(f"Value cannot be written as canonical JSON: {exc}.") from None


def signed_json(value: Any) -> bytes:
    """CJ of an object that is hashed or signed: as `canonical_json`, but floats are refused.

    DESIGN.md §4: signed objects hold no floats, and every verifier parses them with floats
    rejected; signing one would produce a record that can never verify.
    """
    if _holds_float(value):
        raise EncodingError("Signed objects hold no floats; use integers (e.g. percent, ms).")
    return canonical_json(value)


def _holds_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(_holds_float(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_holds_float(v) for v in value)
    return False


def _reject_constant(name: str) -> Any:
    raise ValueError(f"Non-finite number {name}.")


def _reject_float(text: str) -> Any:
    raise ValueError("Floats are not allowed in signed objects.")


def parse_json(untrusted: bytes | str, *, allow_floats: bool = False) -> Any:
    """Parse JSON from outside; any failure is an EncodingError, never a ValueError."""
    try:
        if isinstance(untrusted, bytes | bytearray | memoryview):
            untrusted = bytes(untrusted).decode("utf-8", errors="strict")
        return json.loads(
            untrusted,
            parse_constant=_reject_constant,
            parse_float=None if allow_floats else _reject_float,
        )
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise EncodingError(f"Not valid JSON: {type(exc).__name__}.") from None


def parse_canonical_object(untrusted: bytes) -> JsonObject:
    """Parse bytes that must be CJ of a JSON object, and re-encode to prove they are canonical.

    Signatures cover bytes, not values; accepting a non-canonical encoding would let two
    different byte strings stand for one signed object.
    """
    value = parse_json(untrusted)
    if not isinstance(value, dict):
        raise EncodingError("Expected a JSON object.")
    if canonical_json(value) != bytes(untrusted):
        raise EncodingError("JSON is not in canonical form.")
    return value


def b64u_encode(data: bytes) -> str:
    """base64url without padding."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64u_decode(untrusted: str, *, length: int | None = None) -> bytes:
    """Decode base64url without padding; reject padding, stray characters and wrong lengths."""
    if not isinstance(untrusted, str):
        raise EncodingError("Expected a base64url string.")
    if "=" in untrusted or not untrusted.isascii():
        raise EncodingError("Base64url must be unpadded ASCII.")
    try:
        raw = base64.urlsafe_b64decode(untrusted + "=" * (-len(untrusted) % 4))
    except (binascii.Error, ValueError):
        raise EncodingError("Not valid base64url.") from None
    if b64u_encode(raw) != untrusted:
        # Non-zero trailing bits: two strings would decode to the same bytes.
        raise EncodingError("Base64url is not in canonical form.")
    if length is not None and len(raw) != length:
        raise EncodingError(f"Expected {length} bytes, got {len(raw)}.")
    return raw


def sha256(data: bytes | bytearray | memoryview) -> bytes:
    return hashlib.sha256(data).digest()


def sha256_hex(data: bytes | bytearray | memoryview) -> str:
    return hashlib.sha256(data).hexdigest()


def kid(public_key: bytes) -> str:
    """kid(pub): the first 16 hex characters of SHA-256 over the raw public key bytes."""
    return sha256_hex(public_key)[:16]


def is_int(value: object) -> TypeGuard[int]:
    """A JSON integer: bool is an int in Python but not in JSON."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_sha256_hex(value: object) -> TypeGuard[str]:
    """64 lowercase hex characters."""
    return isinstance(value, str) and _SHA256_HEX.fullmatch(value) is not None
