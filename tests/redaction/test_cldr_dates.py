"""Dates with a month word of any CLDR locale, checked against the outside reference: babel's
own rendering of dates (CLDR's long and medium forms) inside a sentence is masked, and the
generated word lists equal what the pinned babel yields. Negatives: month words that are
ordinary words, without a day or a year beside them, stay."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.cldr_dates import find_cldr_dates
from app.redaction.structured import find_structured, text_words
from app.redaction.wordtrie import word_list

babel = pytest.importorskip("babel")
from babel import Locale, localedata  # noqa: E402
from babel.dates import format_date  # noqa: E402

_DATES = (
    datetime.date(1987, 3, 4),
    datetime.date(2003, 11, 27),
    datetime.date(1962, 8, 15),
    datetime.date(2019, 1, 9),
    datetime.date(1975, 6, 30),
)
# Locales CLDR gives no month names of their own (babel renders "M03", the root's
# placeholder, which no document writes), two-letter Latin abbreviations we refuse as too
# common as words ("Ut", "Du", "Ma", "No"), Arabic's numeric medium form with bidi marks,
# and scripts whose dates use letters of their own for digits or no separators (bo, dz,
# my, tok): the coverage floor below leaves room for these.
_FLOOR = 0.85
# Languages whose long and medium forms must all be masked: a spread of scripts and of the
# connectors between the parts ("ta’", "г.", "р.", "m.", "d.", "(e)ko", "ж.", "թ.", "ב").
_MUST = word_list(
    "mt ru uk be bg sr mk hu lt lv et fi el hi mr ne bn ta te kn ml gu pa th lo km am ti "
    "he fa ur ps ka hy cy ga gd sw zu xh af eu ca gl kk ky uz tk az tr is fo lb gsw "
    "rm sq ro pl cs sk sl hr bs da nb nn sv de fr es it pt nl en id ms fil ha yo ig so"
)


def _masked(text: str, start: int, end: int) -> bool:
    covered: set[int] = set()
    for span in find_structured(text):
        if span.kind == "DATE_TIME":
            covered.update(range(span.start, span.end))
    return all(i in covered for i in range(start, end) if text[i].isdigit())


def _rendered(ident: str) -> list[str]:
    locale = Locale.parse(ident)
    return [format_date(d, f, locale=locale) for d in _DATES for f in ("long", "medium")]


def test_word_lists_equal_what_the_pinned_babel_yields() -> None:
    from pathlib import Path

    from resources.cldr_dates import OUT, render

    assert Path(OUT).read_text(encoding="utf-8") == render()


@pytest.mark.parametrize("ident", _MUST)
def test_every_long_and_medium_date_of_the_locale_is_masked(ident: str) -> None:
    for date in _rendered(ident):
        text = f"Patient seen on {date} for review."
        start = text.index(date)
        assert _masked(text, start, start + len(date)), (ident, date)


def test_coverage_over_every_babel_locale() -> None:
    total = masked = 0
    missed: dict[str, int] = {}
    for ident in localedata.locale_identifiers():
        for date in _rendered(ident):
            text = f"Seen {date} here."
            start = text.index(date)
            total += 1
            if _masked(text, start, start + len(date)):
                masked += 1
            else:
                missed[ident] = missed.get(ident, 0) + 1
    print(f"CLDR long/medium dates masked: {masked}/{total}; locales missing some: {len(missed)}")
    assert masked / total >= _FLOOR, sorted(missed)


@pytest.mark.parametrize(
    "text",
    [
        "May I ask how you feel?",
        "Mac 5 patients were seen on the ward.",  # Malay "Mac" (March) is a word too
        "Dr Marzo saw 3 patients today.",
        "März alone is not a date.",
        "He left 3 years ago and returned in 2019.",
        "Take 5 mg twice daily, 10 ml at night.",
        "Le patient mange 3 fois par jour depuis 2019.",
        "Der Patient nimmt 2 Tabletten seit 2019.",
        "El paciente tiene 3 hijos y vive solo desde 2019.",
        "Пациент принимает 2 таблетки в день.",
        "Grade 3 lesion, 4 cm, seen in 2019 follow-up.",
        "Mars is a planet; Juni is a name.",
    ],
)
def test_month_words_without_their_day_and_year_stay(text: str) -> None:
    assert find_cldr_dates(text, text_words(text)) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Born 4 ta’ Marzu 1987 in Valletta.", "4 ta’ Marzu 1987"),
        ("Seen on 4 березня 1987 р. today.", "4 березня 1987 р."),
        ("Visit 1987(e)ko martxoaren 4(a), asteazkena.", "1987(e)ko martxoaren 4(a)"),
        ("Born 4 במרץ 1987.", "4 במרץ 1987"),
        ("Gæst 4 Mawrth 1987 oed.", "4 Mawrth 1987"),
        ("Admitted Mashi 4, 1987 at noon.", "Mashi 4, 1987"),
        ("Visit 4 Mac 1987 ward 3.", "4 Mac 1987"),
    ],
)
def test_dates_in_their_own_words_are_found(text: str, date: str) -> None:
    spans = find_cldr_dates(text, text_words(text))
    assert [text[s.start : s.end] for s in spans] == [date]


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("4 1987.,-’'()Marzu березня ta г р\n")), max_size=80))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_cldr_dates(text, text_words(text)):
        assert 0 <= span.start < span.end <= len(text)
