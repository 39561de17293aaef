"""The workstation as the window (and the demo) use it: one Qt-free facade over the policy,
the device identity, the encrypted store, the session, sync and the shard gate.

    Workbench(policy, keys, store_file)
      enrol(code)            -> keys made, device registered, journal started
      login / lock / unlock_online / unlock_offline / logout
      list_shards()          -> server list merged with the shards cached in the store
      download_shard(id)     -> sealed bytes cached in the store (still sealed)
      open_shard(id)         -> only through the gate (pinned keys, this device, offline limit);
                                registered with the session, so a lock closes it
      open_item(id)          -> decrypted bytes registered with the session (lock wipes them)
      save(draft) / skip(item, reason) / item_states() / status() / pusher()
      apply_erasures()       -> erased items withheld from every open shard
      shred(exc)             -> `403 device_revoked`: crypto-shred this device (revocation.py)

Invariants: nothing here shows or logs task content; every decrypted buffer it hands out is
registered with the `Session`, so `lock()` and `logout()` wipe it; shards open only while the
session is active and the last sync is within the policy's `max_offline_s`. The session's
online check is `ServerAuth` over this device's pinned `SyncClient`. `SyncClient` is not
thread-safe, so the sync worker gets its own through `pusher()`; the store is (one lock).
`clock_ms` drives the session, the store and the gate; `sync_clock_ms` the login proof and
the last-sync time, which the server and the offline limit compare with real time.

Every call that reaches the server (login, unlock, push, list, download) shreds the device on
`DeviceRevokedError` before re-raising it, whatever thread it runs on; the sync worker's own
client (`pusher()`) leaves that to the window, which calls `shred` on the UI thread.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

from app.core.clock import now_ms
from app.core.encoding import JsonObject
from app.core.errors import CleanroomError, UsageError
from app.core.keys import SUITE_HYBRID
from app.core.label_schema import LabelSchema
from app.core.labels import LabelDraft, LabelVersion
from app.core.memory import wipe
from app.core.policy import Policy
from app.core.shard import OpenedShard
from app.workstation.enrolment import enrol_workstation
from app.workstation.errors import (
    DeviceRevokedError,
    IdentityMissingError,
    OfflineUnlockError,
    SessionError,
    SessionLockedError,
    SyncError,
    SyncTransportError,
)
from app.workstation.identity import IDENTITY_ENTRY, DeviceIdentity, create_identity
from app.workstation.keystore import KeyStore
from app.workstation.review_client import ReviewClient, decision_label
from app.workstation.revocation import Shredded, shred_device
from app.workstation.server_auth import ServerAuth
from app.workstation.session import Session, State
from app.workstation.shard_gate import ShardGate
from app.workstation.store import Store, open_vault
from app.workstation.sync import PushReport, SyncClient, SyncConfig
from app.workstation.textguard import save_label_checked, text_for_view

T = TypeVar("T")

SKIP_REASONS: Final = {
    "unreadable": "Cannot be read (damaged, blank or cut off)",
    "out_of_scope": "Not what this project is about",
    "needs_expert": "Needs an expert's eye",
    "schema_gap": "No label in the schema fits",
    "redaction_problem": "Personal data still visible",
}
"""Skip reasons are fixed codes: a free-text reason could carry content into the journal."""

SKIP_EVENT: Final = "item.skipped"
ITEM_STATES: Final = ("new", "labelled", "skipped", "needs sync")
_INDEX_KEY: Final = "workbench.shards"
_SKIPS_KEY: Final = "workbench.skipped."
_ACCOUNT_KEY: Final = "workbench.account_id"
_NEAR_EXPIRY_S: Final = 24 * 3600


class _NotFinishedError(IdentityMissingError):
    """This workstation's enrolment did not finish; enrol it again with a new code."""


@dataclass(frozen=True)
class ShardSummary:
    shard_id: str
    project_id: str
    issued_at: int
    not_after: int  # Unix seconds
    cached: bool  # the sealed bytes are in the store
    on_server: bool  # the server listed it just now
    item_count: int | None  # known once opened
    done: int  # items labelled or skipped

    def expires_in_s(self, now_s: int) -> int:
        return self.not_after - now_s

    def near_expiry(self, now_s: int) -> bool:
        return self.expires_in_s(now_s) <= _NEAR_EXPIRY_S


