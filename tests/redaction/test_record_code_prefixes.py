"""A record number whose scheme's letters are printed before its digits and are an
identifier word themselves ("MRN NHC 4471...", "No dossier NHC ...", "her MRN's NHC ...",
Arabic's "رقم الملف: NHC ...";
issue 15, session 41, split W): the letters are masked with the digits. A field's own
label before a number ("ID: MRN 1234567", "IBAN DE...") keeps its word. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.record_numbers import find_by_context


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_by_context(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pt Ana Ruiz (MRN NHC 61724093), DOB 01/02/1990", "NHC 61724093"),
        ("Nom: DUPONT, Léa   No dossier NHC 30571846   Née le 1961-05-04", "NHC 30571846"),
        ("Her MRN's NHC 09127734 for the consult.", "NHC 09127734"),
        ("Hosp no: IPP 55012378", "IPP 55012378"),
        ("رقم الملف: NHC 40219935   تاريخ الميلاد: 01/02/2003", "NHC 40219935"),
    ],
)
def test_scheme_letters_are_masked_with_the_number(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Patient ID: MRN 7712345", "MRN"),
        ("Account no. IBAN GB33BUKB20201555555555", "IBAN"),
        ("Provider ID: NPI 1234567893", "NPI"),
        ("lek. med. A. Nowak, nr PWZ 4412078", "PWZ"),
        ("Weryfikacja: numer PESEL 02262992945", "PESEL"),
        ("Orders placed from IP 10.2.3.4 (not customer's)", "IP"),
    ],
)
def test_a_label_before_the_number_keeps_its_word(text: str, word: str) -> None:
    at = text.index(word)
    assert not any(s.start <= at < s.end for s in find_by_context(text))
