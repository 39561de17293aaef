"""One factory for hand-built shards: a real `seal_shard` by a fresh issuer key, so a test
says only what matters to it (the device, the items, the time)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.keys import DevicePublicKey, SigningKey, VerifyKey
from app.core.shard import DEFAULT_CHUNK_SIZE, ItemInput, build_payload, seal_shard

NOW = 1_800_000_000  # Unix seconds; tests pass it as the opening time
TEXT_ITEMS = (ItemInput("i1", "text", "text/plain", b"item text"),)


@dataclass(frozen=True)
class HandBuiltShard:
    sealed: bytes
    issuer: SigningKey = field(repr=False)

    @property
    def issuer_keys(self) -> dict[str, VerifyKey]:
        return {self.issuer.kid: self.issuer.verify_key()}


def make_shard(
    device_id: str,
    device_public: DevicePublicKey,
    *,
    items: Sequence[ItemInput] = TEXT_ITEMS,
    schema: Mapping[str, Any] | None = None,
    instructions: str = "",
    issuer: SigningKey | None = None,
    now: int = NOW,
    ttl_s: int = 3600,
    shard_id: str = "s1",
    project_id: str = "p1",
    user_id: str = "u1",
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> HandBuiltShard:
    """Seal `items` to one device, issued at `now`, valid for `ttl_s` seconds."""
    issuer = issuer or SigningKey.generate()
    payload = build_payload(list(items), dict(schema or {}), instructions)
    sealed = seal_shard(
        payload,
        shard_id=shard_id,
        project_id=project_id,
        user_id=user_id,
        device_id=device_id,
        device_public=device_public,
        issuer=issuer,
        issued_at=now,
        not_after=now + ttl_s,
        chunk_size=chunk_size,
    )
    return HandBuiltShard(sealed, issuer)
