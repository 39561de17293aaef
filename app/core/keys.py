"""Keys as DESIGN.md §4–5 define them: raw bytes on the wire, kid over those bytes.

A device has an encryption key (for opening shards; ML-KEM-768 + X25519 by default, or
X25519 alone) and an Ed25519 signing key (for the journal). Servers and organisations have
Ed25519 signing keys. The device secret file form is the one tools and tests use outside a
workstation's keyring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

from app.core.encoding import (
    b64u_decode,
    b64u_encode,
    canonical_json,
    kid,
    parse_json,
)
from app.core.errors import EncodingError, KeyMaterialError

SUITE_HYBRID: Final = "hpke-mlkem768x25519-sha256-aes256gcm"
SUITE_X25519: Final = "hpke-x25519-sha256-aes256gcm"
SUITES: Final = (SUITE_HYBRID, SUITE_X25519)

MLKEM768_PUBLIC_LEN: Final = 1184
X25519_LEN: Final = 32
MLKEM_SEED_LEN: Final = 64
ED25519_SIG_LEN: Final = 64

_KEMS: Final = {SUITE_HYBRID: hpke.KEM.MLKEM768_X25519, SUITE_X25519: hpke.KEM.X25519}


def hpke_suite(suite: str) -> hpke.Suite:
    """The HPKE suite object for a suite name; KDF and AEAD are fixed by the format."""
    try:
        kem = _KEMS[suite]
    except KeyError:
        raise KeyMaterialError(f"Unknown key-wrapping suite {suite!r}.") from None
    return hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


# --- device encryption key ---------------------------------------------------------------


@dataclass(frozen=True)
class DevicePublicKey:
    """A device's encryption public key in its raw wire form (1216 or 32 bytes)."""

    suite: str
    raw: bytes

    @classmethod
    def from_raw(cls, untrusted: bytes) -> DevicePublicKey:
        """The suite follows from the length: 1216 bytes hybrid, 32 bytes X25519 alone."""
        if len(untrusted) == MLKEM768_PUBLIC_LEN + X25519_LEN:
            return cls(SUITE_HYBRID, bytes(untrusted))
        if len(untrusted) == X25519_LEN:
            return cls(SUITE_X25519, bytes(untrusted))
        raise KeyMaterialError(
            f"A device encryption key is {MLKEM768_PUBLIC_LEN + X25519_LEN} or {X25519_LEN} "
            f"bytes, not {len(untrusted)}."
        )

    @property
    def kid(self) -> str:
        return kid(self.raw)

    def hpke_public(self) -> Any:
        try:
            if self.suite == SUITE_HYBRID:
                return hpke.MLKEM768X25519PublicKey(
                    mlkem.MLKEM768PublicKey.from_public_bytes(self.raw[:MLKEM768_PUBLIC_LEN]),
                    x25519.X25519PublicKey.from_public_bytes(self.raw[MLKEM768_PUBLIC_LEN:]),
                )
            return x25519.X25519PublicKey.from_public_bytes(self.raw)
        except ValueError:
            raise KeyMaterialError("The device encryption key is not a valid public key.") from None


class DeviceEncryptionKey:
    """A device's private encryption key. Never serialised except as a device secret."""

    def __init__(self, x25519_key: x25519.X25519PrivateKey, mlkem_key: Any = None) -> None:
        self._x25519 = x25519_key
        self._mlkem = mlkem_key
        self.suite = SUITE_X25519 if mlkem_key is None else SUITE_HYBRID

    @classmethod
    def generate(cls, suite: str = SUITE_HYBRID) -> DeviceEncryptionKey:
        hpke_suite(suite)  # reject unknown names early
        x_key = x25519.X25519PrivateKey.generate()
        m_key = mlkem.MLKEM768PrivateKey.generate() if suite == SUITE_HYBRID else None
        return cls(x_key, m_key)

    @classmethod
    def from_secrets(cls, x25519_raw: bytes, mlkem_seed: bytes | None) -> DeviceEncryptionKey:
        try:
            x_key = x25519.X25519PrivateKey.from_private_bytes(x25519_raw)
            m_key = None
            if mlkem_seed is not None:
                m_key = mlkem.MLKEM768PrivateKey.from_seed_bytes(mlkem_seed)
        except ValueError:
            raise KeyMaterialError("The device secret holds an invalid key.") from None
        return cls(x_key, m_key)

    def public_key(self) -> DevicePublicKey:
        x_pub = self._x25519.public_key().public_bytes_raw()
        if self._mlkem is None:
            return DevicePublicKey(SUITE_X25519, x_pub)
        return DevicePublicKey(SUITE_HYBRID, self._mlkem.public_key().public_bytes_raw() + x_pub)

    def hpke_private(self) -> Any:
        if self._mlkem is None:
            return self._x25519
        return hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)

    def to_secret(self, device_id: str | None = None) -> dict[str, str]:
        """The device secret file object of DESIGN.md §5 (`device_id` optional)."""
        secret = {"suite": self.suite, "x25519": b64u_encode(self._x25519.private_bytes_raw())}
        if self._mlkem is not None:
            secret["mlkem768_seed"] = b64u_encode(self._mlkem.private_bytes_raw())
        if device_id is not None:
            secret["device_id"] = device_id
        return secret

    def to_secret_bytes(self, device_id: str | None = None) -> bytes:
        return canonical_json(self.to_secret(device_id))

    @classmethod
    def from_secret(cls, untrusted: object) -> DeviceEncryptionKey:
        """Load the device secret object; the suite must agree with the keys present."""
        if not isinstance(untrusted, dict):
            raise KeyMaterialError("A device secret is a JSON object.")
        suite = untrusted.get("suite")
        if suite not in SUITES:
            raise KeyMaterialError(f"Device secret names unknown suite {suite!r}.")
        try:
            x_raw = b64u_decode(untrusted.get("x25519"), length=X25519_LEN)  # type: ignore[arg-type]
            seed = None
            if suite == SUITE_HYBRID:
                seed = b64u_decode(untrusted.get("mlkem768_seed"), length=MLKEM_SEED_LEN)  # type: ignore[arg-type]
            elif "mlkem768_seed" in untrusted:
                raise KeyMaterialError("An X25519 device secret must not hold an ML-KEM seed.")
        except EncodingError as exc:
            raise KeyMaterialError(f"The device secret is malformed ({exc.clause()}).") from None
        return cls.from_secrets(x_raw, seed)

    @classmethod
    def from_secret_bytes(cls, untrusted: bytes) -> DeviceEncryptionKey:
        try:
            return cls.from_secret(parse_json(untrusted))
        except EncodingError as exc:
            raise KeyMaterialError(
                f"The device secret file is malformed ({exc.clause()})."
            ) from None


