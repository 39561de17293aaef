"""Benefit names stay readable (issue 15, session 38, utility of split T): "eligible for
Attendance Allowance", "claims Universal Credit" read as a place or a person drop that
finding; a person or a place beside such a name stays masked. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.benefit_names import benefit_names
from app.redaction.clinical_marks import clinical_marks
from app.redaction.spans import Span


def _span(text: str, value: str, kind: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "is eligible for Attendance Allowance at the higher rate",
            "Attendance Allowance",
            "LOCATION",
        ),
        ("now claims Universal Credit and Housing Benefit.", "Housing Benefit", "PERSON"),
        ("paid Carer's Allowance since March", "Carer's Allowance", "ORGANIZATION"),
    ],
)
def test_benefit_name_is_no_person_or_place(text: str, value: str, kind: str) -> None:
    assert benefit_names(text)
    assert clinical_marks(text, [_span(text, value, kind)]) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Allowance paid to Mary Child, Benefit Street", "Mary Child", "PERSON"),
        ("Housing officer in Crediton", "Crediton", "LOCATION"),
    ],
)
def test_names_beside_benefit_words_stay_masked(text: str, value: str, kind: str) -> None:
    span = _span(text, value, kind)
    assert clinical_marks(text, [span]) == [span]
