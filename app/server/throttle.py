"""Login throttling: failed logins slow further attempts, per account and per source, with
delays that grow and are capped, so an attacker is slowed and nobody can lock a colleague
out for long.

After `free` failures in a row, each further failure makes the next attempt wait
`base * 2**(failures - free)` seconds, capped per account (`account_cap`, short: a
colleague's name known to an attacker costs the colleague at most that long) and per source
address (`source_cap`, long: one machine guessing many names is stopped for that long).
An attempt during the wait is refused (429 login_throttled) without checking the password,
and does not count. A successful login clears the account's and the source's count.
The account state lives in the `users` row (`failed_logins`, `locked_until` = not before);
the source state lives in memory (`SourceThrottle`, bounded) and is lost on restart.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Final

MAX_SOURCES: Final = 10_000


@dataclass(frozen=True)
class Backoff:
    free: int = 3
    base_s: int = 1
    cap_s: int = 30

    def delay_s(self, failures: int) -> int:
        """Seconds to wait after `failures` failed attempts in a row."""
        if failures < self.free:
            return 0
        return min(self.base_s * (1 << min(failures - self.free, 30)), self.cap_s)


class SourceThrottle:
    """Failed logins per source address (thread-safe, at most MAX_SOURCES remembered)."""

    def __init__(self, backoff: Backoff) -> None:
        self.backoff = backoff
        self._state: OrderedDict[str, tuple[int, float]] = OrderedDict()
        self._lock = threading.Lock()

    def wait_s(self, source: str, now: float) -> float:
        with self._lock:
            _, not_before = self._state.get(source, (0, 0.0))
        return max(0.0, not_before - now)

    def failed(self, source: str, now: float) -> None:
        with self._lock:
            failures = self._state.pop(source, (0, 0.0))[0] + 1
            self._state[source] = (failures, now + self.backoff.delay_s(failures))
            while len(self._state) > MAX_SOURCES:
                self._state.popitem(last=False)

    def succeeded(self, source: str) -> None:
        with self._lock:
            self._state.pop(source, None)
