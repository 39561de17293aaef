"""Role, kinship and greeting words before a name are no part of it: the word stays
readable and the name is still masked ("Kollegin", "Sonen", "RN", "Tisztelt"), also
after a title ("Frau Kollegin ..."), and a finding that is only such a word is dropped.
Words that are family names too ("Guest", "Parent") are not role words (values made up
for this test)."""

from __future__ import annotations

import pytest

from app.redaction.role_words import is_role_word
from app.redaction.spans import Span
from app.redaction.text import redact_text, without_titles


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Sehr geehrte Frau Kollegin Wendtland,\nanbei der Befund.", "Kollegin", "Wendtland"),
        ("Hjälp med dusch. Sonen Viktor ringer i morgon.", "Sonen", "Viktor"),
        ("Patient handed over, report to RN Gareth Pilkington at 10:40.", "RN", "Pilkington"),
        (
            "Besuch: Schwiegertochter Annegret Vollmeier, wohnt nebenan.",
            "Schwiegertochter",
            "Vollmeier",
        ),
        ("Tisztelt Kovácsné Borbála!\nKöszönjük levelét.", "Tisztelt", "Borbála"),
    ],
)
def test_role_word_stays_and_name_is_masked(text: str, role: str, name: str) -> None:
    out = redact_text(text).text
    assert role in out
    assert name not in out


def test_finding_of_a_role_word_alone_is_dropped() -> None:
    text = "Zi. 7: Hr. Leutgeb, Ehefrau ruft an"
    start = text.index("Ehefrau")
    assert without_titles(text, [Span(start, start + 7, "PERSON", "test", 0.8)]) == []


def test_role_word_leaves_the_start_of_a_finding() -> None:
    text = "Visit with OT Mairead Kilbride today."
    start = text.index("OT")
    end = text.index(" today")
    (span,) = without_titles(text, [Span(start, end, "PERSON", "test", 0.8)])
    assert text[span.start : span.end] == "Mairead Kilbride"


@pytest.mark.parametrize(
    "word", ["Guest", "Host", "Parent", "Neveu", "Nieto", "Rn", "Ot", "Vater-Berg", "NICHTE"]
)
def test_surnames_and_other_case_are_no_role_word(word: str) -> None:
    assert not is_role_word(word)


@pytest.mark.parametrize("word", ["Kollegin", "nichte", "RN", "Sonen", "оператор", "Kedves"])
def test_role_words(word: str) -> None:
    assert is_role_word(word)
