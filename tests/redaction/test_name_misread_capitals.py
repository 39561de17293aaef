"""Name words OCR misread with an 8 for a capital B, or with a digit among only two lower-
case letters, when a given name stands beside them or they read as one. Invented values."""

from __future__ import annotations

from app.redaction.name_misreads import misread_name_words
from app.redaction.text import redact_text


def _misread(text: str) -> list[str]:
    return [text[s.start : s.end] for s in misread_name_words(text)]


def test_eight_for_a_capital_b_beside_a_given_name() -> None:
    text = "Dear Dr Helen 8urke,\nRe: your patient"
    assert _misread(text) == ["8urke"]
    assert "8urke" not in redact_text(text).text


def test_short_given_name_with_a_digit() -> None:
    text = "Nome: E1la Vitorino\nCPF: 000"
    assert _misread(text) == ["E1la"]


def test_units_and_codes_stay() -> None:
    text = "Given at 8am, 8mg, Lot5, A1c 7.2, Room 8b, HbA1c, B12"
    assert _misread(text) == []
