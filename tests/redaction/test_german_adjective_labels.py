"""A German form's label of an inflected adjective and its noun ("Versicherte Person: …")
is no person; the name after it, and a name of the same shape before a colon, still are
(`label_guards._adjective_label`, session 45)."""

from __future__ import annotations

import pytest

from app.redaction.label_guards import label_head
from app.redaction.spans import Span
from app.redaction.text import find_spans


def _span(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Antrag\nMitversicherte Person: Olaf Brink\n", "Mitversicherte Person"),
        ("Befund\nÜberweisende Ärztin: Dr. Kaja Lenz\n", "Überweisende Ärztin"),
        ("Gemeldete Einrichtung: Haus am See\n", "Gemeldete"),
        ("Bericht\nJüngste Untersuchung: 04.05.2021\n", "Jüngste Untersuchung"),
        ("Zuständige Sachbearbeiterin: Frau Wendt\n", "Zuständige Sachbearbeiterin"),
    ],
    ids=["participle-te", "participle-nde", "one-word-finding", "adjective-ste", "adjective-ige"],
)
def test_adjective_and_noun_before_a_colon_is_a_label(text: str, value: str) -> None:
    assert label_head(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schulte Brink: bin gleich da\n", "Schulte Brink"),  # a short -te word: a surname
        ("Greta Brink: bin gleich da\n", "Greta Brink"),  # a given name: a chat's speaker
        ("Versicherte Person Olaf Brink\n", "Versicherte Person"),  # no colon: no label
    ],
    ids=["surname-te", "given-name", "no-colon"],
)
def test_names_and_unlabelled_words_are_not_adjective_labels(text: str, value: str) -> None:
    assert not label_head(text, _span(text, value))


def test_the_label_is_kept_and_the_name_after_it_masked() -> None:
    text = "Leistungsantrag\nBehandelte Person: Olaf Brinkhorst, geb. 03.02.1961\n"
    persons = [text[s.start : s.end] for s in find_spans(text) if s.kind == "PERSON"]
    assert not any("Behandelte" in p or "Person" in p for p in persons)
    assert any("Brinkhorst" in p for p in persons)
