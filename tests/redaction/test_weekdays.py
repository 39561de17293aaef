"""A date's weekday goes with the date, by CLDR's full date patterns (issue 15, session 23).

The positives are babel's own full renderings ("EEEE, d MMMM y" and each locale's order),
for dates on every weekday, and the shapes CLDR's patterns allow: a weekday glued to a
Chinese or Japanese date, in brackets ("15日(火)"), across Thai's "ที่", Hebrew's two-word
names. Negatives: abbreviations that are words ("so", "do", "Mon", "mar") and weekday
names away from a date stay readable. No spaCy: the second pass does all of it.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.structured import find_structured
from app.redaction.weekdays import weekday_spans

from .conftest import second_pass_covers as _covered
from .conftest import second_pass_leaves as _untouched

babel = pytest.importorskip("babel")
from babel.dates import format_date  # noqa: E402

# A week of dates: each weekday once.
_WEEK = [date(2023, 2, d) for d in range(5, 12)]
# Locales whose full date the date finders read (their weekdays differ in script, width,
# position and glue).
_LOCALES = [
    "en", "de", "fr", "es", "pl", "tr", "el", "ru", "uk", "hi", "bn", "ar", "fa", "he",
    "hu", "vi", "th", "lo", "km", "my", "zh", "zh_Hant", "ja", "ko", "ka", "hy", "am",
]  # fmt: skip


def test_weekday_table_equals_what_the_pinned_babel_yields() -> None:
    from pathlib import Path

    from resources.cldr_weekdays import OUT, render

    assert Path(OUT).read_text(encoding="utf-8") == render()


@pytest.mark.parametrize("ident", _LOCALES)
def test_full_dates_are_masked_with_their_weekday(ident: str) -> None:
    for day in _WEEK:
        value = format_date(day, "full", locale=ident)
        text = f"Seen on {value} at the clinic."
        assert _covered(text, value), (ident, value)
        assert _untouched(text, "at the clinic")


@pytest.mark.parametrize(
    "value",
    [
        "2018年9月19日星期三",  # zh, glued
        "2022年12月28日 星期三",  # zh, spaced
        "2023年2月8日周三",  # zh, abbreviated
        "2021年6月15日火曜日",  # ja
        "2021年6月15日(火)",  # ja, one sign in brackets
        "2024년 3월 12일 (화)",  # ko, bracketed abbreviation
        "יום ראשון, 5 בפברואר 2023",  # he, two-word name
        "วันอังคารที่ ๒๙ กันยายน ค.ศ. ๒๐๒๐",  # th: glue word, Thai digits, era
        "1931. december 21., hétfő",  # hu: weekday last
        "1931. december 21., hetfo",  # the same without accents
        "Dienstag, 12.03.2024",  # de, numeric date
        "12/03/2024 (Tuesday)",
    ],
)
def test_weekday_shapes_of_cldr_patterns_are_masked(value: str) -> None:
    text = f"Visit: {value}\nNext line stays."
    assert _covered(text, value)
    assert _untouched(text, "Next line stays")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Seen 12/03/2024 so we repeat the labs.", "so we repeat"),
        ("Seen 12/03/2024 do not repeat the labs.", "do not repeat"),
        ("Seen 12/03/2024 dim light at night; Mon clinic full.", "dim light"),
        ("Sunday clinic is closed; Tuesday rounds as usual.", "Sunday clinic"),
        ("Seen 2021年6月15日日本語 interpreter present.", "日本語"),
        ("Seen 12/03/2024 Mondays are busy.", "Mondays"),
    ],
)
def test_words_and_weekdays_away_from_a_date_stay(text: str, kept: str) -> None:
    assert _untouched(text, kept)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789年月日星期三火曜(), .\nวันอังคารที่יום ראשוןhétfő", max_size=60))
def test_weekday_growth_reads_any_text(text: str) -> None:
    spans = find_structured(text)
    for span in weekday_spans(text, spans):
        assert 0 <= span.start < span.end <= len(text)
        assert any(s.start >= span.start and s.end <= span.end for s in spans)
