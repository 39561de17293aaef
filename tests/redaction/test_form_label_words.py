"""A form's label in another language before its value ("Lekarz: …", "Diagnosi: …",
"Opis: …") is no person or place; the same word without a value after it, a chat's
speaker before a colon and a name after the label stay masked (`form_label_words.py`
through `not_identifiers.label_only`, splits V, W, X, session 42). Values are invented."""

from __future__ import annotations

import pytest

from app.redaction.form_label_words import FORM_LABEL_WORDS
from app.redaction.given_names import is_given_name
from app.redaction.not_identifiers import label_only
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _span(text: str, value: str, kind: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Zalecenia: kontrola za 2 tyg.   Lekarz: Tomasz Wrona", "Lekarz", "PERSON"),
        ("Diagnosi: polmonite\nTerapia: amoxicillina", "Diagnosi", "LOCATION"),
        ("Opis: zakup w sklepie, klient nie rozpoznaje", "Opis", "PERSON"),
        ("Лекар: Петров\nДиагноза: бронхит", "Лекар", "LOCATION"),
        ("Yatış: 03.02.2025  Taburcu: 09.02.2025", "Taburcu", "LOCATION"),
        ("Kontoinhaber = Greta Voss", "Kontoinhaber", "PERSON"),  # another separator
    ],
    ids=["pl-doctor", "it-diagnosis", "pl-description", "bg-doctor", "tr-discharge", "equals"],
)
def test_a_label_before_its_value_is_dropped(text: str, value: str, kind: str) -> None:
    assert label_only(text, _span(text, value, kind))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die Lekarz Praxis ist zu.", "Lekarz"),  # no value after it
        ("Wnioski Opis końcowy", "Opis"),
        ("Lekarz: Tomasz Wrona", "Tomasz Wrona"),  # the name after the label
        ("Zofia: jestem w domu\nMarek: ok", "Zofia"),  # a chat's speaker
    ],
    ids=["no-value", "prose", "the-name", "speaker"],
)
def test_other_findings_stay(text: str, value: str) -> None:
    assert not label_only(text, _span(text, value))


def test_no_label_word_is_a_given_name() -> None:
    assert not [w for w in FORM_LABEL_WORDS if is_given_name(w)]


def test_a_form_keeps_its_labels_and_masks_its_names() -> None:
    text = (
        "Zwolnienie lekarskie od 02.03.2025 do 20.03.2025\n"
        "Wskazania: chory powinien leżeć   Lekarz: Tomasz Wrona\n"
    )
    out = redact_text(text).text
    assert "Lekarz: " in out
    assert "Wrona" not in out
