"""The value of a field that says what a case is about (a diagnosis, a treatment, a
reason, a measure, a vaccine, a function, an offence) is no one: spaCy's and the
unknown-word rule's readings of it as a person or a place are dropped; a name found by a
cue, or with a capitalised given name in it, stays masked (case_fields.py)."""

from __future__ import annotations

import pytest

from app.redaction.case_fields import in_case_field
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _span(text: str, value: str, rule: str = "SpacyRecognizer") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.85)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Dijagnoza: kronični sinusitis", "kronični sinusitis"),
        ("TEDAVI: parasetamol tablet", "parasetamol tablet"),
        ("Maßnahme: Konto gesperrt, Rückruf veranlasst", "Konto gesperrt"),
        ("Funktion: Stationsleiterin Chirurgie", "Stationsleiterin Chirurgie"),
        ("Oltóanyag: Vaxzevria, adag: 2.", "Vaxzevria"),
        ("Behandlung am 3. Mai 2025: manuelle Lymphdrainage", "manuelle Lymphdrainage"),
        ("CHẨN ĐOÁN: viêm phổi", "viêm phổi"),
        ("Reason for referral: lumbar pain review", "lumbar pain"),
        ("Põhjus: neuroloogi konsultatsioon", "neuroloogi konsultatsioon"),
    ],
)
def test_finding_in_a_case_field_is_no_one(line: str, value: str) -> None:
    text = f"Patient record\n{line}\nSigned.\n"
    assert in_case_field(text, _span(text, value))


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Hausarzt: Weller Gruber", "Weller Gruber"),  # not a case field
        ("Reason: call from Maria Kovač", "Maria Kovač"),  # a capitalised given name
        ("Reason: visit of Thandeka Mbali", "Thandeka Mbali"),  # a free field, capitals
        ("Treatment supporter: Qhawe Nyathi", "Qhawe Nyathi"),  # a role, not a treatment
        ("Diagnose: siehe Brief", "Brief"),
    ],
)
def test_other_fields_and_given_names_stay(line: str, value: str) -> None:
    text = f"Patient record\n{line}\nSigned.\n"
    if value == "Brief":  # the label is a case field, but the finding is on the next line
        text = "Diagnose:\nBrief Weller\n"
        value = "Brief Weller"
    assert not in_case_field(text, _span(text, value))


def test_case_field_values_stay_readable_in_the_output() -> None:
    text = (
        "Befund\nDiagnose: Asthma bronchiale, Therapie mit Salbutamol 100 µg.\n"
        "Dijagnoza: akutni faringitis\nTedavi: amoksisilin tablet\n"
        "Hausarzt: Dr. med. Quendt, Tel. 030 4471 2290\n"
    )
    out = redact_text(text).text
    for phrase in ("Therapie mit Salbutamol", "akutni faringitis", "amoksisilin tablet"):
        assert phrase in out
    assert "Quendt" not in out
