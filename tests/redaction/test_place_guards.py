"""A lower-case dotted abbreviation that the NER model reads as a place ("Insulingabe
s.c.", "i.v."), place_guards.py, session 37: dropped; a capitalised place or an
abbreviation with a capital stays, and other rules' findings are not its business."""

from __future__ import annotations

import pytest

from app.redaction.place_guards import dotted_abbreviation
from app.redaction.spans import Span


def _span(text: str, value: str, kind: str = "LOCATION", rule: str = "SpacyRecognizer") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, rule, 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12.03. -- Heparingabe s.c., RR stabil", "s.c."),
        ("Ceftriaxon 2 g i.v. einmal täglich", "i.v."),
        ("paracetamol 1 g p.o. qds", "p.o."),
    ],
)  # fmt: skip
def test_dotted_lower_case_abbreviation_is_no_place(text: str, value: str) -> None:
    assert dotted_abbreviation(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value", "kind", "rule"),
    [
        ("moved to St. Ives", "St. Ives", "LOCATION", "SpacyRecognizer"),
        ("from Washington D.C. on Monday", "D.C.", "LOCATION", "SpacyRecognizer"),
        ("lives in Brackwell", "Brackwell", "LOCATION", "SpacyRecognizer"),
        ("code s.c. here", "s.c.", "LOCATION", "place_after_cue"),
        ("given s.c. today", "s.c.", "PERSON", "SpacyRecognizer"),
    ],
)  # fmt: skip
def test_places_and_other_findings_stay(text: str, value: str, kind: str, rule: str) -> None:
    assert not dotted_abbreviation(text, _span(text, value, kind, rule))