@dataclass(frozen=True)
class DeviceSecret:
    """A device secret file: the key, and the device it belongs to when the file says so.

    Files written before `device_id` existed hold only the key (`device_id` None); with the
    id, a shard for another device is refused as a device mismatch (DESIGN.md §5).
    """

    key: DeviceEncryptionKey = field(repr=False)
    device_id: str | None = None

    @classmethod
    def from_bytes(cls, untrusted: bytes) -> DeviceSecret:
        try:
            obj = parse_json(untrusted)
        except EncodingError as exc:
            raise KeyMaterialError(
                f"The device secret file is malformed ({exc.clause()})."
            ) from None
        key = DeviceEncryptionKey.from_secret(obj)
        device_id = obj.get("device_id")  # from_secret checked that obj is a dict
        if "device_id" in obj and (not isinstance(device_id, str) or not device_id):
            raise KeyMaterialError(
                "The device secret's 'device_id' must be a non-empty string; export it again."
            )
        return cls(key, device_id)

    def to_bytes(self) -> bytes:
        return self.key.to_secret_bytes(self.device_id)


# --- Ed25519 signing keys ----------------------------------------------------------------


@dataclass(frozen=True)
class VerifyKey:
    """An Ed25519 public key in raw form, with its kid."""

    raw: bytes

    @classmethod
    def from_raw(cls, untrusted: bytes) -> VerifyKey:
        if len(untrusted) != 32:
            raise KeyMaterialError(f"An Ed25519 public key is 32 bytes, not {len(untrusted)}.")
        try:
            ed25519.Ed25519PublicKey.from_public_bytes(untrusted)
        except ValueError:
            raise KeyMaterialError("Not a valid Ed25519 public key.") from None
        return cls(bytes(untrusted))

    @classmethod
    def from_b64u(cls, untrusted: str) -> VerifyKey:
        try:
            return cls.from_raw(b64u_decode(untrusted))
        except EncodingError as exc:
            raise KeyMaterialError(f"The public key is malformed ({exc.clause()}).") from None

    @property
    def kid(self) -> str:
        return kid(self.raw)

    def b64u(self) -> str:
        return b64u_encode(self.raw)

    def verify(self, signature: bytes, message: bytes) -> bool:
        """True only for a valid signature; never raises for bad input."""
        if len(signature) != ED25519_SIG_LEN:
            return False
        try:
            ed25519.Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


class SigningKey:
    """An Ed25519 private key (server, organisation or device journal key)."""

    def __init__(self, key: ed25519.Ed25519PrivateKey) -> None:
        self._key = key

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(ed25519.Ed25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, seed: bytes) -> SigningKey:
        if len(seed) != 32:
            raise KeyMaterialError("An Ed25519 private key is 32 bytes.")
        return cls(ed25519.Ed25519PrivateKey.from_private_bytes(seed))

    def raw(self) -> bytes:
        return self._key.private_bytes_raw()

    def verify_key(self) -> VerifyKey:
        return VerifyKey(self._key.public_key().public_bytes_raw())

    @property
    def kid(self) -> str:
        return self.verify_key().kid

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)
