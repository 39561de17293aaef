"""A number printed with its scheme's letters after a label of its own ("Pat.-Nr. MRN
...", "등록번호 MRN ...", "(GMC NMC ...)", "端末ID CGM ..."): the letters are the number's
printed prefix and are masked with it; standing first, the letters are the label and stay."""

from __future__ import annotations

import pytest

from app.redaction.record_numbers import find_by_context
from app.redaction.scheme_prefixes import find_scheme_prefixes


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_scheme_prefixes(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fall-Nr. MRN 70321958   Entnahme 02.02.2026", "MRN 70321958"),
        ("환자번호 MRN 40718263\n채취 2026. 1. 9.", "MRN 40718263"),
        ("рег. карта № MRN 55012874.", "MRN 55012874"),
        ("رقم الملف: MRN 29931047\n", "MRN 29931047"),
        ("Cita confirmada. Exp. MRN 80215576. Responda SI.", "MRN 80215576"),
        ("Signed, Dr K. Abara (GMC NMC 07B4412C)", "NMC 07B4412C"),
        ("装置ID CGM 31840077\n", "CGM 31840077"),
        ("Hosp no: MRN 66401329   DOB 01/02/1970", "MRN 66401329"),
        # several records on one line, another separator
        ("ID: MRN 11122233 | ID: MRN 44455566", "MRN 44455566"),
        ("patient_id; mrn MRN 90817263", "MRN 90817263"),
        # a CSV export's cell, the column's header the label
        ("1,2026-03-01T06:05:00,EGV,CGM 41872290,6.4\n", "CGM 41872290"),
        ("id;serial\n7;SN 40QX77120031\n", "SN 40QX77120031"),
    ],
)
def test_scheme_letters_after_a_label_are_masked_with_the_number(text: str, value: str) -> None:
    assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "MRN 70321958   DOB 02.02.1966",
        "Subject: MRN 70321958 - results",
        "Dr K. Abara, GMC 7044123",
        "seen today | MRN 70321958",
        "The MRN 70321958 was merged.",
        "DOB 02.02.1966, MRN 70321958, ward 4",
        "Registration numbers on file: GMC 7044123, AHPRA MED0001234567",
    ],
)
def test_scheme_letters_first_are_the_label(text: str) -> None:
    assert find_scheme_prefixes(text) == [], text


def test_the_number_itself_is_still_found_after_the_label() -> None:
    text = "Fall-Nr. MRN 70321958"
    start = text.index("70321958")
    assert any(s.start <= start < s.end for s in find_by_context(text) + find_scheme_prefixes(text))
