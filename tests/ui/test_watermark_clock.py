"""The stamp's text, and the clock that turns it each minute."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from app.ui.models.watermark_text import MAX_FIELD_CHARS, WatermarkStamp, minute_of
from app.ui.qt.watermark import WatermarkClock

T0 = 1_800_000_000_000  # 2027-01-15 08:00:00Z


def test_minute_is_utc_to_the_minute() -> None:
    assert minute_of(T0) == "2027-01-15 08:00Z"
    assert minute_of(T0 + 59_999) == "2027-01-15 08:00Z"
    assert minute_of(T0 + 60_000) == "2027-01-15 08:01Z"


def test_lines_name_user_device_session_and_minute() -> None:
    stamp = WatermarkStamp("ann.one", "dev-1", "s-9", "2027-01-15 08:00Z")
    assert stamp.lines() == ("ann.one", "device dev-1", "session s-9", "2027-01-15 08:00Z")


@given(st.text(), st.text(), st.text())
def test_lines_are_single_short_printable_lines(user: str, device: str, session: str) -> None:
    for line in WatermarkStamp(user, device, session, "m").lines():
        assert line
        assert "\n" not in line
        assert "\r" not in line
        assert all(c.isprintable() for c in line)
        assert len(line) <= MAX_FIELD_CHARS + len("session ")


def test_clock_emits_when_the_minute_turns(qtbot: QtBot) -> None:
    now = [T0 + 10_000]
    clock = WatermarkClock("ann.one", "dev-1", "s-9", clock_ms=lambda: now[0])
    fired: list[bool] = []
    clock.changed.connect(lambda: fired.append(True))
    clock.tick()
    assert fired == []
    now[0] = T0 + 61_000
    clock.tick()
    assert fired == [True]
    assert clock.stamp().minute == "2027-01-15 08:01Z"


def test_new_session_shows_at_once(qtbot: QtBot) -> None:
    clock = WatermarkClock("ann.one", "dev-1", "s-9", clock_ms=lambda: T0)
    with qtbot.waitSignal(clock.changed, timeout=1000):
        clock.set_identity("ann.one", "dev-1", "s-10")
    assert clock.stamp().session_id == "s-10"
