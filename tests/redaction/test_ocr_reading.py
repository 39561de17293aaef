"""Names damaged the way scans and forms damage them are read as a reader reads them.

The damages are the standard ones of OCR output and printed forms: letters spaced out in
boxed form fields and letter-spaced headings, a word hyphenated across a line break
(typesetting's line-end hyphen, kept by OCR engines as "-", a soft hyphen or "¬"), and the
classic OCR confusion pairs of a digit for a letter of the same shape (0/O, 1/I/l, 5/S,
8/B; ISRI's annual tests of OCR accuracy, Tesseract's unicharambigs). Negatives: spaced
headings, codes, units and clinical abbreviations stay readable.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.field_names import field_kind
from app.redaction.ocr_reading import read
from app.redaction.text import redact_text

_FOLDS = {"0": "Oo", "1": "I", "5": "Ss", "8": "B"}


@pytest.mark.parametrize(
    ("name", "text", "reading"),
    [
        ("boxed capitals", "| M E G A N | K E L L Y |", "| MEGAN | KELLY |"),
        ("spaced heading, two spaces between words", "S U M M A R Y  N O T E S", "SUMMARY  NOTES"),
        ("capital then lower case", "Name: M a r t a", "Name: Marta"),
        ("line-end hyphen", "Member: Phillip Edw-\nards", "Member: Phillip Edwards"),
        ("soft hyphen at line end", "Grün\u00ad\nwald", "Grünwald"),
        ("capital after the break: a real hyphen", "Smith-\nJones", "Smith-\nJones"),
        ("5 for S in capitals", "KELLY, 5AMUEL", "KELLY, SAMUEL"),
        ("0 in a capitalised word", "D0nald", "Donald"),
        ("1 in lower case: i or l?", "Referr1ng Doug1as", "Referr1ng Doug1as"),
        ("8 for B", "8ARBARA", "BARBARA"),
        ("two digits side by side: a code", "COVID19", "COVID19"),
        ("too few letters", "B12 H1N1 L4-L5 O2", "B12 H1N1 L4-L5 O2"),
        ("mixed case: an abbreviation", "HbA1c 5.1", "HbA1c 5.1"),
        ("two single letters only", "A B", "A B"),
        ("inside an e-mail address", "mei.martin5@example.org", "mei.martin5@example.org"),
    ],
)
def test_reading(name: str, text: str, reading: str) -> None:
    assert read(text).text == reading, name


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        (
            "letter-spaced boxes under a name label with an instruction",
            "|NAME (BLOCK CAPITALS)| S A M U E L | K E L L Y |\n|DATE OF BIRTH| 04.05.1977 |",
            "S A M U E L",
        ),
        (
            "a digit for a letter in a signature",
            "|DATE OF BIRTH| 04.05.1977 |\n|SIGNATURE| KELLY, 5AMUEL |",
            "5AMUEL",
        ),
        (
            "a surname hyphenated across the line",
            "PRIOR AUTH REQUEST\nMember: Phillip Edw-\nards\nID# BMB731183688",
            "ards",
        ),
        (
            "a letter-spaced mention of a name found in prose",
            "Patient: Megan Culhane, seen in clinic today.\n\nC U L H A N E   M E G A N\nWard 4",
            "C U L H A N E",
        ),
        (
            "a misread mention of a name found in prose",
            "Referral for Samuel Kelly, seen today.\n5AMUEL reviewed the plan.",
            "5AMUEL",
        ),
    ],
)
def test_damaged_names_are_masked(name: str, text: str, value: str) -> None:
    assert value not in redact_text(text).text, name


@pytest.mark.parametrize(
    "text",
    [
        "S U M M A R Y\nPatient seen today, no acute distress.",
        "R E V I E W  D A T E  N O T  S E T",
        "Batch code 5AMPLE received; B12 and HbA1c normal; O2 sat 98%.",
        "Plan: follow-\nup in clinic with the COVID19 ward; SO2 and CO2 within range.",
        "Card 8ANK fee waived; the 0VERDRAFT limit unchanged.",
    ],
)
def test_readable_text_stays(text: str) -> None:
    assert redact_text(text).text == text


_TEXT = st.text(
    alphabet=st.sampled_from(list("aAbBeEkKsS 0158-\u00ad¬\n|,.")) | st.characters(),
    max_size=200,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_reading_maps_back_inside_the_original(text: str) -> None:
    reading = read(text)
    assert len(reading.index) == len(reading.text)
    assert all(a < b for a, b in zip(reading.index, reading.index[1:], strict=False))
    for i, c in enumerate(reading.text):
        original = text[reading.index[i]]
        assert original == c or c in _FOLDS.get(original, "")
    for start, end in reading.repairs:
        assert 0 <= start < end <= len(reading.text)
        o_start, o_end = reading.original(start, end)
        assert 0 <= o_start < o_end <= len(text)
        # the same letters, in order, inside the original's span
        letters = [c for c in reading.text[start:end] if c.isalpha()]
        inside = [reading.index[i] for i in range(start, end)]
        assert all(o_start <= j < o_end for j in inside)
        assert len(letters) <= o_end - o_start


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        # A form's instruction to the one who fills it in, bracketed after the label
        # (the UK's NHS HC2 and passport forms: "in BLOCK CAPITALS", "please print").
        ("NAME (BLOCK CAPITALS)", "PERSON"),
        ("Surname (please print)", "PERSON"),
        ("Full name (as on passport)", "PERSON"),
        ("Address (if different)", "ADDRESS"),
        ("Date of birth (DD/MM/YYYY)", "DATE_TIME"),
        # A lower-case qualifier gives way only before a label that names a field outright;
        # a weak field ("Doctor") is left to its value's own name rules.
        ("Phone (mobile)", "PHONE_NUMBER"),
        ("Next of kin (wife)", "PERSON"),
        ("Doctor (on call)", None),
        ("Contact (daughter)", None),
        # A name in brackets after a role is a speaker, not an instruction.
        ("AGENT (Mia)", None),
        ("Patient (Maria Lopez)", None),
        # Units and scales in brackets after a measure's label name no field.
        ("Dose (mg)", None),
        ("Weight (kg)", None),
        ("Score (0-10)", None),
    ],
)
def test_bracketed_form_instruction_is_no_part_of_the_label(header: str, kind: str | None) -> None:
    found = field_kind(header)
    assert (found[0] if found else None) == kind
