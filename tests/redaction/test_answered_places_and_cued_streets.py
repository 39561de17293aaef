"""Places named without their usual cue (issue 15, session 38, splits S and T): a town
given as the answer to a where-question on the next line of a chat ("Welches
Krankenhaus?\\n...: in Marburg, ruf an"), and a street written name first and number
after, without a type word, after a visiting or residence cue ("home visit to Los Almendros
48;"). Words that only look so stay readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.answered_places import answered_places
from app.redaction.cued_streets import streets_after_cues
from app.redaction.structured import find_structured


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Oh nein. Welches Krankenhaus?\n12.03.2024, 09:10 - Jo: in Marburg, ruf an", "Marburg"),
        ("Where are you now?\nCaller: in Wetherby.", "Wetherby"),
        ("where?\n[10:02] <kim> at Bad Orb\n", "Bad Orb"),
    ],
)
def test_town_answering_a_where_question_is_masked(text: str, town: str) -> None:
    assert town in _values(answered_places(text), text)
    assert town in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Wo bist du?\nA: in Ordnung, bin gleich da",  # a German noun, no town
        "Where did it happen?\nCaller: in the kitchen.",
        "Any news?\nB: in Marburg, yes",  # no where-question
    ],
)
def test_answers_that_name_no_town_stay(text: str) -> None:
    assert answered_places(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Plan: OT home visit to Los Almendros 48; bloods in 2 weeks.", "Los Almendros 48"),
        ("Client lives at Bruna Tallo 4b.", "Bruna Tallo 4b"),
    ],
)
def test_street_without_type_word_after_cue_is_masked(text: str, street: str) -> None:
    assert street in _values(streets_after_cues(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient moved to Ward 12.",
        "Specimen sent to Theatre 4, then lab.",
        "Planned visit to Paris 2024.",  # a year
        "visiting Mrs Okafor 3 times a week",  # the clause goes on
    ],
)
def test_wards_years_and_counts_after_cues_stay(text: str) -> None:
    assert streets_after_cues(text) == []
