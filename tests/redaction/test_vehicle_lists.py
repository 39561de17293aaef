"""The further items of a list of vehicle identifiers (issue 15, session 42, split X): a
plate-shaped item after a found VIN or plate, past a semicolon or a comma on the same
line, is masked; a year, a make or a colour after it stays. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.structured import find_structured
from app.redaction.vehicle_lists import vehicle_list_items


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Vehicles: 2T1BURHE0JC043821; 8KQW219\nEnd", "8KQW219"),
        ("Vehicles: 2T1BURHE0JC043821, 4MNP 551", "4MNP 551"),
        ("Registered: JH4KA7561PC008269; 7RT-4402; 9XY 331.", "9XY 331"),
    ],
)
def test_plate_after_a_found_vehicle_id_is_masked(text: str, plate: str) -> None:
    assert plate in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "VIN 1HGCM82633A004352, 2019 Ford, blue",
        "VIN 1HGCM82633A004352; ABS fitted",
        "VIN 1HGCM82633A004352, 3 owners",
    ],
)
def test_words_and_years_after_a_vehicle_id_stay(text: str) -> None:
    found = [s for s in find_structured(text) if s.kind == "VEHICLE_ID"]
    assert vehicle_list_items(text, found) == []
