"""A title in capitals over a form whose first field names the form's subject is no person
("RESEP DOKTER" over "Nama pasien: …"); two words in capitals over anything else, or with a
given name, a word found again, a comma or more of a line after them, stay a person
(`subject_titles.py`, split V, session 40). The title words here are invented."""

from __future__ import annotations

import pytest

from app.redaction.spans import Span
from app.redaction.subject_titles import subject_title
from app.redaction.text import redact_text

T = "DRAVOSKA PELMENTIR"  # invented title words (the engine's finding is made up here)
P = "Maria Kowalska"


def _span(text: str, value: str, rule: str = "spacy_on_capitals") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.85)


def _persons(text: str, *values: str) -> list[Span]:
    return [_span(text, v, "SpacyRecognizer") for v in values]


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        (T + "\nKlorant: " + P + "\n", T, P),
        ("DRAVOSKA PELMENTIR\r\n\r\nKlorant : Maria Kowalska\n", T, P),
        ("DRAVOSKA PELMENTIR - KORVA\nKlorant: " + P + "\n", T, P),
        ("DRAVOSKA PELMENTIR / ENROLMENT FORM\nName: Maria Kowalska\n", T, P),
        ("DRAVOSKA PELMENTIR nr QX-4471\nKlorant: " + P + "\n", T, P),
        (
            "DRAVOSKA PELMENTIR Nº 4471-22\nKlorant: D. Maria Kowalska\n",
            "DRAVOSKA PELMENTIR Nº",
            "Maria Kowalska",
        ),
        (T + "\nKlorant：Maria Kowalska   Vesk: 12\n", T, P),
    ],
    ids=[
        "plain",
        "blank-line-crlf",
        "dash-more",
        "slash-bilingual",
        "number",
        "number-in-finding",
        "full-width-colon",
    ],
)
def test_title_over_the_subject_field_is_no_person(text: str, title: str, person: str) -> None:
    assert subject_title(text, _span(text, title), _persons(text, person))


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        # a name heads the form and is found again below: a signature, an address
        (T + "\nKlorant: Maria Kowalska\nSigned: Dravoska\n", T, P),
        # a given name in the finding
        ("MARIA PELMENTIR\nKlorant: Anna Kowalska\n", "MARIA PELMENTIR", "Anna Kowalska"),
        # the first field below names no one (a phone), or a person with no given name
        (T + "\nTel: 555 0192\nKlorant: " + P + "\n", T, P),
        (T + "\nKlorant: Zbrowski Kwelando\n", "DRAVOSKA PELMENTIR", "Zbrowski Kwelando"),
        # not line 1, or something before it on line 1
        ("Re:\nDRAVOSKA PELMENTIR\nKlorant: " + P + "\n", T, P),
        ("To DRAVOSKA PELMENTIR\nKlorant: " + P + "\n", T, P),
        # the line goes on in words, or a name's inverted order, or a single word
        ("DRAVOSKA PELMENTIR wrote\nKlorant: " + P + "\n", T, P),
        ("DRAVOSKA, PELMENTIR\nKlorant: " + P + "\n", "DRAVOSKA, PELMENTIR", "Maria Kowalska"),
        ("DRAVOSKA\nKlorant: " + P + "\n", "DRAVOSKA", "Maria Kowalska"),
        # title and field on one line (no line break), or the person on a later line
        ("DRAVOSKA PELMENTIR   Klorant: " + P + "\n", T, P),
        (T + "\nKlorant:\nMaria Kowalska\n", T, P),
        # title case, not capitals
        ("Dravoska Pelmentir\nKlorant: " + P + "\n", "Dravoska Pelmentir", "Maria Kowalska"),
    ],
    ids=[
        "found-again",
        "given-name",
        "first-field-no-person",
        "person-without-given-name",
        "second-line",
        "word-before",
        "line-goes-on",
        "comma",
        "one-word",
        "one-line",
        "value-on-next-line",
        "title-case",
    ],
)
def test_two_words_in_capitals_otherwise_stay_a_person(text: str, title: str, person: str) -> None:
    assert not subject_title(text, _span(text, title), _persons(text, person))


def test_the_title_survives_and_the_subject_is_masked() -> None:
    text = "ZDRAVSTVENI KARTON\nKlorant: Maria Kowalska\nData: 12.03.2024\n"
    out = redact_text(text).text
    assert out.startswith("ZDRAVSTVENI KARTON\n")
    assert "Kowalska" not in out
    assert "Maria" not in out


def test_a_name_over_a_form_that_signs_it_stays_masked() -> None:
    text = "TODISTUS OTTEESTA\nKlorant: Maria Kowalska\nPodpis: Todistus\n"
    out = redact_text(text).text
    assert "TODISTUS" not in out
    assert "OTTEESTA" not in out


def test_a_title_over_a_phone_field_stays_masked() -> None:
    text = "POTVRDA BORAVKA\nTel: 555 0192\nKlorant: " + P + "\n"
    out = redact_text(text).text
    assert "POTVRDA" not in out
    assert "BORAVKA" not in out
