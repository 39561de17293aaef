"""What the workstation and the server must agree on, written once.

Names, kinds and limits here are part of the wire contract (docs/FORMATS.md): change one
only with a format version bump. Pure data and pure functions: no I/O.
"""

from __future__ import annotations

from typing import Final

from app.core.encoding import canonical_json

# Item kinds a shard's manifest may carry (cleanroom-shard/1).
ITEM_KINDS: Final = ("text", "image", "dicom")
# Label kinds a label version may carry; the policy's `allowed_label_kinds` picks among them.
LABEL_KINDS: Final = ("span", "box", "polygon", "region", "class")
# The workstation's SQLCipher key is a raw 32-byte key (never a passphrase: PBKDF2 per open).
DB_KEY_LEN: Final = 32

# The device's signature at login: proves the password comes from an enrolled device.
LOGIN_PURPOSE: Final = "cleanroom-login/1"


def login_proof_message(username: str, device_id: str, ts_ms: int) -> bytes:
    """The bytes a device signs at login with its Ed25519 key; the server rebuilds them."""
    return canonical_json(
        {"purpose": LOGIN_PURPOSE, "username": username, "device_id": device_id, "ts_ms": ts_ms}
    )
