"""Phones and dates whose digits OCR misread as look-alike letters (issue 15, session 23).

The misreads are the classic OCR confusion pairs (0/O, 1/l/I, 5/S, 8/B, 2/Z, 6/G/b, 9/g/q)
put into numbers of the national plans' shapes (NANP "(201) 555-0123", Polish and
Hungarian local numbers) and ISO 8601 / day-month-year dates. Negatives: clinical and
lab terms that mix letters and digits ("S1 S2", "B12", "SpO2", "L4-L5", "HbA1c") stay.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.ocr_misreads import FOLD, find_misread_numbers
from app.redaction.structured import text_words

from .conftest import second_pass_covers as _covered
from .conftest import second_pass_leaves as _untouched


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("S for 5 in a NANP number", "(201) 5S2-4194"),
        ("l for 1 in the area code", "(20l) 557-4696"),
        ("O for 0 twice", "(506) 23O-O976"),
        ("O for 0, Polish grouping", "21 2349 4O59"),
        ("trailing l", "22 35291l"),
        ("ISO date, month as lO", "1942-lO-08"),
        ("dotted date, l and O", "l4.O7.1964"),
        ("slashed date, B and l", "B/l7/62"),
        ("year with l, Polish month", "17 stycznia 197l"),
        ("Z and S in a year", "03/04/l9S6"),
    ],
)
def test_misread_phones_and_dates_are_masked(label: str, value: str) -> None:
    text = f"Tel / DOB: {value}\nNext line stays."
    assert _covered(text, value), label
    assert _untouched(text, "Next line stays")


@pytest.mark.parametrize(
    "kept",
    [
        "S1 S2 normal, no murmur",
        "B12 400 mcg daily",
        "SpO2 95% on room air",
        "L4-L5 disc bulge",
        "HbA1c 6.5% last week",
        "vitamin D3 1000 IU",
        "O2 2 l/min via nasal cannula",
        "T4 12.3 pmol/l",
        "Grade I/II lesion, 3 cm",
        "w/o 12 mg",
        "Room B12, bed 4",
        "|140|4.2|3.9|101|",  # a pipe table of lab values: "|" is no 1
    ],
)
def test_clinical_terms_mixing_letters_and_digits_stay(kept: str) -> None:
    text = f"Findings: {kept}. Plan: review."
    assert find_misread_numbers(text, text_words(text)) == []


def test_the_fold_keeps_lengths() -> None:
    assert all(len(k) == len(v) == 1 for k, v in FOLD.items())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789OolISZsBbGgqD|-./() \nab", max_size=80))
def test_misread_finder_reads_any_text(text: str) -> None:
    for span in find_misread_numbers(text, text_words(text)):
        assert 0 <= span.start < span.end <= len(text)
        assert span.kind in ("PHONE_NUMBER", "DATE_TIME")
