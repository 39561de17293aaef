"""A log stamp's day joined to its time by a colon ("[2025-01-19:08:14:02 +0000]") is no
IPv6 address: four decimal groups ending in a time are a day and a clock time; an address
of eight groups stays masked (`patterns.is_clock_time`, split X, session 42). Values are
invented."""

from __future__ import annotations

import pytest

from app.redaction.patterns import is_clock_time
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("value", "clock"),
    [
        ("19:08:14:02", True),  # a day and a time
        ("31:23:59:59", True),
        ("08:14:02", True),
        ("2024:08:14:02", True),  # a year and a time
        ("45:08:14:02", False),  # no day
        ("19:08:14:62", False),  # no second
        ("2001:10:20:30:40:50:12:13", False),  # eight groups
        ("fe80:19:8:14", False),
    ],
)
def test_a_day_and_a_time_is_a_clock(value: str, clock: bool) -> None:
    assert is_clock_time(value) is clock


def test_a_log_line_keeps_its_time_and_masks_its_addresses() -> None:
    text = (
        '203.0.113.57 - - [2024-03-07:21:40:19 +0000] "GET /a HTTP/1.1" 200 12\n'
        "peer 2001:db8:4:9:1:0:77:12 closed\n"
    )
    out = redact_text(text).text
    assert ":21:40:19 +0000]" in out
    assert "203.0.113.57" not in out
    assert "2001:db8:4:9:1:0:77:12" not in out
