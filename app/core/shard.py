"""Sealed shard, format `cleanroom-shard/1` (DESIGN.md §5).

    magic(8) || hlen(u32 BE) || CJ(header) || hsig(64) || AES-256-GCM chunks

Opening runs the checks of §5 in their fixed order, each failure its own ShardError
subclass. The header is trusted only after its signature verified; the file key is
unwrapped only after the recipient and time checks passed; items are decrypted on demand,
chunk by chunk, so reading one item of a large shard touches only the chunks it spans.
"""

from __future__ import annotations

import hmac
import math
import os
import struct
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core.bytesource import ByteSource, BytesSource
from app.core.encoding import (
    JsonObject,
    b64u_decode,
    b64u_encode,
    canonical_json,
    is_int,
    is_sha256_hex,
    parse_canonical_object,
    parse_json,
    sha256,
    sha256_hex,
    signed_json,
)
from app.core.errors import (
    EncodingError,
    KeyMaterialError,
    ShardBlobError,
    ShardChunkError,
    ShardExpiredError,
    ShardFormatError,
    ShardHeaderError,
    ShardIssuerError,
    ShardItemNotFoundError,
    ShardMagicError,
    ShardManifestError,
    ShardNotYetValidError,
    ShardRecipientError,
    ShardSignatureError,
    ShardSuiteError,
    ShardTruncatedError,
    ShardUnwrapError,
)
from app.core.keys import (
    ED25519_SIG_LEN,
    SUITES,
    DeviceEncryptionKey,
    DevicePublicKey,
    SigningKey,
    VerifyKey,
    hpke_suite,
)
from app.core.protocol import ITEM_KINDS

MAGIC: Final = b"CRSHARD1"
FORMAT: Final = "cleanroom-shard/1"
PREFIX_LEN: Final = len(MAGIC) + 4
TAG_LEN: Final = 16
SALT_LEN: Final = 16
FILE_KEY_LEN: Final = 32
CLOCK_SKEW_S: Final = 300
PAYLOAD_INFO: Final = b"cleanroom-shard/1 payload"

DEFAULT_CHUNK_SIZE: Final = 256 * 1024
# Bounds that keep a hostile header from making us allocate without limit.
MAX_HEADER_LEN: Final = 1024 * 1024
MAX_CHUNK_SIZE: Final = 16 * 1024 * 1024
MAX_PAYLOAD_LEN: Final = 1 << 40
MAX_MANIFEST_LEN: Final = 64 * 1024 * 1024

HEADER_KEYS: Final = frozenset(
    {
        "format", "shard_id", "project_id", "user_id", "device_id", "issuer_kid",
        "issued_at", "not_after", "recipient", "salt", "chunk_size", "payload_length",
        "policy",
    }
)  # fmt: skip
RECIPIENT_KEYS: Final = frozenset({"kid", "suite", "wrapped_key"})


def wrap_info(shard_id: str, device_id: str) -> bytes:
    """HPKE `info`: binds the wrapped key to this shard and this device."""
    return b"cleanroom-shard/1\x00" + shard_id.encode() + b"\x00" + device_id.encode()


def derive_payload_key(file_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=PAYLOAD_INFO).derive(file_key)


def chunk_nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def chunk_count(payload_length: int, chunk_size: int) -> int:
    return max(1, math.ceil(payload_length / chunk_size))


# --- header ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    kid: str
    suite: str
    wrapped_key: bytes


@dataclass(frozen=True)
class ShardHeader:
    """The signed header. Built from outside bytes only by `_parse_header`."""

    shard_id: str
    project_id: str
    user_id: str
    device_id: str
    issuer_kid: str
    issued_at: int
    not_after: int
    recipient: Recipient
    salt: bytes
    chunk_size: int
    payload_length: int
    policy: JsonObject = field(default_factory=dict)

    def to_json(self) -> JsonObject:
        return {
            "format": FORMAT,
            "shard_id": self.shard_id,
            "project_id": self.project_id,
            "user_id": self.user_id,
            "device_id": self.device_id,
            "issuer_kid": self.issuer_kid,
            "issued_at": self.issued_at,
            "not_after": self.not_after,
            "recipient": {
                "kid": self.recipient.kid,
                "suite": self.recipient.suite,
                "wrapped_key": b64u_encode(self.recipient.wrapped_key),
            },
            "salt": b64u_encode(self.salt),
            "chunk_size": self.chunk_size,
            "payload_length": self.payload_length,
            "policy": self.policy,
        }

    @property
    def chunk_count(self) -> int:
        return chunk_count(self.payload_length, self.chunk_size)

    @property
    def body_length(self) -> int:
        return self.payload_length + TAG_LEN * self.chunk_count


