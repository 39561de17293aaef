"""A mail header's date-time with its numeric zone (RFC 5322 3.3, issue 15, session 41,
split W): the zone is masked, so its four digits do not survive beside the masked date; the
time stays readable. A time in another order, or without a zone, is not read. Values
invented."""

from __future__ import annotations

import pytest

from app.redaction.mail_dates import find_zoned_times
from app.redaction.structured import find_structured
from app.redaction.text import merge_spans


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Received: from a.example by mx.example; Mon, 7 Oct 2024 08:12:44 +0200", "+0200"),
        ("Date: Wed, 2 Jul 2025 19:03 -0700\nFrom: someone", "-0700"),
        ("Sent: 14 Feb 2023 23:59:59 +1030 (ACDT)", "+1030"),
    ],
)  # fmt: skip
def test_zone_of_a_header_date_is_masked(text: str, zone: str) -> None:
    assert {text[s.start : s.end] for s in find_zoned_times(text)} == {zone}
    assert any(text[s.start : s.end] == zone for s in merge_spans(find_structured(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Seen in clinic in 2024 at 10:30 for review.",
        "Date: May 18, 2026 09:41 -0500",  # not RFC 5322's order: the date's own rules
        "Score 2 Apr 2024 12:30 points",
    ],
)
def test_time_without_zone_is_not_read(text: str) -> None:
    assert find_zoned_times(text) == []
