"""The guard's pure rules: which keys are ways out, and one journal entry per route per window."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.encoding import JsonObject
from app.ui.models.guard_policy import (
    COPY_BLOCKED,
    FOCUS_LOST,
    PRINT_BLOCKED,
    BlockLimiter,
    LimitedGuardJournal,
    StoreGuardJournal,
    key_event_type,
    route_name,
)
from tests.ui.xvfb_support import SESSION, USER, guard_entries, guard_store


class StepClock:
    def __init__(self) -> None:
        self.s = 100.0

    def __call__(self) -> float:
        return self.s


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Ctrl+C", COPY_BLOCKED),
        ("Ctrl+Ins", COPY_BLOCKED),
        ("Shift+Del", COPY_BLOCKED),
        ("Ctrl+Shift+C", COPY_BLOCKED),
        ("Ctrl+A", COPY_BLOCKED),
        ("Ctrl+X", COPY_BLOCKED),
        ("Meta+C", COPY_BLOCKED),
        ("Ctrl+P", PRINT_BLOCKED),
        ("Ctrl+S", PRINT_BLOCKED),
        ("Ctrl+Shift+S", PRINT_BLOCKED),
        ("Ctrl+V", None),
        ("C", None),
        ("Ctrl+Z", None),
    ],
)
def test_key_table(key: str, expected: str | None) -> None:
    assert key_event_type(key) == expected


def test_route_names_are_ids() -> None:
    assert route_name("Ctrl+Shift+C") == "ctrl+shift+c"


def test_limiter_allows_one_per_type_and_route_per_window() -> None:
    clock = StepClock()
    limiter = BlockLimiter(clock, window_s=30)
    assert limiter.allow(COPY_BLOCKED, "ctrl+c")
    assert not limiter.allow(COPY_BLOCKED, "ctrl+c")
    assert limiter.allow(COPY_BLOCKED, "ctrl+ins")
    assert limiter.allow(PRINT_BLOCKED, "ctrl+c")
    clock.s += 29.9
    assert not limiter.allow(COPY_BLOCKED, "ctrl+c")
    clock.s += 0.2
    assert limiter.allow(COPY_BLOCKED, "ctrl+c")


def test_limiter_allows_again_when_the_clock_steps_back() -> None:
    clock = StepClock()
    limiter = BlockLimiter(clock, window_s=30)
    assert limiter.allow(COPY_BLOCKED, "ctrl+c")
    clock.s -= 5  # a clock set back must not mute the route for the whole step
    assert limiter.allow(COPY_BLOCKED, "ctrl+c")


def test_store_journal_writes_route_only_and_rate_limits(tmp_path: Path) -> None:
    store = guard_store(tmp_path)
    clock = StepClock()
    journal = StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=clock)
    for _ in range(50):  # a held key
        journal.blocked(COPY_BLOCKED, "ctrl+c")
    journal.blocked(FOCUS_LOST, "inactive")
    assert guard_entries(store) == [(COPY_BLOCKED, "ctrl+c"), (FOCUS_LOST, "inactive")]
    record = store.journal_records()[-2]
    assert record.entry["data"] == {"route": "ctrl+c"}
    assert record.entry["user_id"] == USER
    assert record.entry["session_id"] == SESSION
    store.close()


def test_store_journal_ignores_unknown_event_types(tmp_path: Path) -> None:
    store = guard_store(tmp_path)
    journal = StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=StepClock())
    journal.blocked("label.saved", "ctrl+c")
    assert store.journal_records() == []
    store.close()


def test_a_closed_store_does_not_raise_into_the_guard(tmp_path: Path) -> None:
    store = guard_store(tmp_path)
    store.close()
    journal = StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=StepClock())
    journal.blocked(COPY_BLOCKED, "ctrl+c")
    assert journal.failed == 1


def test_limited_journal_over_any_writer(tmp_path: Path) -> None:
    store = guard_store(tmp_path)
    clock = StepClock()

    def record(event_type: str, data: JsonObject) -> None:  # Workbench.journal_event's shape
        store.append_journal(event_type, data, USER, SESSION)

    journal = LimitedGuardJournal(record, clock_s=clock, window_s=10)
    for _ in range(3):
        journal.blocked(PRINT_BLOCKED, "Ctrl+P")
    clock.s += 11
    journal.blocked(PRINT_BLOCKED, "Ctrl+P")
    assert guard_entries(store) == [(PRINT_BLOCKED, "ctrl+p")] * 2
    store.close()
