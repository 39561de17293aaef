"""Common words of other languages that the English model reads as a place stay readable:
a word or phrase all in lower case in a script with capitals, a phrase with a lower-case
function word of another language beside a lower-case word. Towns that are words, places
with particles, and one capitalised word are still places (session 33)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.name_guards import common_words_place, guarded_persons
from app.redaction.spans import Span


def _kept(text: str, value: str) -> bool:
    start = text.index(value)
    span = Span(start, start + len(value), "LOCATION", "SpacyRecognizer", 0.85)
    return guarded_persons(text, [span]) == [span]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kontrolle beim Hausarzt geliefert am Montag.\n", "geliefert"),
        ("Revisión en siete semanas por su médico.\n", "semanas"),
        ("Направление на обследование в поликлинику\n", "обследование"),
        ("Σημείωση: επανεξέταση σε δύο εβδομάδες\n", "επανεξέταση"),
        ("Motivo: caída casual en la escalera del portal\n", "caída casual en la escalera"),
        ("Uwagi: ból głowy od rana, bez gorączki\n", "ból głowy od rana"),
    ],
    ids=["de-lower", "es-lower", "ru-lower", "el-lower", "es-en-la", "pl-od"],
)
def test_common_words_are_no_place(text: str, value: str) -> None:
    assert common_words_place(value)
    assert not _kept(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Born in Bor, Serbia; moved in 2011.\n", "Bor"),
        ("Ferry from Split on Tuesday.\n", "Split"),
        ("Domicilio: Valencia, España\n", "Valencia"),
        ("Lives in Castellón de la Plana with her son.\n", "Castellón de la Plana"),
        ("Frankfurt am Main, Hauptbahnhof\n", "Frankfurt am Main"),
        ("Trip to Newcastle upon Tyne next week.\n", "Newcastle upon Tyne"),
        ("Geboren in Санкт-Петербург\n", "Санкт-Петербург"),
        ("पता: वाराणसी\n", "वाराणसी"),
    ],
    ids=["bor", "split", "valencia", "de-la", "am", "upon", "cyrillic-capital", "devanagari"],
)
def test_places_stay_places(text: str, value: str) -> None:
    assert not common_words_place(value)
    assert _kept(text, value)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_any_text_is_answered_without_error(value: str) -> None:
    assert common_words_place(value) in (True, False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Beneficiary: KORRAPATI, venkat, collect at branch\n", "venkat"),
        ("Payee: Ndlovu, thandeka\n", "thandeka"),
        ("chat: meet maria at the station\n", "maria"),
    ],
    ids=["inverted-caps", "inverted-title", "given-name"],
)
def test_lower_case_given_names_stay_masked(text: str, value: str) -> None:
    assert _kept(text, value)
