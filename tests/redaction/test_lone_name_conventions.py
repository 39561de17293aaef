"""Lone name words told by a writing convention, not by a cue word: the writer's given
name after a sign-off dash (RFC 3676's signature delimiter, kept by notes and sticky
notes), a surname after a quoted nickname, a given name in capitals before a surname in
capitals, the caller's name after a greeting ("hi its ..."), the Romanian form labels in
their articulated form ("Numele", "Prenumele", as civil-status forms print them), the
IRS caption "first name and initial" (W-2 box e) and the Czech and Slovak academic
titles ("MUDr.", "Ing."). Own examples of many cultures, each with the words beside it
that must stay readable; none is taken from an evaluation split."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.lower_case_names import lower_case_names
from app.redaction.name_neighbours import names_beside_persons
from app.redaction.spans import Span
from app.redaction.text import redact_text

# text, words that must be masked, words that must stay readable
CASES = {
    "sign-off dash, lower case": (
        "pls chase the bloods before noon\n-- maria\n",
        ["maria"],
        ["chase", "bloods", "noon"],
    ),
    "sign-off em dash": (
        "dressing changed, wound clean\n\u2014 ingrid\n",
        ["ingrid"],
        ["dressing", "wound", "clean"],
    ),
    "sign-off en dash, indented": (
        "left the forms on your desk\n   \u2013 tomasz\n",
        ["tomasz"],
        ["forms", "desk"],
    ),
    "nickname between given name and surname": (
        'Resident: Bartholomew "Bart" Okonjo\nAllergies: none known.\n',
        ["Bartholomew", "Okonjo"],
        ["Resident", "Allergies", "none", "known"],
    ),
    "given name in capitals before a surname in capitals": (
        'policy_holder="MARGARET OYELARAN-ADEYEMI" status=active\n',
        ["MARGARET"],
        ["status", "active"],
    ),
    "greeting and its": (
        'body="hey its Dragomir from reception, your scan is booked"\n',
        ["Dragomir"],
        ["reception", "scan", "booked"],
    ),
    "IRS caption, first name and initial": (
        "e Employee's first name and initial   Thandeka\n  Last name   MOKOENA\n",
        ["Thandeka", "MOKOENA"],
        ["Employee", "initial", "Last"],
    ),
    "Czech academic title before a lone surname": (
        "Schválil: Ing. Procházka\nPoznámka: bez změny.\n",
        ["Procházka"],
        ["Ing", "Poznámka", "bez", "změny"],
    ),
    "Romanian articulated labels": (
        "Numele: POPA    Prenumele: Viorica\nSexul: F\n",
        ["POPA", "Viorica"],
        ["Sexul"],
    ),
}

# Lines a sign-off reading must leave alone: a list item, a word after the dash, a word
# English holds, or a given name that is more often a word.
READABLE = {
    "list item hyphen": "to do:\n- julia\n",
    "sign-off word": "see you monday\n-- thanks\n",
    "medication note": "stop after 5 days\n-- meds\n",
    "given name that is a word": "picked from the garden\n-- rose\n",
    "possessive its": "The trust and its Board met on Tuesday.\n",
    "it's before a disease": "I think it's Crohn disease after all.\n",
    "quoted word in a sentence": 'Maria said "yes" Today we start.\n',
}


@pytest.mark.parametrize("name", list(CASES))
def test_lone_names_by_convention(name: str) -> None:
    text, masked, kept = CASES[name]
    out = redact_text(text).text
    for word in masked:
        assert word not in out, (name, out)
    for word in kept:
        assert word in out, (name, out)


@pytest.mark.parametrize("name", list(READABLE))
def test_words_stay_readable(name: str) -> None:
    text = READABLE[name]
    spans = [s for s in lower_case_names(text) if s.kind == "PERSON"]
    assert spans == [], (name, spans)


def test_readable_after_the_whole_path() -> None:
    out = redact_text(READABLE["possessive its"] + READABLE["medication note"]).text
    assert "Board" in out
    assert "meds" in out


_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_TEXT = st.text(alphabet=st.sampled_from(list('ab JOSEPH"“”-–—\n\t:')), max_size=80)


@_SETTINGS
@given(_TEXT)
def test_sign_off_reading_never_fails(text: str) -> None:
    for span in lower_case_names(text):
        assert 0 <= span.start < span.end <= len(text)


@_SETTINGS
@given(_TEXT, st.integers(min_value=0, max_value=80), st.integers(min_value=1, max_value=12))
def test_neighbour_reading_never_fails(text: str, at: int, length: int) -> None:
    start = min(at, len(text))
    end = min(start + length, len(text))
    seed = [Span(start, end, "PERSON", "seed", 0.5)] if end > start else []
    for span in names_beside_persons(text, seed):
        assert 0 <= span.start < span.end <= len(text)
