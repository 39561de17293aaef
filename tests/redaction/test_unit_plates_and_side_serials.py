"""Structured identifiers of session 37 (split S): a crash report's vehicle plate in
brackets after its unit number ("Unit 2 (7ABC123)", vehicles.py), and paired devices'
serials listed after one label, each after its side ("Serials: L 12K3456 / R 12K3457",
serial_lists.py). Beside them, a ward or a count in brackets after "Unit" and a label
with no code stay."""

from __future__ import annotations

import pytest

from app.redaction.serial_lists import find_serial_lists
from app.redaction.structured import find_structured
from app.redaction.vehicles import find_vehicles


def _plates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_vehicles(text)]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Unit 1 (3KQW418, VIN unknown) was eastbound", "3KQW418"),
        ("when Unit 2 (6MTR092) driven by the other party", "6MTR092"),
        ("Vehicle 3 (KD55 7Q1) parked", "KD55 7Q1"),
        ("unit #2 (WX4 91B) struck the kerb", "WX4 91B"),
    ],
)  # fmt: skip
def test_plate_in_brackets_after_a_unit_number_is_found(text: str, plate: str) -> None:
    assert plate in _plates(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Unit 4 (ICU) bed 12, stable",
        "Unit 3 (2 pts) waiting",
        "Unit 12 (B12 clinic) closed today",
        "Unit 5 (HDU-2) transfer",
    ],
)  # fmt: skip
def test_wards_and_counts_after_unit_stay(text: str) -> None:
    assert _plates(text) == [], text


def _serials(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_serial_lists(text)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Serials: L 71Q2045 / R 71Q2046\nPaired", ["71Q2045", "71Q2046"]),
        ("S/Ns: left 90B1234, right 90B1299.", ["90B1234", "90B1299"]),
        ("Serial no. L XR-8812345 / R XR-8812346", ["XR-8812345", "XR-8812346"]),
        ("Seriennummern: li. 5521T04 und re. 5521T05", ["5521T04", "5521T05"]),
        ("numéros de série : G 33P1180 / D 33P1181", ["33P1180", "33P1181"]),
    ],
)  # fmt: skip
def test_serials_after_their_side_are_found(text: str, codes: list[str]) -> None:
    assert _serials(text) == codes, text


@pytest.mark.parametrize(
    "text",
    [
        "Serials: see device passport",
        "serial numbers L and R checked against invoice",
        "Serial: L side only",
    ],
)  # fmt: skip
def test_serial_labels_without_codes_stay(text: str) -> None:
    assert _serials(text) == [], text


def test_side_serials_reach_the_structured_findings() -> None:
    text = "Hearing aid fitting\nSerials: L 44W7781 / R 44W7790\nFitted today"
    found = {text[s.start : s.end] for s in find_structured(text) if s.kind == "DEVICE_ID"}
    assert {"44W7781", "44W7790"} <= found
