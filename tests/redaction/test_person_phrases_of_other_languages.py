"""Phrases of other languages that the English model reads as a person stay readable: a
lower-case function word between two words ("en", "na", "el"), a phrase of Cyrillic or
Greek words in lower case. Names in the same shapes (lower-case names typed in a chat or
a form, particles of a surname, capitalised Cyrillic names) are still persons (session 33)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.name_guards import not_a_person
from app.redaction.spans import Span


def _verdict(text: str, value: str, rule: str = "SpacyRecognizer") -> bool:
    start = text.index(value)
    return not_a_person(text, Span(start, start + len(value), "PERSON", rule, 0.85))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Motivo: fractura expuesta en la muñeca derecha.\n", "fractura expuesta en la muñeca"),
        ("Hola Tere, adjunto los resultados por correo.\n", "adjunto los resultados"),
        ("Opis: upadek na schodach, bez urazu głowy.\n", "upadek na schodach"),
        ("Nota: paziente seguito il mattino dal medico.\n", "paziente seguito il mattino"),
        ("Diagnosis: Dolor torácico en el esfuerzo\n", "Dolor torácico en el esfuerzo"),
        ("Recordatorio: tu turno es hoy a las nueve.\n", "tu turno es hoy"),
        ("Betreff: Termin mit dem Sozialdienst\n", "Termin mit dem Sozialdienst"),
    ],
    ids=["es-en-la", "es-los", "pl-na", "it-il", "capitalised-head", "es-tu-first", "de-mit-dem"],
)
def test_phrase_with_a_function_word_inside_is_no_person(text: str, value: str) -> None:
    assert _verdict(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Прошу выдать справку о прохождении обследования.\n", "прохождении обследования"),
        ("Діагноз: гострий бронхіт, лікування вдома.\n", "гострий бронхіт"),
        ("Αίτηση για πιστοποιητικό γέννησης\n", "πιστοποιητικό γέννησης"),
    ],
    ids=["ru", "uk", "el"],
)
def test_lower_case_phrase_of_a_cased_script_is_no_person(text: str, value: str) -> None:
    assert _verdict(text, value, "spacy_on_capitals")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("patient: ada wrzosek | bed 4\n", "ada wrzosek"),  # a short given name first
        ("klant: bram en sanne visser\n", "bram en sanne visser"),  # given names beside "en"
        ("pt: adebola de souza, walk-in\n", "adebola de souza"),  # a particle joins the surname
        ("Begleitperson: Irina Woronowa\n", "Irina Woronowa"),
        ("Пациент: Ирина Воронова, 54 года\n", "Ирина Воронова"),  # names are capitalised
        ("Dr. Hamid Ben Salah reviewed\n", "Hamid Ben Salah"),
        ("Gast: Karl von und zu Felsenau\n", "Karl von und zu Felsenau"),
    ],
    ids=[
        "lower-given-first",
        "given-beside-en",
        "particle",
        "latin",
        "cyrillic",
        "ben",
        "von-und-zu",
    ],
)
def test_names_in_the_same_shapes_stay_persons(text: str, value: str) -> None:
    assert not _verdict(text, value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from("aeinlosd ENLAÉéжиОПαβΓ.'’-\n"),
        min_size=1,
        max_size=40,
    ),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=1, max_value=40),
)
def test_guard_never_crashes_on_any_span(text: str, start: int, length: int) -> None:
    start = min(start, len(text) - 1)
    end = min(len(text), start + length)
    verdict = not_a_person(text, Span(start, end, "PERSON", "SpacyRecognizer", 0.85))
    assert isinstance(verdict, bool)
