"""Server secrets sealed at rest: the key-encryption key (KEK) and the sealed columns.

TOTP secrets, each project's HMAC secret and every item's (redacted) bytes are stored
AES-256-GCM encrypted in the database (`Sealed` columns), under a KEK that never enters the
database. A copy of the database alone therefore holds no item text and no TOTP secret.

Where the KEK lives, first found wins:
- `CLEANROOM_SERVER_KEK`: base64url of 32 bytes (production: fill it from the KMS or the
  secret manager at start; it never touches the disk);
- `HOME/kek.key` (0600, made by `init`), plus `HOME/kek.next` while a rotation runs.

Sealed value: b"CRS1" || kid (8 bytes) || nonce (12) || AES-GCM(KEK[kid], nonce, value,
aad = b"cleanroom-sealed/1\\x00" + purpose). The purpose (`totp`, `project-secret`,
`item`) keeps a value from being moved into a column of another kind. Several KEKs may be
loaded (a rotation in progress); new values are sealed with the current one.

`make_engine(url)` finds its sealer here (`register_sealer`, called by `load_config` and
the test harness), so every engine of one database uses the same keys.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import LargeBinary
from sqlalchemy.types import TypeDecorator

from app.core.encoding import b64u_decode, b64u_encode
from app.core.errors import EncodingError
from app.server.errors import ServerSetupError

MAGIC: Final = b"CRS1"
KID_LEN: Final = 8
NONCE_LEN: Final = 12
KEK_LEN: Final = 32
KEK_ENV: Final = "CLEANROOM_SERVER_KEK"
KEK_FILE: Final = "kek.key"
KEK_NEXT_FILE: Final = "kek.next"
_AAD: Final = b"cleanroom-sealed/1\x00"


def kek_id(kek: bytes) -> bytes:
    return hashlib.sha256(b"cleanroom-kek-id/1\x00" + kek).digest()[:KID_LEN]


@dataclass(frozen=True)
class Sealer:
    """Seals with `current`; opens with any loaded key."""

    keys: Mapping[bytes, bytes]  # kid -> KEK
    current: bytes  # kid

    @classmethod
    def of(cls, current: bytes, *older: bytes) -> Sealer:
        for kek in (current, *older):
            if len(kek) != KEK_LEN:
                raise ServerSetupError("The key-encryption key must be 32 bytes; check it.")
        return cls({kek_id(k): k for k in (current, *older)}, kek_id(current))

    def seal(self, purpose: str, value: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        aead = AESGCM(self.keys[self.current])
        body = aead.encrypt(nonce, value, _AAD + purpose.encode())
        return MAGIC + self.current + nonce + body

    def open(self, purpose: str, sealed: bytes) -> bytes:
        head = len(MAGIC) + KID_LEN + NONCE_LEN
        if len(sealed) < head + 16 or not sealed.startswith(MAGIC):
            raise ServerSetupError(
                "A sealed database value is not in the sealed format; restore the database "
                "from a backup made by this server."
            )
        kid = sealed[len(MAGIC) : len(MAGIC) + KID_LEN]
        key = self.keys.get(kid)
        if key is None:
            raise ServerSetupError(
                "A database value is sealed with a key-encryption key that is not loaded; "
                f"set {KEK_ENV} or put back {KEK_FILE}."
            )
        nonce = sealed[len(MAGIC) + KID_LEN : head]
        try:
            return AESGCM(key).decrypt(nonce, sealed[head:], _AAD + purpose.encode())
        except InvalidTag:
            raise ServerSetupError(
                "A sealed database value does not verify (tampered, or moved between "
                "columns); restore the database from a backup."
            ) from None

    def needs_reseal(self, sealed: bytes) -> bool:
        return sealed[len(MAGIC) : len(MAGIC) + KID_LEN] != self.current


_SEALERS: dict[str, Sealer] = {}


def register_sealer(database_url: str, sealer: Sealer) -> None:
    _SEALERS[database_url] = sealer


def sealer_for(database_url: str) -> Sealer | None:
    return _SEALERS.get(database_url)


def _decode_kek(text: str, where: str) -> bytes:
    try:
        return b64u_decode(text.strip(), length=KEK_LEN)
    except EncodingError:
        raise ServerSetupError(
            f"The key-encryption key in {where} is not base64url of 32 bytes; fix it."
        ) from None


def load_sealer(home: Path) -> Sealer:
    """The KEK from the environment or the home (with a rotation's next key, if any)."""
    env = os.environ.get(KEK_ENV)
    if env:
        return Sealer.of(_decode_kek(env, KEK_ENV))
    try:
        current = _decode_kek((home / KEK_FILE).read_text(), KEK_FILE)
    except FileNotFoundError:
        raise ServerSetupError(
            f"The key-encryption key {KEK_FILE} is missing from the server home; put it back "
            f"or set {KEK_ENV}."
        ) from None
    next_file = home / KEK_NEXT_FILE
    if next_file.exists():  # a rotation was interrupted: rows may be sealed with either
        return Sealer.of(_decode_kek(next_file.read_text(), KEK_NEXT_FILE), current)
    return Sealer.of(current)


def new_kek_text() -> bytes:
    return b64u_encode(os.urandom(KEK_LEN)).encode() + b"\n"


class Sealed(TypeDecorator[Any]):
    """A column whose value is sealed under the engine's KEK. `text` columns hold str."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, purpose: str, *, text: bool = False) -> None:
        super().__init__()
        self.purpose = purpose
        self.text = text

    @staticmethod
    def _sealer(dialect: Any) -> Sealer:
        sealer = getattr(dialect, "cleanroom_sealer", None)
        if not isinstance(sealer, Sealer):
            raise ServerSetupError(
                "The database is open without its key-encryption key; start the server "
                "through `cleanroom-server` so that the key is loaded."
            )
        return sealer

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        if value is None:
            return None
        raw = value.encode("utf-8") if self.text else bytes(value)
        return self._sealer(dialect).seal(self.purpose, raw)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        raw = self._sealer(dialect).open(self.purpose, bytes(value))
        return raw.decode("utf-8") if self.text else raw
