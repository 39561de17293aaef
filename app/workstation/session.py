"""Who is working, and whether the screen may show task content right now.

    LOGGED_OUT --login (online)--> ACTIVE --idle_lock_s without activity / lock()--> LOCKED
    LOCKED --unlock_online / unlock_offline--> ACTIVE;  any --logout--> LOGGED_OUT

Login always goes to the server (password + TOTP) through `online_auth`, a callable the
sync layer provides; success refreshes an scrypt verifier of the password kept in the
encrypted store with the time of that server check. Unlocking offline checks the password
against the verifier and is allowed only within the policy's `max_offline_s` of the last
server check, and only until `max_offline_failures` wrong passwords (then online only).

Locking wipes every decrypted buffer the session registered and closes every opened shard
(dropping its payload key), so nothing readable stays in memory owned by us while locked.
Time comes from the injected `clock_s` (float seconds); nothing here sleeps or starts a thread: the
UI calls `check_idle()` from its timer and `touch()` on input.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Protocol

from app.core.encoding import b64u_decode, b64u_encode
from app.core.errors import EncodingError
from app.core.memory import wipe
from app.workstation.errors import (
    OfflineUnlockError,
    SessionError,
    SessionLockedError,
    UnlockError,
)
from app.workstation.store import Store

OnlineAuth = Callable[[str, str, str], None]
"""(user_id, password, totp) -> None; raises UnlockError (refused) or another VaultError."""

DEFAULT_SCRYPT_N: Final = 2**15
MAX_SCRYPT_N: Final = 2**20
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
MAX_OFFLINE_FAILURES: Final = 5


class Closeable(Protocol):
    def close(self) -> None: ...


class State(enum.Enum):
    LOGGED_OUT = "logged_out"
    ACTIVE = "active"
    LOCKED = "locked"


@dataclass(frozen=True)
class Verifier:
    """scrypt(password, salt) with its parameters, as stored (JSON) in the encrypted store."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    @classmethod
    def make(cls, password: str, n: int) -> Verifier:
        salt = os.urandom(16)
        return cls(n, SCRYPT_R, SCRYPT_P, salt, _scrypt(password, salt, n, SCRYPT_R, SCRYPT_P))

    def matches(self, password: str) -> bool:
        candidate = _scrypt(password, self.salt, self.n, self.r, self.p)
        return hmac.compare_digest(candidate, self.digest)

    def to_text(self) -> str:
        obj = {"alg": "scrypt", "n": self.n, "r": self.r, "p": self.p}
        obj |= {"salt": b64u_encode(self.salt), "hash": b64u_encode(self.digest)}
        return json.dumps(obj, sort_keys=True)

    @classmethod
    def from_text(cls, text: str) -> Verifier:
        try:
            obj: Any = json.loads(text)
            n, r, p = obj["n"], obj["r"], obj["p"]
            if obj["alg"] != "scrypt" or not all(type(v) is int and v > 0 for v in (n, r, p)):
                raise ValueError
            if n > MAX_SCRYPT_N or n & (n - 1) or n < 2 or r > 32 or p > 4:
                raise ValueError  # bounds keep a damaged record from costing unbounded memory
            return cls(n, r, p, b64u_decode(obj["salt"]), b64u_decode(obj["hash"], length=32))
        except (ValueError, KeyError, TypeError, EncodingError):
            raise OfflineUnlockError(
                "The offline verifier is unreadable; connect to the server and unlock online."
            ) from None


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=32
    )


