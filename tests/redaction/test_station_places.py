"""A police, fire or ambulance station named for its town on custody records and incident
reports ("Station: Halesowen", "Custody suite: Wigan"; session 45, split AA): the town is
masked. A bare "Station" in a text about no police, fire or ambulance is a hospital's ward
("Station: Kardiologie") and stays. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.places import find_places


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_places(text)}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("CUSTODY RECORD 4471    Station: Pembury\nDetained person: X", "Pembury"),
        ("Arrested by police.  Custody suite: Kettering", "Kettering"),
        ("Police station: Gorseinon   Officer: PC 4410", "Gorseinon"),
        ("Ambulance incident log\nStation: Wrexham   Crew: 2", "Wrexham"),
    ],
)
def test_station_town_is_masked(text: str, town: str) -> None:
    assert town in _values(text)


def test_a_ward_called_station_stays() -> None:
    text = "Radiologie-Anforderung\nStation: Neurochirurgie, Zimmer 4\nUntersuchung: MRT"
    assert "Neurochirurgie" not in _values(text)
