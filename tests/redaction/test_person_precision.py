"""Words that are no person stay readable: prescription abbreviations, markup tags, caption
words the name dictionary also lists, headings; real names in the same places are still
masked (split K, session 27)."""

from __future__ import annotations

import pytest

from app.redaction.name_guards import not_a_person, tidy_person
from app.redaction.spans import Span
from app.redaction.text import find_spans


def _persons(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_spans(text) if s.kind == "PERSON"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ibuprofen 600 mg q6h prn\n- f/u ortho clinic", "prn"),
        ("issued 2025-06-20; valid 72 h.\n", "h."),
        ("paracetamol 1 g po qds, codeine 30 mg nocte", "nocte"),
    ],
    ids=["prn", "hour", "nocte"],
)
def test_sig_abbreviation_is_no_person(text: str, word: str) -> None:
    start = text.index(word)
    span = Span(start, start + len(word), "PERSON", "SpacyRecognizer", 0.85)
    assert not_a_person(text, span)


def test_capitalised_name_after_a_dose_is_still_a_person() -> None:
    text = "ibuprofen 600 mg q6h Prn\n"  # only the lower-case schedule word is dropped
    start = text.index("Prn")
    assert not not_a_person(text, Span(start, start + 3, "PERSON", "SpacyRecognizer", 0.85))


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("<Cdtr><Nm>ACME Holdings</Nm></Cdtr>", 10, 34, "ACME Holdings"),
        ("<Cdtr><Nm>ACME Holdings</Nm></Cdtr>", 0, 23, "ACME Holdings"),
        ("<Dbtr><Nm>Anna Kowalska</Nm>", 10, 28, "Anna Kowalska"),
    ],
    ids=["closing-tags", "opening-tags", "name"],
)
def test_a_name_never_holds_markup(text: str, start: int, end: int, expected: str) -> None:
    tidy = tidy_person(text, Span(start, end, "PERSON", "SpacyRecognizer", 0.85))
    assert tidy is not None
    assert text[tidy.start : tidy.end] == expected


def test_a_finding_of_only_tags_is_dropped() -> None:
    assert tidy_person("<Cdtr><Nm>", Span(0, 10, "PERSON", "SpacyRecognizer", 0.85)) is None


def test_pain001_names_masked_tags_kept() -> None:
    text = "<Dbtr>\n  <Nm>Anna Kowalska</Nm>\n</Dbtr>\n<Cdtr>\n  <Nm>Jan Nowak</Nm>\n</Cdtr>"
    persons = _persons(text)
    assert {"Anna Kowalska", "Jan Nowak"} <= persons
    assert not any("<" in p or ">" in p for p in persons)


@pytest.mark.parametrize(
    "text",
    [
        "Invoice Date 6/1/2023 Due 6/15/2023 Balance 120.00",
        "Application for Schengen Visa (keyed from the paper form)",
    ],
    ids=["due-date", "visa"],
)
def test_caption_words_are_no_person(text: str) -> None:
    assert not _persons(text)


def test_names_beside_captions_still_masked() -> None:
    text = "Invoice Date 6/1/2023 Due 6/15/2023 Patient Maria Toro Garay"
    assert any("Maria" in p for p in _persons(text))


@pytest.mark.parametrize(
    "value", ["PERSON", "REASON", "PRESCRIPTION RECORD", "PERIODIC REVIEW"], ids=str.lower
)
def test_headings_in_capitals_are_no_person(value: str) -> None:
    text = f"{value}\nsee below"
    span = Span(0, len(value), "PERSON", "spacy_on_capitals", 0.85)
    assert not_a_person(text, span)


def test_a_name_in_capitals_under_a_heading_is_still_a_person() -> None:
    text = "PERSON RESPONSIBLE: JOHN SMITH\n"
    assert "JOHN SMITH" in _persons(text)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("1. Surname(s) (family name(s)): YILDIRIM\n", "YILDIRIM"),
        ("3. First name(s) (given name(s)): GIADA\n", "GIADA"),
        ("Surname (as in passport): Okonkwo\n", "Okonkwo"),
    ],
    ids=["surname-gloss", "first-name-gloss", "passport-gloss"],
)
def test_name_under_a_caption_with_a_gloss_is_masked(line: str, name: str) -> None:
    assert name in _persons(line)


def test_a_gloss_caption_of_no_name_field_stays_readable() -> None:
    line = "4. Date of birth (day-month-year): 19/12/1997\n5. Place of birth: Lagos\n"
    assert not _persons(line)


def test_proband_of_a_pedigree_is_a_person() -> None:
    # "Proband" and "consultand" are the pedigree's persons (NSGC pedigree nomenclature).
    text = "Proband: Joy Obi (DOB 20 September 1999)\n"
    assert "Joy Obi" in _persons(text)


@pytest.mark.parametrize(
    ("value", "kind", "dropped"),
    [
        ("TP53", "NRP", True),  # a gene's symbol (HGNC), never a group of people
        ("HLA-B27", "NRP", True),
        ("Icelandic", "NRP", False),
        ("09:41 - Mensah", "NRP", False),  # a chat line's time and its speaker
        ("Maria Kowalska", "PERSON", False),
    ],
)
def test_a_group_of_people_holds_no_digit(value: str, kind: str, dropped: bool) -> None:
    text = f"Result: {value} noted."
    span = Span(8, 8 + len(value), kind, "SpacyRecognizer", 0.85)
    assert not_a_person(text, span) is dropped
