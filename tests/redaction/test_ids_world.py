"""Licences, plates and device codes in national forms written from their issuing rules:
Indian driving licences (state code, RTO, year of issue, 7-digit serial, Central Motor
Vehicles Rules / Sarathi), British suffix plates (DVLA, 1963-83), Turkish plates (province
01-81, letters, digits), HIBC codes printed between a Code 39 barcode's asterisks with
their Mod 43 check. Beside each: the clinical abbreviations and numbers of the same shape
stay."""

from __future__ import annotations

import pytest

from app.redaction.devices import find_devices, hibc_check_ok
from app.redaction.record_numbers import find_fixed_shapes
from app.redaction.vehicles import find_vehicles


def _covered(spans: list, text: str, value: str) -> bool:  # type: ignore[type-arg]
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in spans)


@pytest.mark.parametrize(
    "value",
    ["MH14 20110062821", "TN09 20070003412", "MH-1520090034761", "DL-0420110149646",
     "KA01 2015 0012345", "WB-20 2003 1234567", "UP32 19980054321"],
)  # fmt: skip
@pytest.mark.parametrize("form", ["DL No. {v}", "Driving licence: {v}", "{v} (valid)"])
def test_indian_driving_licences(value: str, form: str) -> None:
    text = form.format(v=value)
    assert _covered(find_fixed_shapes(text), text, value)


@pytest.mark.parametrize(
    "text",
    ["Call +91 98765 43210", "Ref 2009 3553000", "XX15 20093553000", "MH15 20993553000",
     "Batch 1520090034761"],
)  # fmt: skip
def test_numbers_that_are_not_indian_licences_stay(text: str) -> None:
    assert [s for s in find_fixed_shapes(text) if s.rule == "in_driving_licence"] == []


@pytest.mark.parametrize("value", ["HNX 52A", "BRT 7C", "ABC 123E", "LNX 9K", "PGR 310V"])
def test_british_suffix_plates_alone(value: str) -> None:
    text = f"Seen leaving in {value} at speed."
    assert _covered(find_vehicles(text), text, value)


@pytest.mark.parametrize("value", ["16 VEB 442", "34 ABC 123", "06 KLM 45", "81 PRS 12"])
def test_turkish_plates_alone(value: str) -> None:
    text = f"Araç {value} ile geldi."
    assert _covered(find_vehicles(text), text, value)


@pytest.mark.parametrize(
    "text",
    ["MRI 3T scanner", "ICU 24H cover", "ECG 120 bpm", "BMI 32", "24 HR 100", "T2 DM",
     "A1 CRP 12", "Grade 3 ABC 12 items", "ABC 30D trial", "99 ABC 123", "00 ABC 12",
     "GCS 15, HDU 2 beds"],
)  # fmt: skip
def test_abbreviations_and_numbers_that_are_not_plates_stay(text: str) -> None:
    assert [s for s in find_vehicles(text) if s.rule == "plate_format"] == []


def test_hibc_mod_43_check() -> None:
    assert hibc_check_ok("+H123PROD1231/$$3123456LOT1X")  # HIBC LIC's own example
    assert not hibc_check_ok("+H123PROD1231/$$3123456LOT1Y")
    assert not hibc_check_ok("+")


def test_hibc_between_barcode_asterisks() -> None:
    value = "*+H123PROD1231/$$3123456LOT1X*"
    text = f"Implant label {value} scanned."
    assert _covered(find_devices(text), text, value)


def test_starred_code_with_a_wrong_check_is_not_read_whole_as_hibc() -> None:
    text = "Note *+ABCD1234 some text/*"
    assert not _covered(find_devices(text), text, "*+ABCD1234 some text/*")
