"""HIPAA Safe Harbor (45 CFR 164.514(b)(2)): one case per identifier category, written for
this test, each masked end to end; and what must stay readable so that a note still reads
as a note (clinical words, drug names, a title alone, weekdays, a year alone)."""

from __future__ import annotations

from typing import Any

import pytest

from app.redaction.record_numbers import dea_ok, vin_ok
from app.redaction.text import redact_text

# (category, text, the values that must not survive)
CATEGORIES = [
    ("A names", "Patient Leocadia Mrozowska was admitted.", ["Mrozowska"]),
    (
        "B street and town",
        "Lives at 18 Wexford Crescent, Ballymore, BT9 6AA.",
        ["Wexford", "BT9 6AA"],
    ),
    ("B zip", "ZIP code 30307 on the form", ["30307"]),
    ("B coordinates", "Picked up at 53.34981, -6.26031.", ["53.34981"]),
    ("C birth date", "DOB: 03/11/1957", ["03/11/1957"]),
    ("C written date", "Admitted 14 February 2023, discharged Feb 20.", ["14 February", "Feb 20"]),
    ("C german date", "Aufnahme am 3. März 2024", ["3. März"]),
    ("C month and year", "Last seen in September 2022.", ["September"]),
    ("C age over 89", "A 94-year-old man, aged 94.", ["94"]),
    ("D phone", "Call 617-555-0192.", ["617-555-0192"]),
    ("E fax", "Fax +44 20 7946 0321", ["7946 0321"]),
    ("F email", "Write to l.mroz@example.com", ["l.mroz@example.com"]),
    ("G ssn", "SSN 219-09-9999", ["219-09-9999"]),
    ("H mrn", "MRN: 00-448-1927", ["448-1927"]),
    ("I health plan", "Health plan member ID W8834 71920", ["W8834 71920"]),
    ("J account", "Account number 0044 1827 3365", ["1827 3365"]),
    ("K licence", "State license no. C6654-21", ["C6654-21"]),
    ("K clinician dea", "DEA AB1234563 on the script", ["AB1234563"]),
    ("K clinician npi", "NPI 1234567893", ["1234567893"]),
    ("L vehicle vin", "car VIN 1M8GDM9AXKP042788", ["1M8GDM9AXKP042788"]),
    ("L plate", "plate number 7ABC123", ["7ABC123"]),
    ("M device serial", "pacemaker serial number PJN 204117 H", ["204117"]),
    ("M mac", "logged from 3C:52:82:1A:9F:E0", ["3C:52:82:1A:9F:E0"]),
    ("N url", "portal https://mychart.example.org/p/8812", ["mychart.example.org"]),
    ("O ipv4", "from 198.51.100.23", ["198.51.100.23"]),
    ("O ipv6", "from 2001:db8:85a3::8a2e:370:7334", ["8a2e:370:7334"]),
    ("R other code", "Ref code ZX44-9081-KQ", ["ZX44-9081-KQ"]),
]


@pytest.mark.parametrize(("name", "text", "values"), CATEGORIES, ids=[c[0] for c in CATEGORIES])
def test_category_is_masked(analyzer: Any, name: str, text: str, values: list[str]) -> None:
    out = redact_text(text).text
    for value in values:
        assert value not in out, f"{name}: {value!r} survived"


KEEP = [
    (
        "clinical words",
        "Chest pain, dyspnoea and hypertension; ECG shows sinus rhythm.",
        ["Chest pain", "dyspnoea", "hypertension", "ECG", "sinus rhythm"],
    ),
    (
        "drug names and doses",
        "Started metformin 500 mg, atorvastatin 20 mg and aspirin 75 mg.",
        ["metformin 500 mg", "atorvastatin 20 mg", "aspirin 75 mg"],
    ),
    ("title alone", "Dr to review; nurse to call back.", ["Dr to review"]),
    ("weekday", "Review on Monday and again on Friday.", ["Monday", "Friday"]),
    ("year alone", "Diagnosed in 2015, stable since 2019.", ["2015", "2019"]),
    ("vitals", "BP 132/78, HR 81, temp 37.1, SpO2 96%.", ["132/78", "37.1", "96%"]),
]


@pytest.mark.parametrize(("name", "text", "kept"), KEEP, ids=[k[0] for k in KEEP])
def test_the_note_still_reads_as_a_note(
    analyzer: Any, name: str, text: str, kept: list[str]
) -> None:
    out = redact_text(text).text
    for words in kept:
        assert words in out, f"{name}: {words!r} was masked"


def test_check_digits_of_vin_and_dea() -> None:
    assert vin_ok("1M8GDM9AXKP042788")
    assert not vin_ok("1M8GDM9A1KP042788")
    assert dea_ok("AB1234563")
    assert not dea_ok("AB1234564")
