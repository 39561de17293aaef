"""The device identity: who this workstation is and the three secrets it holds.

    device_id        assigned at enrolment, bound into every journal entry and the store
    encryption key   opens shards sealed to this device (ML-KEM-768 + X25519 by default)
    signing key      Ed25519, signs the journal
    database key     32 random bytes, keys the SQLCipher store

All four live in the OS keyring under one service name, one entry each; the `identity`
entry is written last and marks a complete enrolment. Enrolment never overwrites: if any
entry exists, `create_identity` refuses. A missing or unreadable entry stops the client
with a message naming what IT must do; new keys are never made silently.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from typing import Any, Final

from app.core.encoding import b64u_decode, b64u_encode
from app.core.errors import EncodingError, KeyMaterialError
from app.core.keys import SUITE_HYBRID, DeviceEncryptionKey, SigningKey
from app.core.protocol import DB_KEY_LEN
from app.workstation.errors import (
    DeviceRevokedError,
    IdentityCorruptError,
    IdentityExistsError,
    IdentityMissingError,
)
from app.workstation.keystore import KeyringGeneration, KeyStore

IDENTITY_ENTRY: Final = "identity"
ENCRYPTION_ENTRY: Final = "device-encryption-key"
SIGNING_ENTRY: Final = "journal-signing-key"
DB_KEY_ENTRY: Final = "database-key"
SECRET_ENTRIES: Final = (ENCRYPTION_ENTRY, SIGNING_ENTRY, DB_KEY_ENTRY)


@dataclass(frozen=True, repr=False)
class DeviceIdentity:
    device_id: str
    encryption_key: DeviceEncryptionKey
    signing_key: SigningKey
    db_key: bytes

    def __repr__(self) -> str:  # never print key material
        return f"DeviceIdentity(device_id={self.device_id!r})"


def _secret_value(device_id: str, key: Any) -> str:
    # Each secret names its device, so entries from two enrolments are never mixed.
    return json.dumps({"device_id": device_id, "key": key}, sort_keys=True)


def revoked_marker(keys: KeyStore) -> dict[str, Any] | None:
    """The `identity` entry of a crypto-shredded device ({"device_id", "revoked_ms",
    "notice"}), or None. It stays after the keys are gone so that every later start, and
    `cleanroom doctor`, says "revoked" instead of "not enrolled"."""
    raw = keys.get(IDENTITY_ENTRY)
    try:
        marker = json.loads(raw) if raw is not None else None
    except ValueError:
        return None
    if isinstance(marker, dict) and "revoked_ms" in marker:
        return marker
    return None


def revoked_error(marker: dict[str, Any]) -> DeviceRevokedError:
    notice = marker.get("notice")
    return DeviceRevokedError(
        f"IT revoked device {marker.get('device_id')!r}; its keys and cached work were "
        "erased on this workstation. Ask IT to enrol it again.",
        notice=notice if isinstance(notice, str) else "",
    )


def create_identity(
    keys: KeyStore, *, device_id: str | None = None, suite: str = SUITE_HYBRID
) -> DeviceIdentity:
    """Enrol: make the keys and store them; refuse if anything of an identity exists (the
    marker a revoked device leaves is not an identity: a new enrolment replaces it)."""
    names = (*SECRET_ENTRIES,) if revoked_marker(keys) else (IDENTITY_ENTRY, *SECRET_ENTRIES)
    present = [n for n in names if keys.get(n) is not None]
    if present:
        raise IdentityExistsError(
            f"Keyring service {keys.service!r} already holds an enrolled identity "
            f"({', '.join(present)}); IT must revoke and erase it before re-enrolling."
        )
    device_id = device_id or f"dev-{uuid.uuid4()}"
    identity = DeviceIdentity(
        device_id, DeviceEncryptionKey.generate(suite), SigningKey.generate(), os.urandom(32)
    )
    keys.set(ENCRYPTION_ENTRY, _secret_value(device_id, identity.encryption_key.to_secret()))
    keys.set(SIGNING_ENTRY, _secret_value(device_id, b64u_encode(identity.signing_key.raw())))
    keys.set(DB_KEY_ENTRY, _secret_value(device_id, b64u_encode(identity.db_key)))
    KeyringGeneration(keys, device_id).set(0)
    keys.set(IDENTITY_ENTRY, json.dumps({"v": 1, "device_id": device_id}))
    return identity


def _entry(keys: KeyStore, name: str, device_id: str) -> Any:
    raw = keys.get(name)
    if raw is None:
        raise IdentityMissingError(
            f"Device key {name!r} is missing from keyring service {keys.service!r}; the "
            "keyring was reset or moved. IT must re-enrol this workstation "
            "(unsynced labels stay in the store and need the old key to be restored)."
        )
    try:
        obj = json.loads(raw)
        owner, key = obj["device_id"], obj["key"]
    except (ValueError, KeyError, TypeError):
        raise IdentityCorruptError(
            f"Device key {name!r} in keyring service {keys.service!r} is unreadable; "
            "IT must restore the keyring or re-enrol this workstation."
        ) from None
    if owner != device_id:
        raise IdentityCorruptError(
            f"Device key {name!r} belongs to device {owner!r}, not {device_id!r}; "
            "IT must restore the keyring or re-enrol this workstation."
        )
    return key


def load_identity(keys: KeyStore) -> DeviceIdentity:
    """Read the enrolled identity; raise an IdentityError naming the entry and what IT does."""
    raw = keys.get(IDENTITY_ENTRY)
    if raw is None:
        raise IdentityMissingError(
            f"This workstation is not enrolled (no identity in keyring service "
            f"{keys.service!r}); IT must enrol it."
        )
    revoked = revoked_marker(keys)
    if revoked is not None:
        raise revoked_error(revoked)
    try:
        marker = json.loads(raw)
        device_id = marker["device_id"]
    except (ValueError, KeyError, TypeError):
        raise IdentityCorruptError(
            f"The identity entry in keyring service {keys.service!r} is unreadable; "
            "IT must restore the keyring or re-enrol this workstation."
        ) from None
    if not isinstance(device_id, str) or not device_id:
        raise IdentityCorruptError("The identity entry names no device; IT must re-enrol.")
    try:
        encryption = DeviceEncryptionKey.from_secret(_entry(keys, ENCRYPTION_ENTRY, device_id))
        signing = SigningKey.from_raw(
            b64u_decode(_entry(keys, SIGNING_ENTRY, device_id), length=32)
        )
        db_key = b64u_decode(_entry(keys, DB_KEY_ENTRY, device_id), length=DB_KEY_LEN)
    except (KeyMaterialError, EncodingError, TypeError) as exc:
        raise IdentityCorruptError(
            f"A device key in keyring service {keys.service!r} is malformed "
            f"({type(exc).__name__}); IT must restore the keyring or re-enrol."
        ) from None
    return DeviceIdentity(device_id, encryption, signing, db_key)


def generation_guard(keys: KeyStore, identity: DeviceIdentity) -> KeyringGeneration:
    """The keyring side of the store's rollback check (entry `store-generation`)."""
    return KeyringGeneration(keys, identity.device_id)
