"""Kept phrases of session 37 (split S) that date and address rules masked: a lab code's
number and check digit ("4548-4", LOINC) read as a year and a month, an Apgar score read
as a day and a month (text.py); a lab result in Cyrillic or Greek with its unit read as a
street and its number, a postcode-first address grown over the rooms and rent after its
town, and a Thai address grown back over the form's lines above it (addresses.py,
address_forms.py). Beside them, real dates and addresses stay masked."""

from __future__ import annotations

import pytest

from app.redaction.address_forms import CYR_GR_NAME_NUMBER
from app.redaction.addresses import find_addresses
from app.redaction.postal_addresses import find_postal_addresses
from app.redaction.spans import Span
from app.redaction.text import dates_and_ages, keeps_date


@pytest.mark.parametrize(
    ("value", "before", "kept"),
    [
        ("7731-2", "OBX|3|NM|", False),
        ("9120-5", "code: LOINC ", False),
        ("8/9", "born at term, Apgar ", False),
        ("2021-7", "", True),
        ("3-1998", "", True),
        ("4/11", "seen on ", True),
    ],
)  # fmt: skip
def test_codes_and_apgar_scores_are_no_dates(value: str, before: str, kept: bool) -> None:
    assert keeps_date(value, before) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Креатинін 84 мкмоль/л; Гемоглобін 131 г/л",
        "Αιμοσφαιρίνη 12 g/dL",
        "Натрий 140 ммоль/л",
        "Сатурація 97 %",
    ],
)  # fmt: skip
def test_lab_results_with_units_are_no_streets(text: str) -> None:
    assert [m.group() for m in CYR_GR_NAME_NUMBER.finditer(text)] == [], text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Садовая 15/2", "Садовая 15/2"),
        ("Λεμονιάς 44, 11111 Αθήνα", "Λεμονιάς 44"),
        ("Березовая 7 г. Тверь", "Березовая 7"),
    ],
)  # fmt: skip
def test_streets_with_numbers_stay(text: str, street: str) -> None:
    assert street in [m.group() for m in CYR_GR_NAME_NUMBER.finditer(text)], text


def _addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


def test_postcode_first_town_ends_before_rooms_and_rent() -> None:
    text = "Objekt: Lindenring 12, 4020 Steinbach, 2 Zimmer, Miete 700 EUR\nBeginn: 1.1."
    found = _addresses(text)
    assert "Lindenring 12, 4020 Steinbach" in found
    assert not any("Zimmer" in a for a in found)


def test_region_after_postcode_first_town_stays_in_the_address() -> None:
    text = "Domicilio: Calle Olmo 4, 28999 Villalba, Segovia\nTel"
    assert any(a.endswith("Segovia") for a in _addresses(text))


def test_postcode_first_town_found_by_its_postcode_ends_before_rooms_and_rent() -> None:
    text = "Objekt: Lindenring 12, 4020 Steinbach, 2 Zimmer, Miete 700 EUR\nBeginn: 1.1."
    found = [text[s.start : s.end] for s in find_postal_addresses(text)]
    assert found == ["Lindenring 12, 4020 Steinbach"]


def test_thai_address_does_not_grow_over_the_lines_around_it() -> None:
    text = "ใบรับรอง\nชื่อ สมชาย ใจดี\nที่อยู่ 12 ถนนสุขใจ บางรัก กรุงเทพ 10500\nวันที่ 5 ได้มาตรวจรักษา"
    found = _addresses(text)
    assert "12 ถนนสุขใจ บางรัก กรุงเทพ 10500" in found
    assert not any("ใบรับรอง" in a or "ชื่อ" in a or "ตรวจ" in a for a in found)


def _date_values(text: str, value: str) -> list[str]:
    start = text.index(value)
    found = Span(start, start + len(value), "DATE_TIME", "SpacyRecognizer", 0.85)
    return [text[s.start : s.end] for s in dates_and_ages(text, [found])]


def test_date_run_across_a_column_gap_loses_the_next_cell() -> None:
    text = "line 3 | 04/22/2024   HCPCS 99213 x1"
    assert _date_values(text, "04/22/2024   HCPCS 99213") == ["04/22/2024"]


def test_date_run_across_a_gap_keeps_its_day_and_year_cells() -> None:
    text = "seen on 14   June 2022 and on June 3   2021 again"
    assert _date_values(text, "14   June 2022") == ["14   June 2022"]
    assert _date_values(text, "June 3   2021") == ["June 3   2021"]
