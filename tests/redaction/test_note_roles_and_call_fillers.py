"""A note's abbreviation of the patient ("Pt reports", "Pac. refiere") and the kin words a
social worker's note calls a parent by ("Mom reports", "Grandma, <name>") are no person;
the name beside them stays masked. A call transcript's fillers after a speaker tag
("CALLER: Yeah hi", "AGENT: I'll open …", "It's …") are no name; a name there still is
(name_guards.ROLE_NOUNS, names._NOT_NAMES). Values made up for this test."""

from __future__ import annotations

import pytest

from app.redaction.name_guards import not_a_person
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _person(text: str, value: str, rule: str = "SpacyRecognizer") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.85)


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("Recall visit.\nPt reports sensitivity #3.", "Pt", "SpacyRecognizer"),
        ("Motivo: dolor. Pac. refiere disnea.", "Pac", "SpacyRecognizer"),
        ("Home visit.\nMom reports she lost her job.", "Mom", "reporting_subject"),
        ("Case pending. Grandma, Oletha Brindle, lives with them.", "Grandma", "SpacyRecognizer"),
    ],
)
def test_note_roles_are_no_person(text: str, value: str, rule: str) -> None:
    assert not_a_person(text, _person(text, value, rule))


def test_name_beside_a_note_role_stays_masked() -> None:
    text = "Home visit 3/2.\nMom reports rent arrears. Grandma, Oletha Brindle, lives with them.\n"
    out = redact_text(text).text
    assert "Mom reports" in out
    assert "Grandma," in out
    assert "Brindle" not in out
    assert "Oletha" not in out


def test_call_fillers_after_speaker_tags_stay_readable() -> None:
    text = (
        "AGENT: Thank you for calling. Who am I speaking with?\n"
        "CALLER: Yeah hi, it's Marisol Quintanilla.\n"
        "CALLER: It's about my claim.\n"
        "AGENT: I'll check that now.\n"
        "CALLER: That's fine.\n"
        "CALLER: Okonkwo here again.\n"
    )
    out = redact_text(text).text
    for kept in (
        "CALLER: Yeah hi",
        "CALLER: It's about",
        "AGENT: I'll check",
        "CALLER: That's fine",
    ):
        assert kept in out
    assert "Quintanilla" not in out
    assert "Okonkwo" not in out
