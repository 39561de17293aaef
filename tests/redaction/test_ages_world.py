"""Ages over 89 in the year units of every CLDR locale and in the digits of every script.

The forms come from an outside reference: babel renders CLDR's "duration-year" unit
("94 tahun", "104 года", "102 वर्ष", "۹۴ سال", "९४ वर्ष") in each locale with its own
digits; the redactor reads the committed word list resources/year_units.py writes from
the same babel, never babel itself. Beside them, the numbers that must stay: years gone
by in those languages, doses and vital signs, and ages up to 89.
"""

from __future__ import annotations

from typing import Any

import pytest
from babel.numbers import format_decimal
from babel.units import format_unit
from hypothesis import given
from hypothesis import strategies as st

from app.redaction import second_pass
from app.redaction.ages import find_ages
from app.redaction.structured import find_structured
from app.redaction.text import redact_text
from app.redaction.wordtrie import word_list

# Locales across scripts: Cyrillic, Latin, Devanagari and the other Indic scripts, Arabic,
# Hebrew, Thai, Lao, Khmer, Myanmar, Georgian, Armenian, Ethiopic, Greek.
LOCALES = word_list(
    """
    ru uk be bg mk sr pl cs sk sl hr id ms pt es fr de it nl sv da nb fi et lv lt hu ro
    tr uz kk ky hi bn ta te kn ml mr gu pa or ne fa ur ps ar he th lo km my ka hy am el vi
    fil sw ha zu af sq eu ca gl cy
    """
)
AGES = (90, 94, 102, 117, 129)


def _masked_numbers(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_ages(text)]


def test_the_year_unit_file_is_what_babel_yields() -> None:
    from resources.year_units import OUT, render

    assert OUT.read_text(encoding="utf-8") == render()


@pytest.mark.parametrize("locale", LOCALES)
def test_an_age_in_each_locales_year_unit_is_masked(locale: str) -> None:
    for age in AGES:
        rendered = format_unit(age, "duration-year", locale=locale, length="long")
        number = format_decimal(age, locale=locale)
        text = f"{rendered}.\n"
        assert _masked_numbers(text) == [number], (locale, rendered)


@pytest.mark.parametrize(
    ("text", "number"),
    [("بیمار ۹۴ سال دارد.", "۹۴"), ("रोगी की आयु ९४ वर्ष है।", "९४"),
     ("العمر: ٩٤", "٩٤"), ("سن: ۱۰۲", "۱۰۲"), ("আয়ু ৯৬ বছর", "৯৬"),
     ("வயது: ௯௪", "௯௪"), ("ผู้ป่วยอายุ ๙๔ ปี", "๙๔"), ("גיל: 97", "97"),
     ("Возраст: 104 года", "104"), ("Usia: 94 tahun", "94")],
)  # fmt: skip
def test_ages_in_the_digits_of_other_scripts(text: str, number: str) -> None:
    assert _masked_numbers(text) == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [("Age.......... 97\nWard: 4B", "97"), ("Age ..........: 101\n", "101"),
     ("AGE\t\t103\n", "103"), ("Alter ........ 95\n", "95"), ("Возраст....... 96\n", "96"),
     ("Âge …… 98\n", "98"), ("Age____ 92\n", "92"),
     ("S: Kowalski, Jan (MRN 448812), 103, new admission from home.", "103"),
     ("Okafor (ID 4471), 96, falls.", "96")],
)  # fmt: skip
def test_age_labels_with_dot_leaders_and_a_name_with_its_id(text: str, number: str) -> None:
    assert _masked_numbers(text) == [number]


NOT_AGES = [
    # years gone by and spans of time, in the languages above
    "۹۴ سال پیش",
    "منذ 94 سنة",
    "لمدة 100 سنة",
    "94 साल पहले",
    "पिछले 100 वर्ष",
    "100 שנים לפני",
    "במשך 100 שנים",
    "100 years of service",
    "vor 100 Jahren",
    "100 лет назад",
    "100 tahun yang lalu",
    # doses, vital signs, lab values
    "90 mg",
    "Puls 96/min",
    "SpO2 94 %",
    "Glukose 104 mg/dl",
    "نبض ۹۶ در دقیقه",
    "पल्स ९६/मिनट",
    "ความดัน 120/80",
    "Na 129 mmol/L",
    "BP 110/70",
    # ages up to 89 in the same units
    "89 tahun",
    "45 лет",
    "67 वर्ष",
    "۶۷ سال",
    "80 שנים",
    # dot leaders that hold no age label
    "Room.......... 97",
    "Weight....... 94",
    "Page ........ 102",
]


@pytest.mark.parametrize("phrase", NOT_AGES)
def test_numbers_that_are_no_age_over_89_stay(phrase: str) -> None:
    assert _masked_numbers(f"{phrase}.\n") == []


def test_the_second_pass_masks_the_same_ages() -> None:
    text = "بیمار ۹۴ سال دارد. Age.......... 97\nOkafor (ID 4471), 96, falls."
    masked = second_pass.mask_text(text)[0]
    assert not any(n in masked for n in ("۹۴", "97", "96"))
    assert "بیمار" in masked
    assert "falls." in masked


def test_ages_in_other_scripts_leave_the_whole_text_path_masked(analyzer: Any) -> None:
    text = "रोगी की आयु ९४ वर्ष है। Пациентке 104 года. Pasien perempuan, 94 tahun."
    out = redact_text(text).text
    assert not any(n in out for n in ("९४", "104", "94"))


@given(
    st.text(
        alphabet=st.sampled_from("۰۱۲۳۴۵۶۷۸۹०१२९٠١٩๙௯ 0129 سالवर्षปีgeAe.:\t|,()-年月日HRS民國令和"),
        max_size=60,
    )
)
def test_any_text_of_digits_and_units_yields_spans_inside_it(text: str) -> None:
    for span in [*find_ages(text), *find_structured(text)]:
        assert 0 <= span.start < span.end <= len(text)