class Session:
    def __init__(
        self,
        store: Store,
        *,
        idle_lock_s: int,
        max_offline_s: int,
        clock_s: Callable[[], float],
        online_auth: OnlineAuth | None = None,
        scrypt_n: int = DEFAULT_SCRYPT_N,
        max_offline_failures: int = MAX_OFFLINE_FAILURES,
    ) -> None:
        self._store = store
        self.idle_lock_s = idle_lock_s
        self.max_offline_s = max_offline_s
        self._clock_s = clock_s
        self._online_auth = online_auth
        self._scrypt_n = scrypt_n
        self._max_failures = max_offline_failures
        self.state = State.LOGGED_OUT
        self.user_id: str | None = None
        self.session_id: str | None = None
        self._last_activity = 0.0
        self._offline_failures = 0
        self._buffers: list[bytearray | memoryview] = []
        self._shards: list[Closeable] = []

    # --- journal helper -----------------------------------------------------------------

    def _journal(self, event_type: str, data: dict[str, Any]) -> None:
        self._store.append_journal(event_type, data, self.user_id, self.session_id)

    def _server_check(self, user_id: str, password: str, totp: str) -> None:
        if self._online_auth is None:
            raise OfflineUnlockError("No server connection is configured; unlock offline.")
        self._online_auth(user_id, password, totp)  # raises when the server refuses
        verifier = Verifier.make(password, self._scrypt_n)
        self._store.set_verifier(user_id, verifier.to_text(), int(self._clock_s() * 1000))
        self._offline_failures = 0

    # --- transitions --------------------------------------------------------------------

    def login(self, user_id: str, password: str, totp: str) -> str:
        """Log in against the server; returns the new session id."""
        if self.state is not State.LOGGED_OUT:
            raise SessionError("A session is already open; log out first.")
        self._server_check(user_id, password, totp)
        self.user_id, self.session_id = user_id, str(uuid.uuid4())
        self.state = State.ACTIVE
        self._last_activity = self._clock_s()
        self._journal("login", {"mode": "online"})
        return self.session_id

    def touch(self) -> bool:
        """Record user activity; returns False (and locks) if the idle time already ran out."""
        if self.check_idle():
            return False
        if self.state is State.ACTIVE:
            self._last_activity = self._clock_s()
        return self.state is State.ACTIVE

    def check_idle(self) -> bool:
        """Lock if idle for `idle_lock_s`; True when this call locked the session."""
        if self.state is State.ACTIVE and self._clock_s() - self._last_activity >= self.idle_lock_s:
            self.lock("idle")
            return True
        return False

    def require_active(self) -> None:
        """Raise SessionLockedError unless task content may be shown now."""
        self.check_idle()
        if self.state is not State.ACTIVE:
            raise SessionLockedError()

    def lock(self, reason: str = "manual") -> None:
        if self.state is not State.ACTIVE:
            return
        self._drop_plaintext()
        self.state = State.LOCKED
        self._journal("session.locked", {"reason": reason})

    def unlock_online(self, password: str, totp: str) -> None:
        user_id = self._locked_user()
        try:
            self._server_check(user_id, password, totp)
        except UnlockError:  # a failed attempt is evidence too (offline ones are journaled)
            self._journal("error", {"reason": "unlock_failed", "mode": "online"})
            raise
        self._unlocked("online")

    def unlock_offline(self, password: str) -> None:
        user_id = self._locked_user()
        if self._offline_failures >= self._max_failures:
            raise OfflineUnlockError(
                "Too many wrong passwords; connect to the server and unlock online."
            )
        stored = self._store.get_verifier(user_id)
        if stored is None:
            raise OfflineUnlockError("No offline verifier is stored; unlock online.")
        text, server_auth_ms = stored
        offline_s = self._clock_s() - server_auth_ms / 1000
        if offline_s > self.max_offline_s:
            raise OfflineUnlockError(
                f"The last server check was {int(offline_s)} s ago, more than the policy's "
                f"{self.max_offline_s} s; connect to the server and unlock online."
            )
        if not Verifier.from_text(text).matches(password):
            self._offline_failures += 1
            self._journal("error", {"reason": "unlock_failed", "mode": "offline"})
            raise UnlockError()
        self._unlocked("offline")

    def logout(self) -> None:
        if self.state is State.LOGGED_OUT:
            return
        self._drop_plaintext()
        self._journal("logout", {})
        self.state = State.LOGGED_OUT
        self.user_id = self.session_id = None

    def _locked_user(self) -> str:
        if self.state is not State.LOCKED or self.user_id is None:
            raise SessionError("The session is not locked.")
        return self.user_id

    def _unlocked(self, mode: str) -> None:
        self._offline_failures = 0
        self.state = State.ACTIVE
        self._last_activity = self._clock_s()
        self._journal("session.unlocked", {"mode": mode})

    # --- plaintext the session owns -----------------------------------------------------

    def register_buffer(self, buffer: bytearray | memoryview) -> bytearray | memoryview:
        """Track decrypted bytes so lock and logout wipe them; returns the buffer."""
        self.require_active()
        self._buffers.append(buffer)
        return buffer

    def release_buffer(self, buffer: bytearray | memoryview) -> None:
        """The item left the view: wipe it now."""
        wipe(buffer)
        self._buffers = [b for b in self._buffers if b is not buffer]

    def register_shard(self, shard: Closeable) -> None:
        self.require_active()
        self._shards.append(shard)

    @property
    def held_buffers(self) -> int:
        return len(self._buffers)

    def _drop_plaintext(self) -> None:
        for buffer in self._buffers:
            wipe(buffer)
        for shard in self._shards:
            shard.close()
        self._buffers.clear()
        self._shards.clear()
