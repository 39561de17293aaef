"""Numbers read back in comma-separated groups (issue 15, session 42, split X): digits and
digit words mixed, a foreign "double" word, or numerals alone with a leading-zero group or
a calling word before them. Lists of counts and years stay readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.read_back_numbers import find_read_back_numbers
from app.redaction.structured import find_structured


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("She read it back as five 2 one, 8 oh 3, six 6 4, 9.", "five 2 one, 8 oh 3, six 6 4, 9"),
        ("Rückruf: 3 0 sieben, 2 neun 4, acht 1\nThema", "3 0 sieben, 2 neun 4, acht 1"),
        ("Número: nueve dos, doble siete, uno cero tres, ocho.",
         "nueve dos, doble siete, uno cero tres, ocho"),
        ("caller confirmed 0381, 52, 907, 6 as the line", "0381, 52, 907, 6"),
        ("Telefon diktiert: 41, 927, 350, 8. Danke.", "41, 927, 350, 8"),
        ("Compte : 4 sept 2, trois 8 1, 0 neuf.", "4 sept 2, trois 8 1, 0 neuf"),
    ],
)  # fmt: skip
def test_number_read_back_in_groups_is_masked(text: str, number: str) -> None:
    assert number in _values(find_read_back_numbers(text), text)
    assert number in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Admissions rose in 2017, 2018, 2019 and 2020.",
        "Scores were 14, 16, 19, 23 and 25 by March 3, 2022.",
        "Take one or two tablets, three times a day, for five days.",
        "Rooms 3, 4, 12 and 7 are closed.",
        "Visits on 2023-01-04, 2023-02-08, 2023-03-09.",
        "geboren am November 16, 2024 um 04:12 Uhr",
        "Seen on May 16, 2024, 0830 by the nurse; call back later",
        "Funding of 1,000,000, 2,050,000 and 3,400,000 was granted, 12, 0 left.",
    ],
)
def test_lists_of_counts_and_years_stay_readable(text: str) -> None:
    assert find_read_back_numbers(text) == []


def test_a_number_split_over_lines_is_read_per_line() -> None:
    text = "call 4 five 3,\n2 eight 6, 1 1 nine 0"
    assert _values(find_read_back_numbers(text), text) == {"2 eight 6, 1 1 nine 0"}
