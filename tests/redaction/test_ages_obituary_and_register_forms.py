"""Ages over 89 in the forms of death registers and obituaries: a qualified label joined
by a hyphen ("AGE-Last Birthday (Years)"), "age" in Armenian with its article, Greek's
"years" before the number, Arabic's "years" in its accusative, and the year of life an
obituary counts ("dans sa 97e année", "im 95. Lebensjahr")."""

from __future__ import annotations

import pytest

from app.redaction.ages import find_ages


def _ages(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_ages(text)]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("6b. AGE-Last Birthday (Years): 93\n", "93"),
        ("Age-at last birthday: 101\n", "101"),
        ("Անուն: Ն. Ն.\nՏարիքը: 96\n", "96"),
        ("Η μητέρα μας\nετών 94\nεκοιμήθη", "94"),
        ("توفي عن عمر يناهز 97 عاماً\n", "97"),
        ("توفيت عن 103 عامًا", "103"),
        ("s'est éteinte dans sa 98e année, entourée des siens", "98"),
        ("verstarb im 95. Lebensjahr", "95"),
        ("overleed in zijn 91ste levensjaar", "91"),
    ],
)
def test_register_and_obituary_ages(text: str, age: str) -> None:
    assert age in _ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "منذ 95 عاماً تأسست المدرسة",  # "95 years ago": a span of time
        "Room 96, Age Concern office",
        "il y a 92 ans",
    ],
)
def test_spans_of_time_and_numbers_stay(text: str) -> None:
    assert _ages(text) == []
