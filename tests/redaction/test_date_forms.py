"""Dates of birth and visits in forms the written and numeric patterns did not read:
Roman-numeral months (Polish, Czech, Romanian, Hungarian use) and spaced digits after a
date cue. Both passes: ingest (`redact_text`) and the workstation's second pass."""

from __future__ import annotations

from typing import Any

import pytest

from app.redaction.second_pass import mask_text
from app.redaction.text import redact_text

DATES = [
    ("roman month, spaces", "Data urodzenia: 30 IX 1979.", "30 IX 1979"),
    ("roman month, hyphens", "DOB: 3-X-1957", "3-X-1957"),
    ("roman month, dots, short year", "přijat 12.VII.57 na JIP", "12.VII.57"),
    ("spaced, two-digit year", "DOB: 09 30 79", "09 30 79"),
    ("spaced, year first", "D.O.B. 1957 10 03", "1957 10 03"),
    ("spaced after born", "born 12 10 37 in the county", "12 10 37"),
    ("lithuanian, year first", "gimė 1961 m. gegužės 14 d. Kaune", "gegužės 14"),
    ("latvian, year first", "dzimis 1961. gada 14. maijā", "14. maijā"),
    ("estonian adessive", "sündinud 14. juunil 1961", "14. juunil"),
    ("slovene genitive", "rojena 14. junija 1961", "14. junija"),
    ("serbian latin", "rođen 14. septembar 1961.", "14. septembar"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_date_forms_are_masked_by_both_passes(analyzer: Any, text: str, value: str) -> None:
    assert value not in redact_text(text).text
    assert value not in mask_text(text)[0]


@pytest.mark.parametrize(
    "text", ["Room 12 10 37 beds", "Ward IX 1979 wing", "Bed 4, 2 units of 10 ml"]
)
def test_numbers_without_a_date_cue_or_a_roman_month_stay(text: str) -> None:
    assert mask_text(text)[0] == text