def _require_str(obj: Mapping[str, Any], key: str) -> str:
    value = obj[key]
    if not isinstance(value, str) or not value:
        raise ShardHeaderError(f"Header field {key!r} must be a non-empty string.")
    return value


def _require_int(obj: Mapping[str, Any], key: str, low: int, high: int) -> int:
    value = obj[key]
    if not is_int(value) or not low <= value <= high:
        raise ShardHeaderError(f"Header field {key!r} must be an integer in [{low}, {high}].")
    return int(value)


def _parse_header(untrusted_header: bytes) -> ShardHeader:
    """Checks 2 and 3: canonical JSON object, then the format, then every field's type."""
    try:
        obj = parse_canonical_object(untrusted_header)
    except EncodingError as exc:
        raise ShardHeaderError(
            f"The shard header is malformed ({exc.clause()}); download the shard again."
        ) from None
    if obj.get("format") != FORMAT:
        raise ShardFormatError()
    if set(obj) != HEADER_KEYS:
        raise ShardHeaderError("Shard header fields are not those of cleanroom-shard/1.")
    recipient = obj["recipient"]
    if not isinstance(recipient, dict) or set(recipient) != RECIPIENT_KEYS:
        raise ShardHeaderError("Shard header field 'recipient' is malformed.")
    if not isinstance(obj["policy"], dict):
        raise ShardHeaderError("Shard header field 'policy' must be an object.")
    try:
        salt = b64u_decode(obj["salt"], length=SALT_LEN)
        wrapped_key = b64u_decode(recipient["wrapped_key"])
    except EncodingError as exc:
        raise ShardHeaderError(f"The shard header is malformed ({exc.clause()}).") from None
    issued_at = _require_int(obj, "issued_at", 0, 2**53)
    return ShardHeader(
        shard_id=_require_str(obj, "shard_id"),
        project_id=_require_str(obj, "project_id"),
        user_id=_require_str(obj, "user_id"),
        device_id=_require_str(obj, "device_id"),
        issuer_kid=_require_str(obj, "issuer_kid"),
        issued_at=issued_at,
        not_after=_require_int(obj, "not_after", issued_at, 2**53),
        recipient=Recipient(
            kid=_require_str(recipient, "kid"),
            suite=_require_str(recipient, "suite"),
            wrapped_key=wrapped_key,
        ),
        salt=salt,
        chunk_size=_require_int(obj, "chunk_size", 1, MAX_CHUNK_SIZE),
        payload_length=_require_int(obj, "payload_length", 0, MAX_PAYLOAD_LEN),
        policy=obj["policy"],
    )


@dataclass(frozen=True)
class SignedHeader:
    """A header whose signature verified, with the bytes the AAD is computed from."""

    header: ShardHeader
    signed_bytes: bytes  # magic || hlen || header
    body_offset: int

    @property
    def aad(self) -> bytes:
        return sha256(self.signed_bytes)


def read_signed_header(source: ByteSource, issuer_keys: Mapping[str, VerifyKey]) -> SignedHeader:
    """Checks 1 to 4 of §5: magic, header parse, format, issuer known and signature valid."""
    prefix = source.read_at(0, PREFIX_LEN)
    if prefix[: len(MAGIC)] != MAGIC or len(prefix) < len(MAGIC):
        raise ShardMagicError()
    if len(prefix) < PREFIX_LEN:
        raise ShardHeaderError("The shard ends inside its header; download it again.")
    (hlen,) = struct.unpack(">I", prefix[len(MAGIC) :])
    if hlen > MAX_HEADER_LEN:
        raise ShardHeaderError(f"Shard header length {hlen} is over the {MAX_HEADER_LEN} limit.")
    untrusted_header = source.read_at(PREFIX_LEN, hlen)
    if len(untrusted_header) < hlen:
        raise ShardHeaderError("The shard ends inside its header; download it again.")
    header = _parse_header(untrusted_header)
    issuer = issuer_keys.get(header.issuer_kid)
    if issuer is None:
        raise ShardIssuerError(
            f"Shard issued by unknown server key {header.issuer_kid}; "
            "check that the policy lists this server's key."
        )
    hsig = source.read_at(PREFIX_LEN + hlen, ED25519_SIG_LEN)
    signed_bytes = prefix + untrusted_header
    if len(hsig) < ED25519_SIG_LEN or not issuer.verify(hsig, signed_bytes):
        raise ShardSignatureError()
    return SignedHeader(header, signed_bytes, PREFIX_LEN + hlen + ED25519_SIG_LEN)


