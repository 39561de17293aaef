"""Person findings in documents written in other languages, and name forms that leaked,
written from the classes (own examples in many languages, not taken from any evaluation
split): a phrase or a document noun of another language is no person; names beside them
still are."""

from __future__ import annotations

import re

import pytest

from app.redaction.name_guards import other_language_word
from app.redaction.text import redact_text


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


# 1. Words of other languages are not names ---------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "über",
        "depuis",
        "Entlassungsbefund",
        "Pflegeplanung",
        "Kardiologie",
        "Transferencia",
        "Dichiarazione",
        "Notificação",
        "Weryfikacja",
        "Ocenianie",
        "Radiologia",
    ],
)
def test_words_of_other_languages_are_recognised(word: str) -> None:
    assert other_language_word(word)


@pytest.mark.parametrize(
    "word", ["Lucija", "Jung", "Ana", "Sara", "Kim", "Otto", "Okonkwo", "Vijayaraghavan"]
)
def test_given_names_and_surnames_are_no_other_language_words(word: str) -> None:
    assert not other_language_word(word)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Aufnahme über die Notaufnahme, Zustand stabil.", "über die"),
        ("Lettera di dimissione\nPaziente stabile.", "Lettera di dimissione"),
        ("Verlegung auf Station 3, Pflegeplanung angepasst.", "Pflegeplanung"),
        ("Solicitud de transferencia internacional recibida.", "Solicitud de transferencia"),
        ("Weryfikacja tożsamości zakończona pozytywnie.", "Weryfikacja"),
    ],
)
def test_phrases_of_other_languages_stay_readable(text: str, kept: str) -> None:
    assert kept in redact_text(text).text


@pytest.mark.parametrize(
    ("text", "name_words"),
    [
        ("Entlassungsbrief für Frau Hannelore Wirtz-Bachmann.", ["Hannelore", "Wirtz"]),
        ("Lettera di dimissione del sig. Gianluca Ferraresi.", ["Gianluca", "Ferraresi"]),
        ("Solicitud presentada por Ximena Altamirano Cifuentes.", ["Ximena", "Altamirano"]),
        ("Weryfikacja: klient Grzegorz Wiśniewski, dowód sprawdzony.", ["Grzegorz"]),
        ("Dnevnik njege — korisnica Snježana Kovačević.", ["Snježana", "Kovačević"]),
        ("Notificação enviada a Joana Figueiredo.", ["Joana", "Figueiredo"]),
    ],
)
def test_names_beside_other_languages_are_still_masked(text: str, name_words: list[str]) -> None:
    out = redact_text(text).text
    for word in name_words:
        assert word not in _words(out), (word, out)


# 2. Names written with initials ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name_words"),
    [
        ("Case owner: K. Mensah-Bonsu", ["Mensah", "Bonsu"]),
        ("Requested by: Ł. Wójcik-Nowak", ["Wójcik", "Nowak"]),
        ("Checked: M. T. Nakashima", ["Nakashima"]),
        ("Ordering clinician: Oyelaran, T.", ["Oyelaran"]),
        ("Verified by Lindqvist, A. K. on the ward", ["Lindqvist"]),
        ("Geprüft: H. Schüßler", ["Schüßler"]),
    ],
)
def test_names_with_initials_are_masked(text: str, name_words: list[str]) -> None:
    out = redact_text(text).text
    for word in name_words:
        assert word not in _words(out), (word, out)


@pytest.mark.parametrize(
    "text",
    [
        "Low vitamin D. Patient advised.",
        "Grew E. coli in the urine.",
        "Hepatitis B. The result",
        "T.C. Kimlik No given",
        "U.S. Army records",
    ],
)
def test_initials_rule_leaves_sentences_and_organisms(text: str) -> None:
    from app.redaction.name_forms import initial_forms

    assert initial_forms(text) == []


@pytest.mark.parametrize(
    ("text", "name_words"),
    [
        ("gizella: hi, it's about my dad\nagent: ok", ["gizella"]),
        ("ok thanks mike, speak soon", ["mike"]),
        ("bohumil horáková: dobrý den", ["bohumil", "horáková"]),
    ],
)
def test_lower_case_names_are_not_taken_for_other_languages(
    text: str, name_words: list[str]
) -> None:
    out = redact_text(text).text
    for word in name_words:
        assert word not in _words(out), (word, out)


def test_a_sign_off_before_initials_is_no_surname() -> None:
    from app.redaction.name_forms import initial_forms

    text = "Plan: review in clinic. Signed, V. Okonjo"
    found = [text[s.start : s.end] for s in initial_forms(text)]
    assert found == ["V. Okonjo"]
