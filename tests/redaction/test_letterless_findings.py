"""A person, place or group finding of punctuation alone (a Markdown table's "---") names
no one and is dropped; a finding of digits, or of another kind, stays
(`letterless_findings.py`, split X, session 42). Values are invented."""

from __future__ import annotations

import pytest

from app.redaction.letterless_findings import letterless_finding
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _span(text: str, value: str, kind: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("value", "kind", "dropped"),
    [
        ("---", "NRP", True),
        ("; ", "PERSON", True),
        ("'", "LOCATION", True),
        ("4471", "PERSON", False),  # digits may be an id the model misread
        ("Okonjo", "PERSON", False),
        ("---", "RECORD_NUMBER", False),  # not a word kind
    ],
    ids=["dashes", "semicolon", "quote", "digits", "name", "other-kind"],
)
def test_only_punctuation_word_findings_are_dropped(value: str, kind: str, dropped: bool) -> None:
    text = f"x {value} y"
    assert letterless_finding(text, _span(text, value, kind)) is dropped


def test_a_markdown_table_keeps_its_separator_row() -> None:
    text = (
        "On-call rota\n| Name | Role | Mobile | Badge |\n|---|---|---|---|\n"
        "| Winston Clive Miller Blake | on-call registrar | 56.867.96.12 | 4471 |\n"
        "| Ada Okafor | nurse | 0161 496 0000 | 17 |\n"
    )
    out = redact_text(text).text
    assert "|---|---|---|---|" in out
    assert "Blake" not in out
    assert "Okafor" not in out
