"""A second implementation of `cleanroom-shard/1` and `cleanroom-journal/1`, written from
DESIGN.md sections 4 to 6 alone, to prove that the format text is enough to interoperate.

It deliberately shares no code with `app`: only the standard library (json, hashlib,
struct, base64) and `cryptography` primitives. It is plain and strict rather than fast.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"CRSHARD1"
HYBRID = "hpke-mlkem768x25519-sha256-aes256gcm"
X25519 = "hpke-x25519-sha256-aes256gcm"
KEMS = {HYBRID: hpke.KEM.MLKEM768_X25519, X25519: hpke.KEM.X25519}


class Rejected(Exception):
    """The input does not verify; `reason` names the DESIGN.md check that failed."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.reason = reason
        self.line = line


# --- §4 encodings --------------------------------------------------------------------------


def cj(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64u(text: Any) -> bytes:
    if not isinstance(text, str) or "=" in text:
        raise Rejected("b64u")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        raise Rejected("b64u") from None
    if b64u(raw) != text:
        raise Rejected("b64u")
    return raw


def kid(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:16]


def suite(name: str) -> hpke.Suite:
    return hpke.Suite(KEMS[name], hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


# --- device keys (§5: public form and secret file) -----------------------------------------


def device_public(secret: dict[str, str]) -> bytes:
    x_pub = x25519.X25519PrivateKey.from_private_bytes(unb64u(secret["x25519"])).public_key()
    raw = x_pub.public_bytes_raw()
    if secret["suite"] == HYBRID:
        m = mlkem.MLKEM768PrivateKey.from_seed_bytes(unb64u(secret["mlkem768_seed"]))
        raw = m.public_key().public_bytes_raw() + raw
    return raw


def _hpke_public(suite_name: str, raw: bytes) -> Any:
    if suite_name == HYBRID:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(raw[:1184]),
            x25519.X25519PublicKey.from_public_bytes(raw[1184:]),
        )
    return x25519.X25519PublicKey.from_public_bytes(raw)


def _hpke_private(secret: dict[str, str]) -> Any:
    x_key = x25519.X25519PrivateKey.from_private_bytes(unb64u(secret["x25519"]))
    if secret["suite"] == HYBRID:
        m = mlkem.MLKEM768PrivateKey.from_seed_bytes(unb64u(secret["mlkem768_seed"]))
        return hpke.MLKEM768X25519PrivateKey(m, x_key)
    return x_key


# --- §5 shard ------------------------------------------------------------------------------


def _info(shard_id: str, device_id: str) -> bytes:
    return b"cleanroom-shard/1\x00" + shard_id.encode() + b"\x00" + device_id.encode()


def _payload_key(file_key: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"cleanroom-shard/1 payload")
    return hkdf.derive(file_key)


def _nonce(i: int, last: bool) -> bytes:
    return i.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _n_chunks(payload_length: int, chunk_size: int) -> int:
    return max(1, (payload_length + chunk_size - 1) // chunk_size)


def build_payload(
    items: list[tuple[str, str, str, bytes, dict[str, Any]]],
    schema: dict[str, Any],
    instructions: str,
) -> bytes:
    """items: (item_id, kind, media_type, data, meta)."""
    entries, offset = [], 0
    for item_id, kind, media_type, data, meta in items:
        blob = {
            "offset": offset,
            "length": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "media_type": media_type,
        }
        entries.append({"item_id": item_id, "kind": kind, "blob": blob, "meta": meta})
        offset += len(data)
    manifest = cj({"items": entries, "schema": schema, "instructions": instructions})
    return struct.pack(">I", len(manifest)) + manifest + b"".join(i[3] for i in items)


def seal(
    payload: bytes,
    *,
    issuer_seed: bytes,
    device_public_raw: bytes,
    shard_id: str,
    project_id: str,
    user_id: str,
    device_id: str,
    issued_at: int,
    not_after: int,
    chunk_size: int,
    policy: dict[str, Any] | None = None,
) -> bytes:
    suite_name = HYBRID if len(device_public_raw) == 1216 else X25519
    file_key, salt = os.urandom(32), os.urandom(16)
    wrapped = suite(suite_name).encrypt(
        file_key, _hpke_public(suite_name, device_public_raw), info=_info(shard_id, device_id)
    )
    issuer = ed25519.Ed25519PrivateKey.from_private_bytes(issuer_seed)
    header = cj(
        {
            "format": "cleanroom-shard/1",
            "shard_id": shard_id,
            "project_id": project_id,
            "user_id": user_id,
            "device_id": device_id,
            "issuer_kid": kid(issuer.public_key().public_bytes_raw()),
            "issued_at": issued_at,
            "not_after": not_after,
            "recipient": {
                "kid": kid(device_public_raw),
                "suite": suite_name,
                "wrapped_key": b64u(wrapped),
            },
            "salt": b64u(salt),
            "chunk_size": chunk_size,
            "payload_length": len(payload),
            "policy": policy or {},
        }
    )
    signed = MAGIC + struct.pack(">I", len(header)) + header
    aead = AESGCM(_payload_key(file_key, salt))
    aad = hashlib.sha256(signed).digest()
    n = _n_chunks(len(payload), chunk_size)
    out = [signed, issuer.sign(signed)]
    for i in range(n):
        chunk = payload[i * chunk_size : (i + 1) * chunk_size]
        out.append(aead.encrypt(_nonce(i, i == n - 1), chunk, aad))
    return b"".join(out)


class Opened:
    """A shard that passed every check up to the last chunk; blobs checked on read."""

    def __init__(self, data: bytes, header: dict[str, Any], body: int, key: bytes, aad: bytes):
        self._data, self.header, self._body = data, header, body
        self._aead, self._aad = AESGCM(key), aad
        size, length = header["chunk_size"], header["payload_length"]
        self._n = _n_chunks(length, size)
        self._chunk(self._n - 1)
        if length < 4:
            raise Rejected("manifest")
        (mlen,) = struct.unpack(">I", self.payload(0, 4))
        if 4 + mlen > length:
            raise Rejected("manifest")
        try:
            self.manifest = json.loads(self.payload(4, mlen))
            area = length - 4 - mlen
            inside = all(
                i["blob"]["offset"] >= 0 and i["blob"]["offset"] + i["blob"]["length"] <= area
                for i in self.manifest["items"]
            )
        except (ValueError, KeyError, TypeError):
            raise Rejected("manifest") from None
        if not inside:
            raise Rejected("manifest")
        self._blob_base = 4 + mlen

    def _chunk(self, i: int) -> bytes:
        size, length = self.header["chunk_size"], self.header["payload_length"]
        plain = min(size, length - i * size)
        start = self._body + i * (size + 16)
        try:
            return self._aead.decrypt(
                _nonce(i, i == self._n - 1), self._data[start : start + plain + 16], self._aad
            )
        except InvalidTag:
            raise Rejected("chunk tag") from None

    def payload(self, start: int, length: int) -> bytes:
        size = self.header["chunk_size"]
        if length == 0:
            return b""
        first, last = start // size, (start + length - 1) // size
        joined = b"".join(self._chunk(i) for i in range(first, last + 1))
        return joined[start - first * size : start - first * size + length]

    def read_item(self, item_id: str) -> bytes:
        (item,) = [i for i in self.manifest["items"] if i["item_id"] == item_id]
        blob = item["blob"]
        data = self.payload(self._blob_base + blob["offset"], blob["length"])
        if hashlib.sha256(data).hexdigest() != blob["sha256"]:
            raise Rejected("blob sha256")
        return data


def open_shard(
    data: bytes,
    *,
    issuer_publics: list[bytes],
    device_secret: dict[str, str],
    device_id: str | None,
    now: int,
    allowed_suites: tuple[str, ...] = (HYBRID, X25519),
) -> Opened:
    """The §5 checks, in the §5 order."""
    if data[:8] != MAGIC:
        raise Rejected("magic")
    if len(data) < 12:
        raise Rejected("header parse")
    (hlen,) = struct.unpack(">I", data[8:12])
    raw_header = data[12 : 12 + hlen]
    try:
        header = json.loads(raw_header.decode("utf-8"))
        canonical = cj(header) == raw_header
    except ValueError:
        raise Rejected("header parse") from None
    if len(raw_header) != hlen or not isinstance(header, dict) or not canonical:
        raise Rejected("header parse")
    if header.get("format") != "cleanroom-shard/1":
        raise Rejected("format")
    issuers = {kid(p): p for p in issuer_publics}
    if header.get("issuer_kid") not in issuers:
        raise Rejected("issuer unknown")
    signed, hsig = data[: 12 + hlen], data[12 + hlen : 12 + hlen + 64]
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(issuers[header["issuer_kid"]]).verify(
            hsig, signed
        )
    except InvalidSignature:
        raise Rejected("signature") from None
    recipient = header["recipient"]
    if device_id is not None and header["device_id"] != device_id:
        raise Rejected("device id")
    if recipient["kid"] != kid(device_public(device_secret)):
        raise Rejected("device kid")
    if recipient["suite"] not in allowed_suites or recipient["suite"] != device_secret["suite"]:
        raise Rejected("suite")
    if not header["issued_at"] - 300 <= now <= header["not_after"]:
        raise Rejected("time")
    try:
        file_key = suite(recipient["suite"]).decrypt(
            unb64u(recipient["wrapped_key"]),
            _hpke_private(device_secret),
            info=_info(header["shard_id"], header["device_id"]),
        )
    except (InvalidTag, ValueError):
        raise Rejected("key unwrap") from None
    body = 12 + hlen + 64
    n = _n_chunks(header["payload_length"], header["chunk_size"])
    if len(data) - body != header["payload_length"] + 16 * n:
        raise Rejected("last chunk present")
    key = _payload_key(file_key, unb64u(header["salt"]))
    return Opened(data, header, body, key, hashlib.sha256(signed).digest())


# --- §6 journal ----------------------------------------------------------------------------


def genesis(device_id: str) -> str:
    return hashlib.sha256(b"cleanroom-journal/1\x00" + device_id.encode()).hexdigest()


def journal_lines(
    seed: bytes, device_id: str, events: list[tuple[str, int, dict[str, Any]]]
) -> bytes:
    """JSON Lines for (type, ts_ms, data) events from seq 1."""
    key = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    prev, out = genesis(device_id), []
    for seq, (event_type, ts_ms, data) in enumerate(events, start=1):
        entry = {
            "v": 1,
            "device_id": device_id,
            "seq": seq,
            "prev": prev,
            "ts_ms": ts_ms,
            "user_id": "u-indep",
            "session_id": None,
            "type": event_type,
            "data": data,
        }
        digest = hashlib.sha256(cj(entry)).digest()
        out.append(cj({"entry": entry, "hash": digest.hex(), "sig": b64u(key.sign(digest))}))
        prev = digest.hex()
    return b"".join(line + b"\n" for line in out)


def verify_journal(
    data: bytes, device_public_raw: bytes, max_clock_step_s: int = 300
) -> tuple[int, str]:
    """(last seq, last hash) of a journal from seq 1, or Rejected with the first bad line."""
    public = ed25519.Ed25519PublicKey.from_public_bytes(device_public_raw)
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    if not lines:
        raise Rejected("empty", 1)
    device_id, seq, prev, last_ts = None, 0, "", None
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line.decode("utf-8"))
            entry = record["entry"]
            ok = cj(record) == line and set(record) == {"entry", "hash", "sig"}
            sig = unb64u(record["sig"])
        except (ValueError, KeyError, TypeError, Rejected):
            raise Rejected("parse", number) from None
        if not ok or not isinstance(entry, dict):
            raise Rejected("parse", number)
        digest = hashlib.sha256(cj(entry)).digest()
        if record["hash"] != digest.hex():
            raise Rejected("hash", number)
        try:
            public.verify(sig, digest)
        except InvalidSignature:
            raise Rejected("signature", number) from None
        if device_id is None:
            device_id, prev = entry["device_id"], genesis(entry["device_id"])
        if entry["device_id"] != device_id:
            raise Rejected("device", number)
        if entry["seq"] != seq + 1:
            raise Rejected("seq", number)
        if entry["prev"] != prev:
            raise Rejected("prev", number)
        if last_ts is not None and entry["ts_ms"] < last_ts - max_clock_step_s * 1000:
            raise Rejected("clock", number)
        seq, prev, last_ts = entry["seq"], record["hash"], entry["ts_ms"]
    return seq, prev
