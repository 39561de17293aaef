"""The one door through which the workstation opens a shard (ADR 4).

A shard opens only while the last full sync is within the policy's `max_offline_s`, only
if a server key pinned in the policy signed it, only for this device, and only with a key
suite the policy allows. The gate is pure: no network, no disk, no clock of its own. The
caller passes the time of the last sync (from the store) and the time now, so the window,
the demo and tests all take the same decision.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from app.core.bytesource import ByteSource
from app.core.keys import DeviceEncryptionKey, VerifyKey
from app.core.policy import Policy
from app.core.shard import OpenedShard, open_shard
from app.workstation.errors import SyncOfflineError


@dataclass(frozen=True)
class ShardGate:
    server_keys: Mapping[str, VerifyKey]
    device_id: str
    allowed_suites: tuple[str, ...]
    max_offline_s: int

    @classmethod
    def from_policy(cls, policy: Policy, device_id: str) -> ShardGate:
        """The gate for this device under a verified policy (its pinned server keys)."""
        return cls(
            server_keys=dict(policy.server_keys),
            device_id=device_id,
            allowed_suites=policy.allowed_shard_suites,
            max_offline_s=policy.max_offline_s,
        )

    def offline_left_ms(self, last_sync_ms: int | None, now_ms: int) -> int:
        """Milliseconds, counting this one, in which shards may still open; 0 or less means
        closed. Being offline exactly `max_offline_s` is still allowed, one millisecond more
        is not. Never synced, or a last sync in the future (a clock put back), is closed."""
        if last_sync_ms is None or now_ms < last_sync_ms:
            return 0
        return self.max_offline_s * 1000 - (now_ms - last_sync_ms) + 1

    def may_open(self, last_sync_ms: int | None, now_ms: int) -> bool:
        """True while the last full sync is no older than the policy's max_offline_s."""
        return self.offline_left_ms(last_sync_ms, now_ms) > 0

    def open(
        self,
        sealed: bytes | ByteSource,
        device_key: DeviceEncryptionKey,
        *,
        last_sync_ms: int | None,
        now_ms: int,
        blocked_items: Collection[str] = (),
    ) -> OpenedShard:
        """Open `sealed` for this device, or raise: SyncOfflineError when offline too long,
        a ShardError (app/core/errors.py) for every check of DESIGN.md §5.

        `blocked_items` is the store's erasure block list (`Store.blocked_items()`): those
        items are withheld from the opened shard, so an erased item never shows again, even
        from a copy of the shard cached before the erasure."""
        if not self.may_open(last_sync_ms, now_ms):
            raise SyncOfflineError()
        shard = open_shard(
            sealed,
            issuer_keys=self.server_keys,
            device_key=device_key,
            device_id=self.device_id,
            now=now_ms // 1000,
            allowed_suites=self.allowed_suites,
        )
        shard.withhold(blocked_items)
        return shard
