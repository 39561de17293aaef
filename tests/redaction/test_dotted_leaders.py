"""A form's dotted leader between a label and its value is no part of the value
(values invented for this test)."""

from __future__ import annotations

from app.redaction.span_edges import without_separators
from app.redaction.spans import Span
from app.redaction.text import redact_text


def test_leader_trimmed_from_a_finding() -> None:
    text = "Home address ........ 77 Quillon Road, Marsh Tey"
    start = text.index("........")
    out = without_separators(text, [Span(start, len(text), "ADDRESS", "x", 0.85)])
    assert text[out[0].start : out[0].end] == "77 Quillon Road, Marsh Tey"


def test_single_full_stop_is_not_a_leader() -> None:
    text = "see .NET7 build"
    span = Span(4, 9, "RECORD_NUMBER", "x", 0.85)
    assert without_separators(text, [span]) == [span]


def test_leader_readable_in_output() -> None:
    text = "5.  PATIENT'S ADDRESS ............. 812 Quillon Forges Apt. 4, West Marlow, MI 49011\n"
    out = redact_text(text).text
    assert "PATIENT'S ADDRESS ............. <ADDRESS_" in out
    assert "Quillon" not in out
