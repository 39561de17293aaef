"""Romanian vehicle words ("vehicul", "autoturism", "autovehicul"): a plate after one on
the same line is masked (vehicles.VEHICLE_WORDS)."""

from __future__ import annotations

import pytest

from app.redaction.vehicles import find_vehicles


def _plates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_vehicles(text)]


@pytest.mark.parametrize(
    ("line", "plate"),
    [
        ("VEHICUL IMPLICAT: CJ-07-XRT", "CJ-07-XRT"),
        ("Autoturism: B-412-KLM, culoare gri", "B-412-KLM"),
        ("autovehiculul condus: IS 33 PAV", "IS 33 PAV"),
    ],
)
def test_plate_after_romanian_vehicle_word(line: str, plate: str) -> None:
    assert plate in _plates(f"PROCES-VERBAL\n{line}\nFAPTA: accident\n")


def test_vehicle_word_without_plate_finds_nothing() -> None:
    assert _plates("FAPTA: furt din autoturism\nAGENT: inspector\n") == []
