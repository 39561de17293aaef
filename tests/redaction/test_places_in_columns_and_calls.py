"""Towns of session 37 (split S): a table's "location" or "site" column beside an
identifying field (place_columns.py), a town after a remote call's "joined from" or a
card terminal's "terminal at", a primary care centre's town ("centro de salud de"), and a
Russian settlement after "к." (places.py, address_words.py). Beside them, wards, rooms,
acronyms and numbered sites stay, and "к." before a number (a building) is no town."""

from __future__ import annotations

import pytest

from app.redaction.place_columns import site_columns, town_cell
from app.redaction.places import find_places
from app.redaction.structured import find_structured


def _structured(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_structured(text)]


def test_location_column_town_is_found_and_ward_stays() -> None:
    text = (
        "ward;device;assigned_to;location;seen\n"
        "ICU;ventilator;Okoro, Femi;Kettlewick;2024-02-01\n"
        "3 East;monitor;Lind, Aster;Store Room B;2024-02-02"
    )
    found = _structured(text)
    assert ("Kettlewick", "LOCATION") in found
    assert not any(v in ("ICU", "3 East", "Store Room B") for v, _ in found)


def test_site_column_town_is_found_beside_a_date_of_birth() -> None:
    text = 'subject,site,dob,arm\n"Quarry, Ines",Villa Serena del Monte,1970-01-02,A\n'
    assert ("Villa Serena del Monte", "LOCATION") in _structured(text)


def test_site_column_alone_names_no_table() -> None:
    text = "site,dose,route\nPortlow,5 mg,oral\n"
    assert not any(v == "Portlow" for v, _ in _structured(text))


@pytest.mark.parametrize(
    ("cells", "sites"),
    [
        (["ward", "serial", "location", "last_seen"], [2]),
        (["subject", "Study site", "dob"], [1]),
        (["site_id", "dob"], []),
        (["locations visited", "dob"], []),
    ],
)  # fmt: skip
def test_site_headers(cells: list[str], sites: list[int]) -> None:
    assert site_columns(cells) == sites


@pytest.mark.parametrize(
    ("value", "town"),
    [
        ("Brackenholm", True),
        ("Saint-Aubin-des-Prés", True),
        ("Nueva Esperanza de los Ríos", True),
        ("Черноводск", True),
        ("ICU", False),
        ("5 North", False),
        ("Main Campus", False),
        ("Room 12", False),
        ("offsite", False),
        ("", False),
    ],
)  # fmt: skip
def test_town_cells(value: str, town: bool) -> None:
    assert town_cell(value) is town


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("patient joined from Dunmarrow via video, consent verbal", "Dunmarrow"),
        ("she was calling from Pellworth about the results", "Pellworth"),
        ("the charge came from a terminal at Oakhallow; was it you?", "Oakhallow"),
        ("tu cita es en el centro de salud de Villarrubia. Info: 900", "Villarrubia"),
        ("consulta no centro de saúde de Alvorada às 10h", "Alvorada"),
    ],
)  # fmt: skip
def test_town_after_call_terminal_or_health_centre_is_found(text: str, place: str) -> None:
    assert place in [text[s.start : s.end] for s in find_places(text)], text


def test_russian_settlement_after_k_abbreviation_is_masked() -> None:
    text = "patient joined from к. Заречинск via video"
    assert any("Заречинск" in v for v, _ in _structured(text))


def test_k_before_a_number_is_a_building_not_a_town() -> None:
    text = "корпус к. 5, этаж 2"
    assert not any(v.startswith("к.") for v, _ in _structured(text))


def test_joined_from_an_ip_address_names_no_town() -> None:
    text = "Patient joined from IP 10.2.3.4 (Kestrelford); verified"
    assert "IP" not in [text[s.start : s.end] for s in find_places(text)]
