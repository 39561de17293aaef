"""A case field (a diagnosis) that opens a sentence inside a line of prose ("Aufgenommen am
3.2. Diagnose: Gürtelrose."): its value is no one, as at a line's start; a finding past the
sentence's end, or past another field's label on the line, stays masked (case_fields.py)."""

from __future__ import annotations

import pytest

from app.redaction.case_fields import in_case_field
from app.redaction.spans import Span


def _span(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Primljen 02.05.2024. Dijagnoza: akutni pankreatitis.", "akutni pankreatitis"),
        ("Uzņemts 14.09.2025. Diagnoze: hronisks gastrīts. Ārsts: K. Ozols", "hronisks gastrīts"),
        ("Geliş: 3 Mart 2025; Tanı: kronik sinüzit. Taburcu edildi.", "kronik sinüzit"),
        ("Diaqnoz: kəskin faringit. Tarix: 02.02.2025.", "kəskin faringit"),
        ("Seen on 4 May. Diagnosis: viral gastroenteritis.", "viral gastroenteritis"),
    ],
)
def test_case_field_that_opens_a_sentence_is_no_one(line: str, value: str) -> None:
    text = f"Note\n{line}\nEnd.\n"
    assert in_case_field(text, _span(text, value))


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # past the field's sentence: another sentence, whoever it names
        ("Primljen 02.05.2024. Dijagnoza: pankreatitis. Zoran Kovačević zvao.", "Zoran Kovačević"),
        # another field's label between: the finding is that field's value
        ("Diaqnoz: kəskin faringit. Tarix: 02.02.2025. Həkim: Rövşən Xəlilov", "Rövşən Xəlilov"),
        ("Diagnosis: flu; Treated by: Okwuosa Nnamdi", "Okwuosa Nnamdi"),
        # a capitalised given name on the line keeps the value a person's
        ("Uzņemts 14.09.2025. Diagnoze: hronisks gastrīts. Ārsts: Anna Ozola", "hronisks gastrīts"),
        # no label word opens the sentence
        ("Uzņemts 14.09.2025. Piezīme: hronisks gastrīts.", "hronisks gastrīts"),
        # several sentences on one line: the label opens an earlier sentence than the finding's
        ("Aufnahme 3.2. Diagnose: Gürtelrose. Besuch von Okonkwo Adaeze. Ende", "Okonkwo Adaeze"),
    ],
)
def test_finding_outside_the_sentence_field_stays(line: str, value: str) -> None:
    text = f"Note\n{line}\nEnd.\n"
    assert not in_case_field(text, _span(text, value))
