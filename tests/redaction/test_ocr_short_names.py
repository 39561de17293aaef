"""A short capitalised name with a zero read for its "o" ("R0b", "T0m") in a scan's
reading (session 37, ocr_reading._short_name_word); codes of capitals and digits, and
words with a digit first, stay as they are."""

from __future__ import annotations

import pytest

from app.redaction.ocr_reading import _folded_word
from app.redaction.text import redact_text


@pytest.mark.parametrize(("word", "read"), [("J0n", "Jon"), ("B0b", "Bob"), ("Z0e", "Zoe")])
def test_short_names_with_a_zero_are_read(word: str, read: str) -> None:
    assert _folded_word(word) == read


@pytest.mark.parametrize("word", ["B12", "H1N1", "A0", "0ak", "R0B", "x0y"])
def test_codes_are_not_read(word: str) -> None:
    assert _folded_word(word) is None


def test_a_signature_with_a_zero_is_masked() -> None:
    text = "FEV1/FVC 0.58 on review.\nYours sincerely\nD0n Whitcombe\n"
    out = redact_text(text).text
    assert "Whitcombe" not in out
    assert "D0n" not in out
