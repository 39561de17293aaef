"""Towns that a record names by how someone got there or where it was written (issue 15,
session 42, split X): an expense line's "Taxi to <town>", a Nordic primary care centre's
"vårdcentralen i <town>", a town before a service's station ("from <town> ambulance
station"), and a letter's dateline ("<town>, <date>"). Values invented."""

from __future__ import annotations

import pytest

from app.redaction.datelines import find_datelines
from app.redaction.places import find_places
from app.redaction.structured import find_structured


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans if s.kind == "LOCATION"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("2025-03-02  Taxi to Oudewater  41.20\n2025-03-03  Hotel  99.00", "Oudewater"),
        ("Train from Kettleby Magna, return", "Kettleby Magna"),
        ("tid hos vårdcentralen i Mjölby kl 09.30", "Mjölby"),
        ("Transfer from New Harrowgate ambulance station at 14:10", "New Harrowgate"),
        ("collected from Brackwell fire station", "Brackwell"),
    ],
)
def test_town_after_a_travel_or_care_cue_is_found(text: str, town: str) -> None:
    assert town in _values(find_places(text), text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dr. X - CRM 12345\nItapemirim, 14 de março de 2025\n", "Itapemirim"),
        ("Yours,\n\nLower Wendham, 2 June 2024", "Lower Wendham"),
        ("Fait à Lyon\nSaint-Brévin, le 3 avril 2023\n", "Saint-Brévin"),
        ("Villanueva del Río, 9 de enero de 2022.\nFirma", "Villanueva del Río"),
    ],
)
def test_town_of_a_dateline_is_found(text: str, town: str) -> None:
    assert town in _values(find_datelines(text), text)
    assert town in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Monday, 3 March 2024\n",
        "Received, 4 May 2021\n",
        "Dear Sir, 3 March 2024 is the date.\n",
        "Smith, J, 1999\n",
        "Orden BS-00259-04, toma de muestra 15 noiembrie 2022\n",
        "Analyst Jo Bloggs, 4 April 2019.\n",
        "Ward Round, notes from 2019\n",
        "Taxi to the airport  20.00",
        "from the Central police station",
    ],
)
def test_no_town_in_these(text: str) -> None:
    assert _values(find_datelines(text), text) == set()
    assert _values(find_places(text), text) == set()