def check_recipient(
    header: ShardHeader,
    device_public: DevicePublicKey,
    device_id: str | None,
    allowed_suites: Sequence[str] = SUITES,
) -> None:
    """Check 5: the shard was sealed to this device, with a suite the policy allows.

    `device_id` None means the caller knows only the key (a device secret file), so only
    the kid is compared.
    """
    if device_id is not None and header.device_id != device_id:
        raise ShardRecipientError(
            f"The shard was issued to device {header.device_id}, not {device_id}; "
            "ask for a shard issued to this workstation."
        )
    if header.recipient.kid != device_public.kid:
        raise ShardRecipientError(
            f"The shard was sealed to key {header.recipient.kid}, this device has "
            f"{device_public.kid}; ask for a shard issued to this workstation."
        )
    if header.recipient.suite not in allowed_suites:
        raise ShardSuiteError(
            f"Suite {header.recipient.suite} is not allowed by the policy; ask for a new shard."
        )
    if header.recipient.suite != device_public.suite:
        raise ShardSuiteError(
            f"The shard uses {header.recipient.suite} but this device key is "
            f"{device_public.suite}; ask for a new shard."
        )


def check_time(header: ShardHeader, now: int) -> None:
    """Check 6: `issued_at - 300 <= now <= not_after`, all in Unix seconds."""
    if now < header.issued_at - CLOCK_SKEW_S:
        raise ShardNotYetValidError(
            "The shard is not valid yet (issued in the future); check this workstation's clock."
        )
    if now > header.not_after:
        raise ShardExpiredError()


# --- manifest ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BlobRef:
    offset: int
    length: int
    sha256: str
    media_type: str


@dataclass(frozen=True)
class ManifestItem:
    item_id: str
    kind: str
    blob: BlobRef
    meta: JsonObject


@dataclass(frozen=True)
class Manifest:
    items: tuple[ManifestItem, ...]
    schema: JsonObject
    instructions: str

    def to_json(self) -> JsonObject:
        return {
            "items": [
                {
                    "item_id": it.item_id,
                    "kind": it.kind,
                    "blob": {
                        "offset": it.blob.offset,
                        "length": it.blob.length,
                        "sha256": it.blob.sha256,
                        "media_type": it.blob.media_type,
                    },
                    "meta": it.meta,
                }
                for it in self.items
            ],
            "schema": self.schema,
            "instructions": self.instructions,
        }


def parse_manifest(untrusted: bytes, blob_area_length: int) -> Manifest:
    """Validate the decrypted manifest; every blob must lie inside the blob area."""
    try:
        obj = parse_json(untrusted, allow_floats=True)
    except EncodingError as exc:
        raise ShardManifestError(f"The shard manifest is malformed ({exc.clause()}).") from None
    if not isinstance(obj, dict):
        raise ShardManifestError("The shard manifest is not a JSON object.")
    raw_items, schema, instructions = obj.get("items"), obj.get("schema"), obj.get("instructions")
    if not isinstance(raw_items, list) or not isinstance(schema, dict):
        raise ShardManifestError("The shard manifest needs 'items' (list) and 'schema' (object).")
    if not isinstance(instructions, str):
        raise ShardManifestError("The shard manifest needs 'instructions' (string).")
    items: list[ManifestItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items):
        if not isinstance(raw, dict):
            raise ShardManifestError(f"Manifest item {index} is not an object.")
        item_id, kind, blob, meta = (
            raw.get("item_id"),
            raw.get("kind"),
            raw.get("blob"),
            raw.get("meta"),
        )
        if not isinstance(item_id, str) or not item_id or item_id in seen:
            raise ShardManifestError(f"Manifest item {index} has a missing or repeated item_id.")
        if kind not in ITEM_KINDS:
            raise ShardManifestError(f"Manifest item {index} has unknown kind.")
        if not isinstance(meta, dict) or not isinstance(blob, dict):
            raise ShardManifestError(f"Manifest item {index} needs 'blob' and 'meta' objects.")
        offset, length = blob.get("offset"), blob.get("length")
        digest, media_type = blob.get("sha256"), blob.get("media_type")
        if not (is_int(offset) and is_int(length) and offset >= 0 and length >= 0):
            raise ShardManifestError(f"Manifest item {index} has an invalid blob range.")
        if offset + length > blob_area_length:
            raise ShardManifestError(f"Manifest item {index} points past the end of the payload.")
        if not is_sha256_hex(digest) or not isinstance(media_type, str):
            raise ShardManifestError(f"Manifest item {index} has an invalid sha256 or media_type.")
        seen.add(item_id)
        items.append(ManifestItem(item_id, kind, BlobRef(offset, length, digest, media_type), meta))
    return Manifest(tuple(items), schema, instructions)


