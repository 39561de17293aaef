"""The founder's surname that opens a firm's name (session 37, eponymous_firms): "X &
Sons", "X Engineering Ltd"; firms named with English words stay whole."""

from __future__ import annotations

import pytest

from app.redaction.eponymous_firms import eponymous_firms


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in eponymous_firms(text)]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        pytest.param("Employer: Okonkwo & Sons, Lagos", "Okonkwo", id="and sons"),
        pytest.param("Sponsor: Brzezinski Engineering Ltd, contact below", "Brzezinski", id="ltd"),
        pytest.param("paid by Vukovic Transport GmbH", "Vukovic", id="gmbh"),
    ],
)
def test_founders_surnames_are_found(text: str, surname: str) -> None:
    assert _values(text) == [surname]


@pytest.mark.parametrize(
    "text",
    [
        "Sponsor: Global Engineering Ltd",
        "Northern & Sons delivered",
        "Apex Consulting Ltd invoice",
        "Quality Builders Ltd",
        "Entity: Saltmarsh Logistics Ltd (company)",
        "Okonkwo visited the clinic",
    ],
)
def test_firms_of_english_words_stay(text: str) -> None:
    assert eponymous_firms(text) == []
