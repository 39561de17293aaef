"""Dates whose day is an ordinal word, as a call or an interview says them (issue 15,
session 42, split X): the day word is masked with its month and year. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.ordinal_dates import find_ordinal_dates
from app.redaction.structured import find_structured, text_words


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Caller confirmed DOB the twelfth of October 1983.", "the twelfth of October 1983"),
        ("I moved on the twenty-ninth of April 2019, I think", "the twenty-ninth of April 2019"),
        ("SPEAKER 2: fourth of November 2001\nSPEAKER 1: ok", "fourth of November 2001"),
        ("born August the thirtieth, 1975 in Leeds", "August the thirtieth, 1975"),
        ("next review on the eighth of JUNE", "the eighth of JUNE"),
    ],
)
def test_spoken_day_is_masked_with_its_month(text: str, date: str) -> None:
    assert date in _values(find_ordinal_dates(text, text_words(text)), text)
    assert any(
        s.start <= text.index(date) and text.index(date) + len(date) <= s.end
        for s in find_structured(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The first may help; the second will not.",
        "May the third dose be given tonight?",
        "She came second in March and third in the final.",
    ],
)
def test_ordinals_without_a_date_stay(text: str) -> None:
    assert find_ordinal_dates(text, text_words(text)) == []
