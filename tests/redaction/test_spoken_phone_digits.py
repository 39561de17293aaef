"""Phone numbers read out digit by digit in a dictation or a voicemail's transcript (issue
15, session 41, split W): seven digit words or more in a row are masked; a short count
stays readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.spoken_digits import find_spoken_numbers
from app.redaction.structured import find_structured


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "daughter wants a call back at four one five three three eight nine two "
            "zero six period",
            "four one five three three eight nine two zero six",
        ),
        ("Or my cell, nine oh one, five five five, two one eight four. Bye.",
         "nine oh one, five five five, two one eight four"),
        ("my number is double seven three one two nine four six",
         "double seven three one two nine four six"),
        ("Rückruf bitte: null eins sieben zwei drei vier fünf sechs.",
         "null eins sieben zwei drei vier fünf sechs"),
    ],
)  # fmt: skip
def test_number_said_digit_by_digit_is_masked(text: str, number: str) -> None:
    assert number in _values(find_spoken_numbers(text), text)
    assert number in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "We counted one, two, three bags and four boxes.",
        "Take one or two tablets, three times a day, for five days.",
        "Score: six out of nine.",
    ],
)
def test_short_counts_stay_readable(text: str) -> None:
    assert find_spoken_numbers(text) == []


def test_a_capital_that_lowers_to_two_characters_keeps_offsets() -> None:
    text = "İstanbul: call two four six eight one three five seven now"
    [span] = find_spoken_numbers(text)
    assert text[span.start : span.end] == "two four six eight one three five seven"
