"""Read the checked-in vectors of tests/vectors/ (the tests never regenerate them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.bytesource import BytesSource
from app.core.encoding import b64u_decode
from app.core.keys import DeviceEncryptionKey, SigningKey, VerifyKey
from app.core.shard import SUITES, OpenedShard, open_shard

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
EXPECTED: dict[str, Any] = json.loads((VECTORS / "expected.json").read_text())
CASES: dict[str, dict[str, Any]] = json.loads((VECTORS / "cases.json").read_text())
OPEN_AT: int = EXPECTED["open_at"]
SMALL_SHARD = "shard_x25519.crshard"


def read(name: str) -> bytes:
    return (VECTORS / name).read_bytes()


def signing_key(name: str) -> SigningKey:
    return SigningKey.from_raw(b64u_decode(json.loads(read(name))["ed25519_seed"]))


def verify_key(name: str) -> VerifyKey:
    return VerifyKey.from_b64u(json.loads(read(name))["public"])


def device_key(name: str) -> DeviceEncryptionKey:
    return DeviceEncryptionKey.from_secret_bytes(read(name))


ISSUER = verify_key("issuer_key.json")
ISSUER_KEYS = {ISSUER.kid: ISSUER}
JOURNAL_KEY = verify_key("journal_device_key.json")
ORG = verify_key("org_key.json")
ORG_KEYS = {ORG.kid: ORG}


@dataclass(frozen=True)
class ShardVector:
    name: str
    device_id: str
    device_key: DeviceEncryptionKey
    manifest: dict[str, Any]
    header: dict[str, Any]
    items: dict[str, bytes]

    @property
    def data(self) -> bytes:
        return read(self.name)


def shard_vectors() -> Iterator[ShardVector]:
    for name, spec in EXPECTED["shards"].items():
        yield ShardVector(
            name=name,
            device_id=spec["device_id"],
            device_key=device_key(spec["device_secret"]),
            manifest=spec["manifest"],
            header=spec["header"],
            items={k: b64u_decode(v["b64u"]) for k, v in spec["items"].items()},
        )


SHARDS = {v.name: v for v in shard_vectors()}


def open_and_read_all(
    data: bytes,
    vector: ShardVector,
    *,
    allowed_suites: tuple[str, ...] = SUITES,
    source: Any = None,
) -> OpenedShard:
    """open_shard with the vector's device and time, then read every item (checks blobs)."""
    shard = open_shard(
        source or BytesSource(data),
        issuer_keys=ISSUER_KEYS,
        device_key=vector.device_key,
        device_id=vector.device_id,
        now=OPEN_AT,
        allowed_suites=allowed_suites,
    )
    for item in shard.manifest.items:
        shard.read_item(item.item_id)
    return shard
