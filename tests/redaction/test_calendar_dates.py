"""Dates of the calendars other than the Gregorian one, from outside references.

- Persian (Solar Hijri), Hebrew, Hijri and Indian national dates: the `convertdate`
  package converts real Gregorian dates and names their months (its own spellings:
  "Dey", "Teveth", "Ramaḍān", "Vaishākha"); the native month names are CLDR's
  (calendar_words.py) and the digits babel's for the locale ("۴ دی ۱۴۰۱").
- Japanese eras: the era of each date from the days the eras began (Meiji 1868-01-25
  as CLDR counts it, Taishō 1912-07-30, Shōwa 1926-12-25, Heisei 1989-01-08, Reiwa
  2019-05-01), written in kanji with 元年 for the first year and in the letter form
  ("H31.4.30"); the Republic of China's year is the Gregorian year less 1911.

Beside them, what must stay: a year alone in an era ("昭和32年生まれ"), version and
section numbers in the letter form, month words that are words ("Mehr als", "مهر"), and
numbers near a month word without a full date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal
from convertdate import hebrew, indian_civil, islamic, persian

from app.redaction import second_pass
from app.redaction.calendar_words import HEBREW_MONTHS, PERSIAN_MONTHS
from app.redaction.structured import find_structured
from app.redaction.text import redact_text

# (convertdate's Hebrew calendar calls a function of its own it has deprecated)
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

GREGORIAN = [date(1931, 2, 3), date(1955, 9, 2), date(1989, 1, 8), date(2001, 12, 31),
             date(2019, 5, 1), date(2022, 12, 25), date(2024, 3, 25)]  # fmt: skip


def _dates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_structured(text) if s.kind == "DATE_TIME"]


def _covered(text: str, value: str) -> bool:
    """Whether one found date holds every character of `value`."""
    at = text.index(value)
    return any(
        s.start <= at and at + len(value) <= s.end
        for s in find_structured(text)
        if s.kind == "DATE_TIME"
    )


def _digits(number: int, locale: str) -> str:
    return "".join(format_decimal(int(d), locale=locale) for d in str(number))


@pytest.mark.parametrize("day", GREGORIAN)
def test_dates_of_other_calendars_in_convertdates_month_names(day: date) -> None:
    for module in (persian, hebrew, islamic, indian_civil):
        y, m, d = module.from_gregorian(day.year, day.month, day.day)
        value = f"{d} {module.MONTHS[m - 1]} {y}"
        text = f"Date of birth: {value} (per the family)."
        assert _covered(text, value), (module.__name__, value)


@pytest.mark.parametrize("day", GREGORIAN)
def test_persian_dates_in_persian_digits_and_cldr_month_names(day: date) -> None:
    y, m, d = persian.from_gregorian(day.year, day.month, day.day)
    value = f"{_digits(d, 'fa')} {PERSIAN_MONTHS[m - 1]} {_digits(y, 'fa')}"
    text = f"تاریخ تولد: {value} ثبت شد."
    assert _covered(text, value), value


@pytest.mark.parametrize("day", GREGORIAN)
def test_hebrew_dates_with_cldrs_glued_preposition(day: date) -> None:
    y, m, d = hebrew.from_gregorian(day.year, day.month, day.day)
    # CLDR's Hebrew months in hebrew.MONTHS' order (Nisan first); Adar II as Adar
    order = ("ניסן", "אייר", "סיוון", "תמוז", "אב", "אלול", "תשרי", "חשוון", "כסלו", "טבת",
             "שבט", "אדר", "אדר")  # fmt: skip
    assert set(order) <= set(HEBREW_MONTHS)
    value = f"{d} ב{order[m - 1]} {y}"
    text = f"תאריך לידה: {value}."
    assert _covered(text, value), value


_ERAS = (
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
    (date(1912, 7, 30), "大正", "T"),
    (date(1868, 1, 25), "明治", "M"),
)


def _japanese(day: date) -> tuple[str, str]:
    start, era, letter = next(e for e in _ERAS if day >= e[0])
    year = day.year - start.year + 1
    kanji = f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return kanji, f"{letter}{year}.{day.month}.{day.day}"


@pytest.mark.parametrize(
    "day",
    [*GREGORIAN, date(2019, 4, 30), date(1989, 1, 7), date(1926, 12, 24), date(1912, 7, 29),
     date(1900, 6, 6), date(2025, 5, 3)],
)  # fmt: skip
def test_japanese_era_dates(day: date) -> None:
    kanji, letters = _japanese(day)
    for value in (kanji, letters):
        text = f"生年月日：{value}\n"
        assert _covered(text, value), value


@pytest.mark.parametrize("day", GREGORIAN[2:])
def test_republic_of_china_dates(day: date) -> None:
    year = day.year - 1911
    for era in ("民國", "民国"):
        for value in (f"{era}{year}年{day.month}月{day.day}日",
                      f"{era}{year}/{day.month:02}/{day.day:02}"):  # fmt: skip
            text = f"出生日期：{value}\n"
            assert _covered(text, value), value


@pytest.mark.parametrize(
    "text",
    ["昭和32年生まれの患者", "平成の時代に", "民國成立", "version R2.3.4 released",
     "Section S1.2.3 applies", "Tooth T12.5 mm", "see H40.1.1", "M1.2.3 motorway",
     "Es kamen mehr als 12 Patienten.", "مهر و امضای پزشک", "Ramadan begins soon",
     "Dose 12 mg during Ramadan", "אב בן 45", "Tir 3 km"],
)  # fmt: skip
def test_no_date_without_a_full_calendar_date(text: str) -> None:
    assert _dates(text) == []


def test_the_second_pass_masks_era_and_calendar_dates() -> None:
    text = "生年月日：H31.3.3\n出生日期：民國112年8月23日\nتاریخ: ۴ دی ۱۴۰۱"
    masked = second_pass.mask_text(text)[0]
    assert not any(v in masked for v in ("H31", "112", "۱۴۰۱", "8月23日"))
    assert "生年月日" in masked
    assert "تاریخ" in masked


def test_calendar_dates_leave_the_whole_text_path_masked(analyzer: Any) -> None:
    text = "患者は令和7年5月3日に受診した。تاریخ: ۴ دی ۱۴۰۱. Born 15 Ramadan 1445."
    out = redact_text(text).text
    assert not any(v in out for v in ("令和7", "۱۴۰۱", "1445"))


@pytest.mark.parametrize("locale", ["en", "de", "fr", "es", "it", "nl", "pt", "sv", "pl", "tr"])
@pytest.mark.parametrize("pattern", ["MMM-dd-yyyy", "dd-MMM-yyyy", "yyyy-MMM-dd"])
def test_month_abbreviation_dates_with_hyphens_beside_another_number(
    locale: str, pattern: str
) -> None:
    for day in GREGORIAN:
        value = format_date(day, pattern, locale=locale)
        for text in (f"7,{value},F\n", f"Bed 4 {value} seen.", f"| 12 | {value} |"):
            assert _covered(text, value), (text, value)
            found = [s for s in find_structured(text) if s.kind == "DATE_TIME"]
            assert all(s.start >= text.index(value) for s in found), (text, _dates(text))


def test_a_number_after_a_full_date_is_no_part_of_it() -> None:
    text = "Seen 12 May 1950 14 times."
    assert all("14" not in d for d in _dates(text))


def _hebrew_numeral(n: int) -> str:
    """n (1..999) in Hebrew numerals as the standard writes them: letters by value, 15 and
    16 as ט״ו and ט״ז, gershayim before the last letter, a geresh after a single one."""
    letters = ""
    for value, letter in ((400, "ת"), (300, "ש"), (200, "ר"), (100, "ק")):
        while n >= value:
            letters, n = letters + letter, n - value
    if n in (15, 16):
        letters, n = letters + "ט" + ("ו" if n == 15 else "ז"), 0
    tens, ones = divmod(n, 10)
    letters += " יכלמנסעפצ"[tens].strip() + " אבגדהוזחט"[ones].strip()
    return letters + "׳" if len(letters) == 1 else letters[:-1] + "״" + letters[-1]


@pytest.mark.parametrize("day", GREGORIAN)
def test_hebrew_dates_in_hebrew_numerals(day: date) -> None:
    y, m, d = hebrew.from_gregorian(day.year, day.month, day.day)
    order = ("ניסן", "אייר", "סיוון", "תמוז", "אב", "אלול", "תשרי", "חשוון", "כסלו", "טבת",
             "שבט", "אדר", "אדר ב׳")  # fmt: skip
    year = _hebrew_numeral(y % 1000)
    for value in (f"{_hebrew_numeral(d)} ב{order[m - 1]} {year}",
                  f"{_hebrew_numeral(d)} ב{order[m - 1]} ה׳{year}"):  # fmt: skip
        text = f"תאריך לידה: {value}."
        assert _covered(text, value), value


def test_hebrew_numerals_as_the_standard_writes_them() -> None:
    assert [_hebrew_numeral(n) for n in (1, 15, 16, 23, 784)] == [
        "א׳",
        "ט״ו",
        "ט״ז",
        "כ״ג",
        "תשפ״ד",
    ]


@pytest.mark.parametrize("text", ["אב בן 45 ואם בת 40", "שבט של יהודה", "ג׳ילבר ניסן", "כסלו"])
def test_hebrew_words_that_are_month_names_stay(text: str) -> None:
    assert _dates(text) == []


def test_a_date_does_not_reach_over_a_bracket_to_a_month_word() -> None:
    # ("now" is a month abbreviation in a CLDR locale; the age after it is no day)
    text = "DOB 01/09/1914 (now 109). HR 92."
    assert _dates(text) == ["01/09/1914"]