@dataclass(frozen=True)
class ItemEntry:
    item_id: str
    kind: str
    state: str  # one of ITEM_STATES


@dataclass
class OpenedItem:
    """One decrypted item, Qt-free. `data` is registered with the session: wiped on lock."""

    shard_id: str
    project_id: str
    item_id: str
    kind: str
    data: bytearray
    meta: dict[str, Any]
    schema: dict[str, Any]
    instructions: str
    labels: list[LabelVersion]


@dataclass(frozen=True)
class Status:
    labels_queued: int
    journal_queued: int
    last_sync_ms: int | None
    offline_left_ms: int  # <= 0: shards stay closed until the next sync
    online: bool  # the last call to the server got an answer
    label_refusal: str | None = None  # the server's code for refusing labels at the last push


@dataclass
class _Open:
    shard: OpenedShard
    project_id: str
    item_ids: list[str] = field(default_factory=list)
    schema: LabelSchema | None = None  # parsed at the first save (a bad one fails that item)


def _require_active_now(session: Session) -> None:
    """Active, without the idle check: a worker thread must not lock the session (and wipe
    buffers) under the UI thread, whose timer takes that decision."""
    if session.state is not State.ACTIVE:
        raise SessionLockedError()


class Workbench:
    """See the module docstring. All methods run on the caller's thread; none sleeps."""

    def __init__(
        self,
        policy: Policy,
        keys: KeyStore,
        store_file: Path,
        *,
        clock_ms: Callable[[], int] = now_ms,
        sync_clock_ms: Callable[[], int] = now_ms,
        sync_overrides: Mapping[str, Any] | None = None,
        scrypt_n: int | None = None,
        suite: str = SUITE_HYBRID,
    ) -> None:
        self.policy = policy
        self.keys = keys
        self.store_file = Path(store_file)
        self._clock_ms = clock_ms
        self._sync_config = SyncConfig.from_policy(policy, **dict(sync_overrides or {}))
        self._scrypt_n = scrypt_n
        self._suite = suite
        self._sync_clock_ms = sync_clock_ms
        self.client = SyncClient(self._sync_config, clock_ms=sync_clock_ms)
        self.identity: DeviceIdentity | None = None
        self.store: Store | None = None
        self.session: Session | None = None
        self.online = True
        self._open: dict[str, _Open] = {}
        self._lock = threading.Lock()
        self._index_lock = threading.Lock()
        self._shred_lock = threading.Lock()
        self.shredded: Shredded | None = None

    # --- enrolment and the vault --------------------------------------------------------

    @property
    def enrolled(self) -> bool:
        """True once this device's identity and its store (journal started) exist; opens
        the vault on the way. A damaged vault raises its VaultError (never "not enrolled":
        re-enrolling over it would lose its labels)."""
        if self.store is None:
            if self.keys.get(IDENTITY_ENTRY) is None or not self.store_file.exists():
                return False
            try:
                self.open_vault()
            except _NotFinishedError:
                return False
        return True

    def open_vault(self) -> None:
        """Load the identity and open the store (idempotent)."""
        if self.store is not None:
            return
        if self.keys.get(IDENTITY_ENTRY) is None:
            raise IdentityMissingError("This workstation is not enrolled; enrol it first.")
        identity, store = open_vault(self.keys, self.store_file, clock_ms=self._clock_ms)
        if store.chain_state.seq == 0:
            store.close()
            raise _NotFinishedError(
                "This workstation's enrolment did not finish; enrol it again with a new code."
            )
        self._attach(identity, store)

    def enrol(self, code: str, progress: Callable[[str], None] | None = None) -> str:
        """Make the device keys, register them with the server, start the journal.
        Returns the device id. `progress` hears each step's name (no secrets)."""
        say = progress or (lambda _step: None)
        if not code.strip():
            raise UsageError("Type the one-time enrolment code from IT.")
        if self.keys.get(IDENTITY_ENTRY) is None:
            say("Making this device's keys")
            create_identity(self.keys, suite=self._suite)
        say("Registering the device with the server")
        identity, store = enrol_workstation(
            self.keys, self.client, code.strip(), path=self.store_file, suite=self._suite,
            clock_ms=self._clock_ms,
        )  # fmt: skip
        say("Journal started")
        self._attach(identity, store)
        return identity.device_id

    def _attach(self, identity: DeviceIdentity, store: Store) -> None:
        self.identity, self.store = identity, store
        self.shredded = None
        self.client.device_id = identity.device_id
        extra = {} if self._scrypt_n is None else {"scrypt_n": self._scrypt_n}
        self.session = Session(
            store,
            idle_lock_s=self.policy.idle_lock_s,
            max_offline_s=self.policy.max_offline_s,
            clock_s=lambda: self._clock_ms() / 1000,
            online_auth=ServerAuth(self.client, identity.signing_key),
            **extra,
        )

    @property
    def account_id(self) -> str:
        """The server's id of the user this device is enrolled for (labels carry it; the
        server binds a device to one user). Taken once from the `enrolled` journal entry."""
        _, store, _ = self._need()
        cached = store.get_setting(_ACCOUNT_KEY)
        if cached:
            return cached
        first = store.journal_records(after_seq=0)[:1]
        user = first[0].entry.get("user_id") if first else None
        if not isinstance(user, str) or not user:
            raise IdentityMissingError(
                "This workstation's enrolment names no user; IT must re-enrol it."
            )
        store.set_setting(_ACCOUNT_KEY, user)
        return user

    def _need(self) -> tuple[DeviceIdentity, Store, Session]:
        if self.identity is None or self.store is None or self.session is None:
            raise IdentityMissingError("This workstation is not enrolled; enrol it first.")
        return self.identity, self.store, self.session

    # --- session ------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return State.LOGGED_OUT if self.session is None else self.session.state

    @property
    def user_id(self) -> str | None:
        return None if self.session is None else self.session.user_id

    @property
    def session_id(self) -> str | None:
        return None if self.session is None else self.session.session_id

    def _online_check(self, check: Callable[[], T]) -> T:
        """A password check against the server (login, online unlock): unreachable marks
        the workstation offline, a revoked device is shredded, anything else passes."""
        try:
            result = check()
        except OfflineUnlockError:
            self.online = False
            raise
        except DeviceRevokedError as exc:
            self.shred(exc)
            raise
        self.online = True
        return result

    def login(self, user: str, password: str, totp: str) -> str:
        """Online login (password + TOTP + the device's proof). OfflineUnlockError means
        the server could not be reached: offer `login_offline` if `offline_allowed()`."""
        _, _, session = self._need()
        session_id = self._online_check(lambda: session.login(user, password, totp))
        self._remember_user(user)
        self.sync_quietly()  # a login is a server contact: send what waits, restart the clock
        return session_id

    def sync_quietly(self) -> PushReport | None:
        """Push now; a failure leaves the work queued (the status bar shows it)."""
        try:
            return self.push()
        except DeviceRevokedError as exc:  # a SyncError too: never swallowed as a hiccup
            self.shred(exc)
            raise
        except SyncError:
            return None

    def offline_allowed(self, user: str) -> bool:
        """Working offline is possible: a verifier from an earlier online login exists and
        the last server check is within the policy's `max_offline_s`."""
        _, store, _ = self._need()
        stored = store.get_verifier(user)
        if stored is None or self.policy.max_offline_s == 0:
            return False
        return self._clock_ms() - stored[1] <= self.policy.max_offline_s * 1000

    def login_offline(self, user: str, password: str) -> str:
        """Log in without the server, checked like an offline unlock (verifier, limit,
        failure count). Session has no offline login yet: this starts the session locked
        and unlocks it offline, so every check and journal entry is the session's own."""
        _, _, session = self._need()
        native = getattr(session, "login_offline", None)
        if callable(native):
            result = native(user, password)
            self._remember_user(user)
            return str(result)
        if session.state is not State.LOGGED_OUT:
            raise SessionError("A session is already open; log out first.")
        session.user_id, session.session_id = user, str(uuid.uuid4())
        session.state = State.LOCKED
        try:
            session.unlock_offline(password)
        except BaseException:
            session.state = State.LOGGED_OUT
            session.user_id = session.session_id = None
            raise
        self.online = False
        self._remember_user(user)
        assert session.session_id is not None
        return session.session_id

    def _remember_user(self, user: str) -> None:
        _, store, _ = self._need()
        if store.get_setting("workbench.last_user") != user:
            store.set_setting("workbench.last_user", user)

    def last_user(self) -> str | None:
        return None if self.store is None else self.store.get_setting("workbench.last_user")

    def touch(self) -> bool:
        """User activity; False when the idle time had already run out (now locked)."""
        return self.session is not None and self.session.touch()

    def check_idle(self) -> bool:
        """Lock if idle for the policy's `idle_lock_s`; True when this call locked."""
        if self.session is None:
            return False
        locked = self.session.check_idle()
        if locked:
            self._forget_open()
        return locked

    def lock(self, reason: str = "manual") -> None:
        """Wipe every decrypted buffer and close every shard (the session does both)."""
        if self.session is not None:
            self.session.lock(reason)
        self._forget_open()

    def unlock_online(self, password: str, totp: str) -> None:
        _, _, session = self._need()
        self._online_check(lambda: session.unlock_online(password, totp))
        self.sync_quietly()

    def unlock_offline(self, password: str) -> None:
        self._need()[2].unlock_offline(password)

    def logout(self) -> None:
        if self.session is not None:
            self.session.logout()
        self._forget_open()
        self.client.token = None

    def shred(self, exc: DeviceRevokedError) -> Shredded:
        """The server said `device_revoked`: log out (every buffer wiped, every shard
        closed), then crypto-shred the keys, cached shards and store (revocation.py) and
        forget them. Safe to call again (from another thread, or the window after a worker
        already did): the first call's result is returned."""
        with self._shred_lock:
            if self.shredded is not None:
                return self.shredded
            if self.session is not None:
                self.session.logout()
            self._forget_open()
            device_id = self.identity.device_id if self.identity is not None else ""
            self.shredded = shred_device(
                self.keys, self.store, device_id, notice=exc.notice, clock_ms=self._clock_ms
            )
            self.store = self.identity = self.session = None
            self.client.token = None
            return self.shredded

    def _forget_open(self) -> None:
        with self._lock:
            for entry in self._open.values():
                entry.shard.close()  # the session closed it too; closing twice is harmless
            self._open.clear()

    def close(self) -> None:
        """Log out and close the store (the window's last call)."""
        self.logout()
        if self.store is not None:
            self.store.close()
            self.store = None

    # --- shards -------------------------------------------------------------------------

    def _index(self) -> dict[str, dict[str, Any]]:
        _, store, _ = self._need()
        raw = store.get_setting(_INDEX_KEY)
        try:
            index = json.loads(raw) if raw else {}
        except ValueError:
            index = {}
        return index if isinstance(index, dict) else {}

    def _save_index(self, index: dict[str, dict[str, Any]]) -> None:
        self._need()[1].set_setting(_INDEX_KEY, json.dumps(index, sort_keys=True))

    def list_shards(self) -> list[ShardSummary]:
        """The server's list (when it answers) merged with the shards cached here; expired
        shards are left out. Never raises for a network failure: `online` turns False.
        Runs on the window's worker thread: the idle lock stays the UI thread's decision."""
        _, store, session = self._need()
        _require_active_now(session)
        listed: set[str] = set()
        try:
            rows = self.client.list_shards() if self.client.token is not None else []
            self.online = self.client.token is not None
        except SyncTransportError:
            rows, self.online = [], False
        except DeviceRevokedError as exc:
            self.shred(exc)
            raise
        with self._index_lock:  # the UI thread may record an opened shard meanwhile
            index = self._index()
            for row in rows:
                shard_id = str(row.get("shard_id", ""))
                if not shard_id:
                    continue
                listed.add(shard_id)
                entry = index.setdefault(shard_id, {})
                entry.update(
                    project_id=str(row.get("project_id", "")),
                    issued_at=int(row.get("issued_at", 0)),
                    not_after=int(row.get("not_after", 0)),
                    sha256=str(row.get("sha256", "")),
                )
            if rows:
                self._save_index(index)
        now_s = self._clock_ms() // 1000
        out = []
        for shard_id, entry in sorted(
            index.items(), key=lambda kv: (kv[1].get("issued_at", 0), kv[0])
        ):
            if int(entry.get("not_after", 0)) <= now_s:
                continue
            cached = bool(entry.get("cached")) and store.cached_shard(shard_id) is not None
            if not cached and shard_id not in listed:
                continue
            out.append(
                ShardSummary(
                    shard_id=shard_id,
                    project_id=str(entry.get("project_id", "")),
                    issued_at=int(entry.get("issued_at", 0)),
                    not_after=int(entry.get("not_after", 0)),
                    cached=cached,
                    on_server=shard_id in listed,
                    item_count=entry.get("item_count"),
                    done=self._done_count(shard_id, entry.get("item_ids") or []),
                )
            )
        return out

    def download_shard(
        self, shard_id: str, progress: Callable[[int, int], None] | None = None
    ) -> None:
        """Fetch the sealed shard and keep it in the store (still sealed to this device).
        `progress(done, total)` in steps: a shard arrives in one response. Worker thread."""
        _, store, session = self._need()
        _require_active_now(session)
        index = self._index()
        entry = index.get(shard_id)
        if entry is None:
            raise SyncError("The server did not list this shard; refresh the queue.")
        if progress is not None:
            progress(0, 2)
        try:
            sealed = self.client.download_shard(shard_id, entry.get("sha256") or None)
        except DeviceRevokedError as exc:
            self.shred(exc)
            raise
        if progress is not None:
            progress(1, 2)
        store.cache_shard(shard_id, sealed)
        with self._index_lock:
            index = self._index()
            index.setdefault(shard_id, {})["cached"] = True
            self._save_index(index)
        store.append_journal(
            "shard.received", {"shard_id": shard_id}, self.user_id, self.session_id
        )
        if progress is not None:
            progress(2, 2)

    def open_shard(self, shard_id: str) -> list[ItemEntry]:
        """Open a cached shard through the gate; returns its items with their states."""
        identity, store, session = self._need()
        session.require_active()
        with self._lock:
            opened = self._open.get(shard_id)
        if opened is None:
            sealed = store.cached_shard(shard_id)
            if sealed is None:
                raise SyncError("This shard is not downloaded yet; download it first.")
            shard = self.gate.open(
                sealed, identity.encryption_key, last_sync_ms=store.last_sync_ms(),
                now_ms=self._clock_ms(), blocked_items=store.blocked_items(),
            )  # fmt: skip
            try:
                session.register_shard(shard)
            except BaseException:
                shard.close()
                raise
            item_ids = [item.item_id for item in shard.manifest.items]
            opened = _Open(shard, shard.header.project_id, item_ids)
            with self._lock:
                self._open[shard_id] = opened
            with self._index_lock:
                index = self._index()
                entry = index.setdefault(shard_id, {"cached": True})
                entry.update(
                    project_id=shard.header.project_id, item_count=len(item_ids),
                    item_ids=item_ids, not_after=shard.header.not_after,
                    issued_at=shard.header.issued_at,
                )  # fmt: skip
                self._save_index(index)
            store.append_journal(
                "shard.opened", {"shard_id": shard_id, "items": len(item_ids)},
                self.user_id, self.session_id,
            )  # fmt: skip
        return self.item_states(shard_id)

    def apply_erasures(self) -> set[str]:
        """Withhold the store's erased items (`Store.blocked_items`, filled by a push) from
        every open shard at once; returns the ids withheld now. The window clears an erased
        item it shows and reloads the item list."""
        if self.store is None:
            return set()
        blocked = self.store.blocked_items()
        removed: set[str] = set()
        with self._lock:
            for opened in self._open.values():
                gone = blocked.intersection(opened.item_ids)
                if gone:
                    opened.shard.withhold(gone)
                    opened.item_ids = [i for i in opened.item_ids if i not in gone]
                    removed |= gone
            counts = {sid: list(o.item_ids) for sid, o in self._open.items()}
        if removed:
            with self._index_lock:
                index = self._index()
                for shard_id, item_ids in counts.items():
                    if shard_id in index:
                        index[shard_id].update(item_ids=item_ids, item_count=len(item_ids))
                self._save_index(index)
        return removed

    def close_shard(self, shard_id: str) -> None:
        with self._lock:
            opened = self._open.pop(shard_id, None)
        if opened is not None:
            opened.shard.close()

    def _opened(self, shard_id: str) -> _Open:
        self._need()[2].require_active()
        with self._lock:
            opened = self._open.get(shard_id)
        if opened is None:
            raise SessionLockedError("The shard is closed; open it again from the queue.")
        return opened

    def item_states(self, shard_id: str) -> list[ItemEntry]:
        opened = self._opened(shard_id)
        skipped = self._skipped(shard_id)
        labelled, unsynced = self._label_items(shard_id)
        out = []
        for item in opened.shard.manifest.items:
            if item.item_id in unsynced:
                state = "needs sync"
            elif item.item_id in labelled:
                state = "labelled"
            elif item.item_id in skipped:
                state = "skipped"
            else:
                state = "new"
            out.append(ItemEntry(item.item_id, item.kind, state))
        return out

    def _label_items(self, shard_id: str) -> tuple[set[str], set[str]]:
        """(items with labels, items with labels the server has not acknowledged)."""
        _, store, _ = self._need()
        # One read the Store has no method for yet (asked of the issue-9 helper).
        rows = store._select(
            "SELECT item_id, min(acked) FROM labels WHERE shard_id = ? GROUP BY item_id",
            (shard_id,),
        )
        return {str(r[0]) for r in rows}, {str(r[0]) for r in rows if int(r[1]) == 0}

    def _done_count(self, shard_id: str, item_ids: Sequence[str]) -> int:
        if not item_ids:
            return 0
        labelled, _ = self._label_items(shard_id)
        return len((labelled | self._skipped(shard_id)) & set(item_ids))

    def _skipped(self, shard_id: str) -> set[str]:
        raw = self._need()[1].get_setting(_SKIPS_KEY + shard_id)
        try:
            value = json.loads(raw) if raw else []
        except ValueError:
            value = []
        return {str(v) for v in value} if isinstance(value, list) else set()

    def open_item(self, shard_id: str, item_id: str) -> OpenedItem:
        """Decrypt one item into a buffer the session owns (text: second pass applied)."""
        _, store, session = self._need()
        opened = self._opened(shard_id)
        manifest = opened.shard.manifest
        entry = opened.shard.item(item_id)
        raw = opened.shard.read_item(item_id)
        if entry.kind == "text":
            masked = text_for_view(
                store,
                raw,
                shard_id=shard_id,
                item_id=item_id,
                user_id=self.user_id,
                session_id=self.session_id,
            )  # fmt: skip  (text_for_view wiped `raw`)
            data = bytearray(masked.encode("utf-8"))
        else:
            data = raw
        try:
            session.register_buffer(data)
        except BaseException:
            wipe(data)
            raise
        store.append_journal(
            "item.viewed", {"shard_id": shard_id, "item_id": item_id},
            self.user_id, self.session_id,
        )  # fmt: skip
        return OpenedItem(
            shard_id=shard_id, project_id=opened.project_id, item_id=item_id, kind=entry.kind,
            data=data, meta=dict(entry.meta), schema=dict(manifest.schema),
            instructions=manifest.instructions, labels=store.labels_for_item(item_id),
        )  # fmt: skip

    def release_item(self, item: OpenedItem) -> None:
        """The item left the view: wipe its buffer now."""
        if self.session is not None:
            self.session.release_buffer(item.data)
        else:
            wipe(item.data)

    def held_buffers(self) -> int:
        return 0 if self.session is None else self.session.held_buffers

    # --- labels -------------------------------------------------------------------------

    def labels_for_item(self, item_id: str) -> list[LabelVersion]:
        return self._need()[1].labels_for_item(item_id)

    def save(self, draft: LabelDraft) -> LabelVersion:
        """The LabelSink: the PII check, then the label and its journal entry in one commit.
        Raises CommentPiiError (nothing saved) and SessionLockedError (locked: not saved)."""
        _, store, session = self._need()
        session.require_active()
        opened = self._opened(draft.shard_id)
        if opened.schema is None:
            opened.schema = LabelSchema.from_json(opened.shard.manifest.schema)
        return save_label_checked(
            store, draft, user_id=self.account_id, session_id=session.session_id,
            schema=opened.schema,
        )  # fmt: skip

    def skip(self, shard_id: str, item_id: str, reason: str) -> None:
        """Skip an item for one of SKIP_REASONS (journaled as `item.skipped`)."""
        _, store, session = self._need()
        session.require_active()
        if reason not in SKIP_REASONS:
            raise UsageError(f"Choose a skip reason: {', '.join(SKIP_REASONS)}.")
        if item_id not in self._opened(shard_id).item_ids:
            raise UsageError("That item is not in the open shard; choose one from the list.")
        skipped = self._skipped(shard_id) | {item_id}
        store.append_journal(
            SKIP_EVENT, {"shard_id": shard_id, "item_id": item_id, "skipped": reason},
            self.user_id, self.session_id,
        )  # fmt: skip
        store.set_setting(_SKIPS_KEY + shard_id, json.dumps(sorted(skipped)))

    def journal_event(self, event_type: str, data: JsonObject) -> None:
        """A UI event (`copy.blocked`, `focus.lost`, ...): ids, routes and counts only."""
        if self.store is not None:
            self.store.append_journal(event_type, data, self.user_id, self.session_id)

    # --- the lead's review (review_client.py) ----------------------------------------------

    @property
    def review(self) -> ReviewClient:
        return ReviewClient(self.client)

    def review_projects(self) -> list[dict[str, Any]]:
        return self.review.projects()

    def review_queue(self, project_id: str, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return self.review.queue(project_id, limit, offset)

    def review_item_layers(self, project_id: str, item_id: str) -> dict[str, Any]:
        return self.review.item_layers(project_id, item_id)

    def request_review_shard(self, project_id: str, item_ids: Sequence[str]) -> list[str]:
        return self.review.request_review_shard(project_id, item_ids)

    def adjudicate(  # noqa: PLR0917 (the contract's positional order)
        self,
        draft: LabelDraft,
        meaning: str,
        reason: str | None,
        password: str,
        totp: str | None,
        source_annotation: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Sign an adjudicated label (password; TOTP at the session's first signing or after
        a lock) and journal `review.adjudicated` with ids and hashes only."""
        _, store, session = self._need()
        session.require_active()
        label = decision_label(draft, self.account_id, self._clock_ms())
        signature = self.review.adjudicate(
            label, meaning, reason, password, totp, source_annotation
        )
        store.append_journal(
            "review.adjudicated",
            {"signature_id": signature["id"], "label_sha256": signature["label_sha256"],
             "meaning": signature["meaning"], "item_id": label.item_id},
            self.user_id, self.session_id,
        )  # fmt: skip
        return signature

    def review_quality(self, project_id: str) -> dict[str, Any]:
        return self.review.quality(project_id)

    def review_quality_csv(self, project_id: str) -> bytes:
        return self.review.quality_csv(project_id)

    # --- sync and status ----------------------------------------------------------------

    def pusher(self) -> Callable[[], PushReport]:
        """A push function for another thread, with its own SyncClient (not thread-safe)
        carrying this session's token. Call it again after a new login."""
        identity, store, _ = self._need()
        client = SyncClient(
            self._sync_config, device_id=identity.device_id, clock_ms=self._sync_clock_ms
        )
        client.token = self.client.token

        def push() -> PushReport:
            if client.token is None:
                raise SyncError("Not logged in to the server; log in online to sync.")
            return client.push(store)

        return push

    def push(self) -> PushReport:
        """Push on this thread (the worker uses `pusher()`)."""
        _, store, _ = self._need()
        try:
            report = self.client.push(store)
        except SyncTransportError:
            self.online = False
            raise
        except DeviceRevokedError as exc:
            self.shred(exc)
            raise
        self.online = True
        if report.items_purged:
            self.apply_erasures()
        return report

    @property
    def gate(self) -> ShardGate:
        """The one door shards open through (the policy's keys, this device, offline limit)."""
        identity, _, _ = self._need()
        return ShardGate.from_policy(self.policy, identity.device_id)

    def offline_left_ms(self) -> int:
        """Time left before the offline limit closes shards (<= 0: closed); the gate's."""
        if self.store is None or self.identity is None:
            return 0
        return self.gate.offline_left_ms(self.store.last_sync_ms(), self._clock_ms())

    def enforce_offline_limit(self) -> bool:
        """Once the offline limit passed, lock: every buffer wiped, every shard closed (an
        online unlock syncs again). True when this call locked."""
        if self.state is not State.ACTIVE or self.offline_left_ms() > 0:
            return False
        self.lock("offline_limit")
        return True

    def status(self) -> Status:
        if self.store is None:
            return Status(0, 0, None, 0, self.online)
        labels, records = self.store.outbox_counts()
        return Status(
            labels, records, self.store.last_sync_ms(), self.offline_left_ms(), self.online,
            self.store.last_refusal(),
        )  # fmt: skip


def describe_error(exc: BaseException) -> str:
    """One line for a person: the error's own message, starting with a capital letter."""
    if isinstance(exc, CleanroomError):
        text = exc.message.strip()
    else:
        text = f"Something went wrong ({type(exc).__name__}); please report it."
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


__all__ = [
    "ITEM_STATES",
    "SKIP_REASONS",
    "ItemEntry",
    "OpenedItem",
    "ShardSummary",
    "Status",
    "Workbench",
    "describe_error",
]
