"""A mail header's date-time with its numeric zone (RFC 5322 3.3, issue 15, session 41,
split W): the time and the zone are masked with the date, so the zone's four digits do
not survive. A time without a zone after a year stays readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.mail_dates import find_zoned_times
from app.redaction.structured import find_structured
from app.redaction.text import merge_spans


@pytest.mark.parametrize(
    "text",
    [
        "Received: from a.example by mx.example with ESMTPS; Mon, 7 Oct 2024 08:12:44 +0200",
        "Date: Wed, 2 Jul 2025 19:03 -0700\nFrom: someone",
        "Sent: 14 Feb 2023 23:59:59 +1030 (ACDT)",
    ],
)
def test_date_time_with_zone_is_masked_whole(text: str) -> None:
    spans = find_zoned_times(text)
    assert spans
    merged = merge_spans(find_structured(text))
    zone = text.index(" +") + 1 if " +" in text else text.index(" -") + 1
    assert any(s.start < zone + 5 <= s.end and s.start <= zone - 10 for s in merged)


@pytest.mark.parametrize(
    "text",
    ["Seen in clinic in 2024 at 10:30 for review.", "Score 2024 12:30 points", "ratio 1999 3:4"],
)
def test_time_without_zone_is_not_read(text: str) -> None:
    assert find_zoned_times(text) == []
