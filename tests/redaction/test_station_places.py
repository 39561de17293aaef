"""A police, fire or ambulance station named for its town on custody records and incident
reports ("Station: Halesowen", "Custody suite: Wigan"; session 45, split AA): the town is
masked. A bare "Station" in a text about no police, fire or ambulance is a hospital's ward
("Station: Kardiologie") and stays. So is a provider named for its town in an X12 NM1
segment of a non-person ("NM1*1P*2*<town> CLINIC"). Values invented."""

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


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("NM1*1P*2*Little Brampton CLINIC*****XX*1234567893~", "Little Brampton"),
        ("NM1|FA|2|Ashwell Medical Center|||||XX|1234567893~", "Ashwell"),
        ("NM1*77*2*Kirkwall Hospital*****XX*1234567893~", "Kirkwall"),
    ],
)
def test_x12_facility_named_for_its_town(text: str, town: str) -> None:
    assert town in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "NM1*1P*2*RIVERSIDE FAMILY PRACTICE*****XX*1234567893~",
        "NM1*1P*2*Diabetes Clinic*****XX*1234567893~",
        "NM1*IL*1*Hove*Ana****MI*1234~",
    ],
)
def test_x12_facility_of_a_service_or_a_person_names_no_town(text: str) -> None:
    assert not _values(text)
