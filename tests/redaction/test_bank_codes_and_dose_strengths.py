"""Kept phrases of session 37 (split S) that structured rules masked: a bank's BIC after
its label (bank_codes.py: it names the bank, not the customer) and a drug's strength glued
to its unit after its release letters ("ER 500MG", read as an Italian plate, vehicles.py).
Beside them, the account, a name after a lone "Bic" and real plates stay masked."""

from __future__ import annotations

import pytest

from app.redaction.bank_codes import bank_code
from app.redaction.spans import Span
from app.redaction.vehicles import find_vehicles


def _span(text: str, value: str, kind: str = "RECORD_NUMBER") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "rule", 0.6)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IBAN: DE00 1234\nBIC: QWERDEM1XYZ\nBetrag: 5 EUR", "QWERDEM1XYZ"),
        ("SWIFT code ZXCVGB2L, sort code 00-00-00", "ZXCVGB2L"),
        ("BIC/SWIFT: POIUFRPP", "POIUFRPP"),
        ("Beneficiary bank   : BIC LKJHDEFF\nBeneficiary a/c : X", "BIC LKJHDEFF"),
    ],
)  # fmt: skip
def test_bic_after_its_label_is_no_identifier(text: str, value: str) -> None:
    assert bank_code(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customer ref: ABCDEF12", "ABCDEF12"),
        ("Patient: BIC MARTINEZ, seen today", "BIC MARTINEZ"),
        ("BIC: see attached letter from AB12345678", "AB12345678"),
        ("Account holder: QWERTYUI", "QWERTYUI"),
    ],
)  # fmt: skip
def test_other_codes_and_names_stay_findings(text: str, value: str) -> None:
    assert not bank_code(text, _span(text, value, "PERSON"))


def _plates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_vehicles(text)]


@pytest.mark.parametrize(
    "text",
    [
        "QUETIAPINE XR 200MG   Qty 30",
        "Take one METOPROLOL SR 100MG daily",
        "NIFEDIPINE LA 120MG tabs",
    ],
)  # fmt: skip
def test_dose_strength_after_release_letters_is_no_plate(text: str) -> None:
    assert _plates(text) == [], text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("car AB 123 CD parked outside", "AB 123 CD"),
        ("targa BX 482KL", "BX 482KL"),
    ],
)  # fmt: skip
def test_italian_plates_stay_masked(text: str, plate: str) -> None:
    assert plate in _plates(text), text