# --- opening -----------------------------------------------------------------------------


class OpenedShard:
    """A shard whose header, recipient, time, key and last chunk checked out.

    Items are decrypted on demand. `read_item` returns a fresh bytearray the caller owns
    and should wipe when the item leaves the view; `close` drops the payload key.
    """

    def __init__(self, source: ByteSource, signed: SignedHeader, payload_key: bytes) -> None:
        self._source = source
        self._signed = signed
        self._aead: AESGCM | None = AESGCM(payload_key)
        self.header = signed.header
        self._aad = signed.aad
        self._check_length()
        self._decrypt_chunk(self.header.chunk_count - 1)  # last chunk present and authentic
        self.manifest = self._read_manifest()
        self._by_id = {item.item_id: item for item in self.manifest.items}

    def _check_length(self) -> None:
        actual = self._source.size() - self._signed.body_offset
        expected = self.header.body_length
        if actual < expected:
            raise ShardTruncatedError(
                f"The shard is {expected - actual} bytes short (truncated); download it again."
            )
        if actual > expected:
            raise ShardTruncatedError(
                f"The shard has {actual - expected} bytes after its last chunk; download it again."
            )

    def _decrypt_chunk(self, index: int) -> bytes:
        if self._aead is None:
            raise ShardChunkError("The shard was closed; open it again.")
        header = self.header
        last_index = header.chunk_count - 1
        plain_len = min(header.chunk_size, header.payload_length - index * header.chunk_size)
        offset = self._signed.body_offset + index * (header.chunk_size + TAG_LEN)
        sealed = self._source.read_at(offset, plain_len + TAG_LEN)
        if len(sealed) != plain_len + TAG_LEN:
            raise ShardTruncatedError("The shard file changed while open; download it again.")
        try:
            return self._aead.decrypt(chunk_nonce(index, index == last_index), sealed, self._aad)
        except InvalidTag:
            raise ShardChunkError(
                f"Chunk {index} of the shard fails authentication; the file was altered. "
                "Download it again."
            ) from None

    def read_payload(self, start: int, length: int) -> bytearray:
        """Plaintext payload bytes [start, start+length), decrypting only the chunks spanned."""
        end = start + length
        if start < 0 or length < 0 or end > self.header.payload_length:
            raise ShardManifestError("A read goes past the end of the payload.")
        out = bytearray(length)
        if length == 0:
            return out
        size = self.header.chunk_size
        for index in range(start // size, (end - 1) // size + 1):
            chunk = self._decrypt_chunk(index)
            chunk_start = index * size
            lo, hi = max(start, chunk_start), min(end, chunk_start + len(chunk))
            out[lo - start : hi - start] = chunk[lo - chunk_start : hi - chunk_start]
        return out

    def _read_manifest(self) -> Manifest:
        payload_length = self.header.payload_length
        if payload_length < 4:
            raise ShardManifestError("The payload is too short to hold a manifest.")
        (mlen,) = struct.unpack(">I", bytes(self.read_payload(0, 4)))
        if mlen > MAX_MANIFEST_LEN or 4 + mlen > payload_length:
            raise ShardManifestError("The manifest length is out of range.")
        self._blob_base = 4 + mlen
        return parse_manifest(bytes(self.read_payload(4, mlen)), payload_length - 4 - mlen)

    def item(self, item_id: str) -> ManifestItem:
        try:
            return self._by_id[item_id]
        except KeyError:
            raise ShardItemNotFoundError(f"The shard holds no item {item_id!r}.") from None

    def withhold(self, item_ids: Collection[str]) -> None:
        """Hide these items (erased on the server): they leave the manifest, and `item` and
        `read_item` answer as for an item the shard never held."""
        blocked = frozenset(item_ids)
        if not blocked & self._by_id.keys():
            return
        items = tuple(i for i in self.manifest.items if i.item_id not in blocked)
        self.manifest = replace(self.manifest, items=items)
        self._by_id = {item.item_id: item for item in items}

    def read_item(self, item_id: str) -> bytearray:
        """The item's bytes, checked against the manifest's SHA-256."""
        blob = self.item(item_id).blob
        data = self.read_payload(self._blob_base + blob.offset, blob.length)
        if not hmac.compare_digest(sha256_hex(data), blob.sha256):
            data[:] = bytes(len(data))
            raise ShardBlobError(
                f"Item {item_id!r} does not match its recorded SHA-256; ask for the shard again."
            )
        return data

    def close(self) -> None:
        self._aead = None


def open_shard(
    source: ByteSource | bytes,
    *,
    issuer_keys: Mapping[str, VerifyKey],
    device_key: DeviceEncryptionKey,
    device_id: str | None,
    now: int,
    allowed_suites: Sequence[str] = SUITES,
) -> OpenedShard:
    """Open a sealed shard for this device at time `now` (Unix seconds), all checks in order."""
    if isinstance(source, bytes | bytearray | memoryview):
        source = BytesSource(source)
    signed = read_signed_header(source, issuer_keys)
    header = signed.header
    check_recipient(header, device_key.public_key(), device_id, allowed_suites)
    check_time(header, now)
    try:
        file_key = hpke_suite(header.recipient.suite).decrypt(
            header.recipient.wrapped_key,
            device_key.hpke_private(),
            info=wrap_info(header.shard_id, header.device_id),
        )
    except (InvalidTag, ValueError, KeyMaterialError):
        raise ShardUnwrapError() from None
    if len(file_key) != FILE_KEY_LEN:
        raise ShardUnwrapError("The unwrapped file key has the wrong length; ask for a new shard.")
    return OpenedShard(source, signed, derive_payload_key(file_key, header.salt))


# --- sealing (server side) ---------------------------------------------------------------


@dataclass(frozen=True)
class ItemInput:
    """One item to seal: its id, kind, media type, bytes and non-identifying metadata."""

    item_id: str
    kind: str
    media_type: str
    data: bytes
    meta: JsonObject = field(default_factory=dict)


def build_payload(items: Sequence[ItemInput], schema: JsonObject, instructions: str = "") -> bytes:
    """u32 manifest length || CJ(manifest) || blobs, blobs in item order."""
    entries: list[ManifestItem] = []
    offset = 0
    for item in items:
        if item.kind not in ITEM_KINDS:
            raise ShardManifestError(f"Item {item.item_id!r} has unknown kind {item.kind!r}.")
        ref = BlobRef(offset, len(item.data), sha256_hex(item.data), item.media_type)
        entries.append(ManifestItem(item.item_id, item.kind, ref, item.meta))
        offset += len(item.data)
    if len({e.item_id for e in entries}) != len(entries):
        raise ShardManifestError("Item ids in a shard must be unique.")
    manifest = canonical_json(Manifest(tuple(entries), schema, instructions).to_json())
    return b"".join([struct.pack(">I", len(manifest)), manifest, *(i.data for i in items)])


def seal_chunks(
    payload: bytes | memoryview,
    *,
    shard_id: str,
    project_id: str,
    user_id: str,
    device_id: str,
    device_public: DevicePublicKey,
    issuer: SigningKey,
    issued_at: int,
    not_after: int,
    policy: JsonObject | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[bytes]:
    """Yield the sealed shard piece by piece: magic, hlen, header, hsig, then each chunk.

    Streaming keeps the sealed copy of a large payload out of memory.
    """
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ShardHeaderError(f"Chunk_size must be in [1, {MAX_CHUNK_SIZE}].")
    file_key = os.urandom(FILE_KEY_LEN)
    salt = os.urandom(SALT_LEN)
    wrapped_key = hpke_suite(device_public.suite).encrypt(
        file_key, device_public.hpke_public(), info=wrap_info(shard_id, device_id)
    )
    header = ShardHeader(
        shard_id=shard_id,
        project_id=project_id,
        user_id=user_id,
        device_id=device_id,
        issuer_kid=issuer.kid,
        issued_at=issued_at,
        not_after=not_after,
        recipient=Recipient(device_public.kid, device_public.suite, wrapped_key),
        salt=salt,
        chunk_size=chunk_size,
        payload_length=len(payload),
        policy=policy or {},
    )
    header_bytes = signed_json(header.to_json())
    signed_bytes = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    yield signed_bytes + issuer.sign(signed_bytes)
    aead = AESGCM(derive_payload_key(file_key, salt))
    aad = sha256(signed_bytes)
    view = memoryview(payload)
    count = chunk_count(len(payload), chunk_size)
    for index in range(count):
        chunk = view[index * chunk_size : (index + 1) * chunk_size]
        yield aead.encrypt(chunk_nonce(index, index == count - 1), chunk, aad)


def seal_shard(payload: bytes | memoryview, **kwargs: Any) -> bytes:
    """The whole sealed shard as bytes; see `seal_chunks` for the arguments."""
    return b"".join(seal_chunks(payload, **kwargs))
