"""Record numbers of justice, custody and casework records (session 45, split AA): the
criminal record numbers written as two slashed groups with a check letter ("PNC 03/118274K",
"CRO 271604/98L"), a court's or a file's lettered slash reference ("F3317/40215"), a
prisoner's number with no word before it in a prison or probation text, a label with its
number sign written on ("Inmate# 7K3309"), fingerprints' capture numbers ("Livescan
LIVESCAN 55102..."), and a record's number after "Patient" alone. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.record_numbers import find_by_context, find_fixed_shapes


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_by_context(text) + find_fixed_shapes(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Subject's PNC 03/118274K on file", "03/118274K"),
        ("CRO: 271604/98L   released 2024", "271604/98L"),
        ("Arrest summons 19/0004471Q recorded", "19/0004471Q"),
        ("09:30  F3317/40215  Re: the children of A.", "F3317/40215"),
        ("Appeal KB88/501734 listed", "KB88/501734"),
    ],
)
def test_lettered_slash_references_are_masked(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Budget for FY2023/24 agreed",
        "MRI shows L4/L5 disc bulge",
        "Seen 12/05/2024, ratio 130/80",
        "Range A12/34B only",
        "Grade B2/3 only",
    ],
)
def test_years_levels_and_ratios_are_no_slash_reference(text: str) -> None:
    assert not {v for v in _values(text) if "/" in v}


@pytest.mark.parametrize(
    "text",
    [
        "HMP Leeds reception: Patel, Omar [K2281QD] seen by nurse",
        "Probation supervision — offender R4410ZT reported on time",
    ],
)
def test_prison_numbers_in_custody_texts_are_masked(text: str) -> None:
    value = next(w.strip("[]") for w in text.split() if w.strip("[]")[1:5].isdigit())
    assert value in _values(text)


def test_a_lot_of_the_same_shape_outside_custody_stays() -> None:
    assert not _values("Tdap        08/03/2025    B5521CK   left deltoid")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Offender: DOE, Jan   DOC# 7K3309P   DOB", "7K3309P"),
        ("Inmate#: 4410927 moved to unit C", "4410927"),
        ("Acct# 5512-0098 closed", "5512-0098"),
    ],
)
def test_a_number_sign_written_onto_its_label_labels_the_value(text: str, value: str) -> None:
    assert value in _values(text)


def test_a_language_name_with_a_sign_labels_nothing() -> None:
    assert not _values("Rewritten in C# 12 and F# 2024 last year")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prints: Livescan LIVESCAN 5510298374   photo taken", "LIVESCAN 5510298374"),
        ("Fingerprint capture 88120457 sent to bureau", "88120457"),
    ],
)
def test_fingerprint_capture_numbers_are_masked(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('ClinicSoft — Patient Q-40918  "Rex"  Collie', "Q-40918"),
        ("Patient 77301/2 booked for dental", "77301/2"),
        ("Patient: 0048812 admitted", "0048812"),
    ],
)
def test_a_number_right_after_patient_is_masked(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("PATIENT REG1STRATION F0RM  (scan)", "REG1STRATION F0RM"),
        (r"\u003c/patient\u003e\u003c/patientRole\u003e", "u003e"),
        ("Patient IP 10.20.30.40; clinician IP 10.20.30.41", "IP 10.20.30.40"),
    ],
)
def test_patient_before_an_ocr_title_or_an_escaped_tag_labels_nothing(
    text: str, title: str
) -> None:
    assert title not in _values(text)
