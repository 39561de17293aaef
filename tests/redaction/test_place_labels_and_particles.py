"""Places after a bank branch's label and towns joined by more French particles (session
40): "Branch: Town" on account forms; "X-devant-Y", "X-au-Y", "X-près-Y"."""

from __future__ import annotations

import pytest

from app.redaction.places import find_places


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_places(text)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param("A/c no. 1234   Branch: Okene   Date: 1\n", "Okene", id="branch"),
        pytest.param("Branch name: Port Harlow\n", "Port Harlow", id="branch name"),
        pytest.param("LABO - Vaux-devant-Damloup\n", "Vaux-devant-Damloup", id="devant"),
        pytest.param("marché Mont-au-Lac ce jour\n", "Mont-au-Lac", id="au"),
        pytest.param("Servon-près-Brolles est loin\n", "Servon-près-Brolles", id="pres"),
    ],
)
def test_places_are_found(text: str, town: str) -> None:
    assert town in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Branch: 042\n", id="branch code"),
        pytest.param("Jean-Pierre Martin-Dupont\n", id="double names"),
    ],
)
def test_no_place_where_none(text: str) -> None:
    assert _values(text) == []
