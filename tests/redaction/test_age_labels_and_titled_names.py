"""Session 33: the UK medical certificate of cause of death's "Age as stated to me: 97"
is an age's label (words between "Age" and its colon), and a cue word right after a title
is the name's ("dr. Hasta Wibisono": "hasta" is Turkish for "patient", a cue elsewhere).
Values are made up."""

from __future__ import annotations

import pytest

from app.redaction.ages import find_ages
from app.redaction.spans import Span
from app.redaction.text import without_titles


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Date of death: 5 May 2024   Age as stated to me: 97\nPlace of death: home", "97"),
        ("Age at time of death: 102", "102"),
        ("Age at death: 101", "101"),
    ],
)
def test_an_age_after_a_worded_label(text: str, age: str) -> None:
    assert age in [text[s.start : s.end] for s in find_ages(text)]


@pytest.mark.parametrize(
    "text", ["Age as stated to me: 45", "Dose as stated to me: 95 mg", "Stage as per notes: 92"]
)
def test_no_age_below_ninety_or_without_an_age_word(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Signed,\ndr. Hasta Wibisono\n", "Hasta Wibisono", "Hasta Wibisono"),
        ("Daughter Jan Blom visited", "Daughter Jan Blom", "Jan Blom"),
        ("Patient Ana Ruiz seen", "Patient Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_cue_word_after_a_title_is_the_name(text: str, name: str, kept: str) -> None:
    start = text.index(name)
    found = without_titles(text, [Span(start, start + len(name), "PERSON", "x", 0.85)])
    assert [text[s.start : s.end] for s in found] == [kept]
