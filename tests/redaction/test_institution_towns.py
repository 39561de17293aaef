"""Towns named after the institution that serves them (session 40): German and Austrian
courts and authorities, Nordic health centres, Israeli courts with the locative ב, a Thai
pharmacy's sign."""

from __future__ import annotations

import pytest

from app.redaction.institution_towns import find_institution_towns


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_institution_towns(text)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param(
            "Amtsgericht Neuwaldstetten\nAz. 3 C 12/24\n", "Neuwaldstetten", id="de court"
        ),
        pytest.param("Landgericht Weiler am See, 2. Kammer\n", "Weiler am See", id="de two words"),
        pytest.param("Standesamt Bad Kleinau\n", "Bad Kleinau", id="de registry"),
        pytest.param("AMTSGERICHT NEUWALDSTETTEN\n", "NEUWALDSTETTEN", id="de capitals"),
        pytest.param("Anteckning - Vårdcentralen Storbacka\n", "Storbacka", id="sv centre"),
        pytest.param("Legevakten Nordvik\n", "Nordvik", id="no centre"),
        pytest.param("בית משפט השלום בכפר ורדים\nתיק 1\n", "כפר ורדים", id="he court"),
        pytest.param("בית המשפט המחוזי בנצרת   תאריך\n", "נצרת", id="he court gap"),
        pytest.param("ร้านยา ลำปาง\nวันที่ 1\n", "ลำปาง", id="th pharmacy"),
        pytest.param("ENROLMENT - Club Port Elwood\nName: x\n", "Port Elwood", id="club"),
        pytest.param("County: Kisumu   Location: Ahero\n", "Ahero", id="ke location"),
        pytest.param("County: Kisumu\tSub-location: Nyang\n", "Nyang", id="ke sub-location"),
    ],
)
def test_towns_after_institutions_are_found(text: str, town: str) -> None:
    assert town in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Amtsgericht Abteilung 3\n", id="de department"),
        pytest.param("the amtsgericht is closed\n", id="lower case"),
        pytest.param("ร้านยา\n", id="th no town"),
        pytest.param("Das Finanzamt hat geschrieben\n", id="article before"),
        pytest.param("Location: Left knee\n", id="location alone"),
        pytest.param("The Club Room is open\n", id="club mid-sentence"),
    ],
)
def test_no_town_where_none(text: str) -> None:
    assert _values(text) == []
