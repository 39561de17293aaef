"""Journal receipts: the server's signed word that it stored a device's chain up to `seq`.

    {"receipt": {"device_id", "seq", "hash", "received_at"}, "kid": str, "sig": b64u}
    sig = Ed25519(server key, CJ(receipt))

The client keeps every receipt; a receipt for (seq, hash) lets it prove later that the
server held its journal up to that entry. A receipt that does not verify raises
ReceiptError (app/core/errors.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.encoding import JsonObject, b64u_decode, b64u_encode, canonical_json
from app.core.errors import EncodingError, ReceiptError
from app.core.keys import SigningKey, VerifyKey


@dataclass(frozen=True)
class Receipt:
    device_id: str
    seq: int
    hash: str
    received_at: int
    kid: str
    sig: bytes

    def body(self) -> JsonObject:
        return {
            "device_id": self.device_id,
            "seq": self.seq,
            "hash": self.hash,
            "received_at": self.received_at,
        }

    def to_json(self) -> JsonObject:
        return {"receipt": self.body(), "kid": self.kid, "sig": b64u_encode(self.sig)}


def sign_receipt(
    server_key: SigningKey, *, device_id: str, seq: int, hash_hex: str, received_at: int
) -> Receipt:
    body = {"device_id": device_id, "seq": seq, "hash": hash_hex, "received_at": received_at}
    return Receipt(
        device_id, seq, hash_hex, received_at, server_key.kid, server_key.sign(canonical_json(body))
    )


def verify_receipt(untrusted: Any, server_keys: Mapping[str, VerifyKey]) -> Receipt:
    """Check a receipt object from the server against the pinned server keys."""
    if not isinstance(untrusted, dict) or set(untrusted) != {"receipt", "kid", "sig"}:
        raise ReceiptError("Malformed receipt.")
    body, key_id = untrusted["receipt"], untrusted["kid"]
    if not isinstance(body, dict) or set(body) != {"device_id", "seq", "hash", "received_at"}:
        raise ReceiptError("Malformed receipt body.")
    key = server_keys.get(key_id) if isinstance(key_id, str) else None
    if key is None:
        raise ReceiptError("Receipt signed by a key that is not pinned.")
    try:
        sig = b64u_decode(untrusted["sig"], length=64)
    except EncodingError:
        raise ReceiptError("Receipt signature is not base64url.") from None
    if not key.verify(sig, canonical_json(body)):
        raise ReceiptError()
    device_id, seq, hash_hex, at = body["device_id"], body["seq"], body["hash"], body["received_at"]
    if not (
        isinstance(device_id, str)
        and isinstance(seq, int)
        and isinstance(hash_hex, str)
        and isinstance(at, int)
    ):
        raise ReceiptError("Receipt fields have the wrong types.")
    return Receipt(device_id, seq, hash_hex, at, key_id, sig)
