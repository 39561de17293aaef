"""Name words OCR read with "11" for a doubled "ll", and a misread word whose misread
neighbour is a given name. Invented values; codes with two digits stay."""

from __future__ import annotations

import pytest

from app.redaction.name_misreads import misread_name_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Patientin Lji1jana Brunnwi11er, geb. 01.01.1970", ["Lji1jana", "Brunnwi11er"]),
        ("Dear Ne11ie,", ["Ne11ie"]),
        ("Sarah Po11ardine signed", ["Po11ardine"]),
    ],
)
def test_doubled_l_read_as_eleven(text: str, words: list[str]) -> None:
    assert [text[s.start : s.end] for s in misread_name_words(text)] == words


@pytest.mark.parametrize("text", ["Room11a", "Ward11 and Bay11", "Covid19 Lot11b", "Ta11 Ba11oon"])
def test_codes_stay(text: str) -> None:
    assert misread_name_words(text) == []
