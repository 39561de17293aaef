"""A relative's or a guardian's full name in brackets right after the word for them, as
appointment letters and care notes write it. Invented values; a role or a portal in the
brackets stays readable."""

from __future__ import annotations

import pytest

from app.redaction.bracketed_kin_names import bracketed_kin_names
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("For minors, a parent (Ysaline Brändli) must attend.", "Ysaline Brändli"),
        ("Her son (Taavetti Oksanen-Rüütel) will collect the results.", "Taavetti Oksanen-Rüütel"),
        ("guardian ( Odalys Quevedo Iturbe ) signed", "Odalys Quevedo Iturbe"),
    ],
)
def test_name_in_brackets_after_kin_word(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in bracketed_kin_names(text)] == [name]
    out = redact_text(text).text
    assert name not in out
    assert "(" in out


@pytest.mark.parametrize(
    "text",
    [
        "a parent (Legal Guardian) must attend",
        "ask a parent (Parent Portal) to sign",
        "the mother (see notes) called",
        "a parent (Ysaline) must attend",
    ],
)
def test_no_name_in_brackets(text: str) -> None:
    assert bracketed_kin_names(text) == []
