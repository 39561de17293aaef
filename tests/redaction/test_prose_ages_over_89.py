"""Ages over 89 as people say them in running prose (issue 15, session 41, split W): a kin
word with the person's name before the verb ("Oma Frieda ist neunzig", "Grandma Rose is
94"), a speaker's hedge ("she's like 91"), "still sharp at 95!", and Tagalog's possessive
after the age word ("Age niya 97"). Counts and measures stay readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.ages import find_ages


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_ages(text)}


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Bemerkung: meine Oma Hilde ist dreiundneunzig und braucht Hilfe.", "dreiundneunzig"),
        ("Oma Hilde ist 93 und lebt allein.", "93"),
        ("Grandma Rose is 94.", "94"),
        ("my neighbour's not answering, she's like 91, I can see her", "91"),
        ("he's maybe 96, hard to say", "96"),
        ("- Great-grandpa Otto, still sharp at 98! b. 1927", "98"),
        ("Na-admit si Lola. Age niya 97 na po, mahina na.", "97"),
        ("edad niya 92 na", "92"),
        ("Grandpa Joe'll be 100 next month!", "100"),
    ],
)
def test_age_said_in_prose_is_masked(text: str, age: str) -> None:
    assert age in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "she is 98 kg",
        "Grandma Rose is 94 kg now",
        "still waiting at 95 Main Street",
        "he's like 99 percent sure",
    ],
)
def test_measures_and_places_stay_readable(text: str) -> None:
    assert _values(text) == set()
