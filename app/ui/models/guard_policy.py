"""The guard's rules without Qt: which routes are blocked, how each is journaled, and the
rate limit that keeps a held key from flooding the journal.

Every blocked attempt maps to one journal event type (`copy.blocked`, `drag.blocked`,
`print.blocked`, and `focus.lost` for the privacy shade) and a route name such as "ctrl+c";
journal data carries the route and nothing else, never content.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final, Protocol

from app.core.encoding import JsonObject
from app.core.errors import CleanroomError

COPY_BLOCKED: Final = "copy.blocked"
DRAG_BLOCKED: Final = "drag.blocked"
PRINT_BLOCKED: Final = "print.blocked"  # print and save: both write content out of the window
FOCUS_LOST: Final = "focus.lost"
GUARD_EVENTS: Final = frozenset({COPY_BLOCKED, DRAG_BLOCKED, PRINT_BLOCKED, FOCUS_LOST})

# Key routes by Qt's portable key text (QKeySequence.toString(PortableText)). On macOS Qt maps
# Cmd to "Ctrl" and the physical Control key to "Meta", so the Meta rows are the Cmd-less
# combinations a Mac keyboard can still send; the standard-key matches in the guard add any
# platform binding this table does not name.
KEY_ROUTES: Final[Mapping[str, str]] = {
    "Ctrl+C": COPY_BLOCKED,
    "Ctrl+Ins": COPY_BLOCKED,
    "Ctrl+Shift+C": COPY_BLOCKED,
    "Ctrl+X": COPY_BLOCKED,
    "Shift+Del": COPY_BLOCKED,
    "Ctrl+A": COPY_BLOCKED,
    "Ctrl+Shift+A": COPY_BLOCKED,
    "Ctrl+Shift+X": COPY_BLOCKED,
    "Meta+C": COPY_BLOCKED,
    "Meta+X": COPY_BLOCKED,
    "Meta+A": COPY_BLOCKED,
    "Copy": COPY_BLOCKED,  # dedicated Copy/Cut keys on some keyboards
    "Cut": COPY_BLOCKED,
    "Ctrl+P": PRINT_BLOCKED,
    "Ctrl+Shift+P": PRINT_BLOCKED,
    "Meta+P": PRINT_BLOCKED,
    "Ctrl+S": PRINT_BLOCKED,
    "Ctrl+Shift+S": PRINT_BLOCKED,
    "Meta+S": PRINT_BLOCKED,
    "Print": PRINT_BLOCKED,  # Qt's Key_Printer, not the PrintScreen key the OS owns
}

# Mouse and drag routes (names only; the guard decides when each applies).
MIDDLE_CLICK: Final = "middle-click"
CONTEXT_MENU: Final = "context-menu"
DRAG_OUT: Final = "drag-out"
DROP_IN: Final = "drop-in"

DEFAULT_WINDOW_S: Final = 30.0
MAX_TRACKED: Final = 256


def route_name(portable_key_text: str) -> str:
    """ "Ctrl+Ins" -> "ctrl+ins": lower-case, ids only (fits the journal and the log)."""
    return portable_key_text.lower().replace(" ", "")


def key_event_type(portable_key_text: str) -> str | None:
    """The journal event for a blocked key combination, or None when the key is allowed."""
    return KEY_ROUTES.get(portable_key_text)


class BlockLimiter:
    """At most one journal entry per (event type, route) per `window_s` seconds.

    A held Ctrl+C auto-repeats ~30 times a second; one entry says as much as a thousand.
    The clock is injected (`clock_s`) so tests step it instead of sleeping.
    """

    def __init__(self, clock_s: Callable[[], float], window_s: float = DEFAULT_WINDOW_S) -> None:
        self._clock_s = clock_s
        self._window_s = window_s
        self._last: dict[tuple[str, str], float] = {}

    def allow(self, event_type: str, route: str) -> bool:
        now = self._clock_s()
        key = (event_type, route)
        last = self._last.get(key)
        if last is not None and 0 <= now - last < self._window_s:
            return False
        if len(self._last) >= MAX_TRACKED:  # routes are a small fixed set; stay bounded anyway
            self._last.clear()
        self._last[key] = now
        return True


class JournalAppender(Protocol):
    """What the guard needs of the store (`Store.append_journal` matches it)."""

    def append_journal(
        self,
        event_type: str,
        data: JsonObject,
        user_id: str | None = None,
        session_id: str | None = None,
    ) -> object: ...


class LimitedGuardJournal:
    """`GuardJournal` over any journal writer: rate-limited, route only, never raising.

    `record(event_type, data)` writes one entry (`Workbench.journal_event` fits). An event
    filter must not raise (Qt would drop the exception half-way through an event), and a
    locked or closed store must not stop the guard from blocking: the block happens whatever
    the journal does, and a failed write is counted in `failed`.
    """

    def __init__(
        self,
        record: Callable[[str, JsonObject], object],
        *,
        clock_s: Callable[[], float],
        window_s: float = DEFAULT_WINDOW_S,
    ) -> None:
        self._record = record
        self._limiter = BlockLimiter(clock_s, window_s)
        self.failed = 0

    def blocked(self, event_type: str, route: str) -> None:
        if event_type not in GUARD_EVENTS or not self._limiter.allow(event_type, route):
            return
        try:
            self._record(event_type, {"route": route_name(route)})
        except CleanroomError:
            self.failed += 1


class StoreGuardJournal(LimitedGuardJournal):
    """`LimitedGuardJournal` straight over a store, for a user and session."""

    def __init__(
        self,
        store: JournalAppender,
        *,
        user_id: str | None,
        session_id: str | None,
        clock_s: Callable[[], float],
        window_s: float = DEFAULT_WINDOW_S,
    ) -> None:
        self.user_id = user_id
        self.session_id = session_id

        def record(event_type: str, data: JsonObject) -> None:
            store.append_journal(event_type, data, user_id=self.user_id, session_id=self.session_id)

        super().__init__(record, clock_s=clock_s, window_s=window_s)
