"""UN/EDIFACT NAD segments (session 40): the free-form address lines, the street, the city
and the postal code read by their position, whatever the segment's place on its line."""

from __future__ import annotations

import pytest

from app.redaction.edifact import find_edifact_addresses
from app.redaction.text import redact_text

_SEGMENT = "NAD+CN+++ROSE:ALMA+Lindenweg 12/4+Kleinstadt++34567+DE'"


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_edifact_addresses(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"UNH+1+CUSDEC:D:96B:UN'\n{_SEGMENT}\nCOM+0301234567:TE'\n", id="own line"),
        pytest.param(f"UNH+1+CUSDEC:D:96B:UN'{_SEGMENT}COM+0301234567:TE'", id="one line"),
        pytest.param(f"  {_SEGMENT}\n", id="indented"),
        pytest.param(_SEGMENT.rstrip("'") + "\n", id="no terminator"),
    ],
)
def test_city_and_postcode_are_found(text: str) -> None:
    values = _values(text)
    assert "Kleinstadt" in values
    assert "34567" in values
    assert "Lindenweg 12/4" in values
    assert "DE" not in values
    assert "CN" not in values


def test_released_plus_and_components() -> None:
    text = "NAD+BY+++Vera Lind+Hof 3?+4:Haus B+Ortheim+NW+12-345+PL'\n"
    values = _values(text)
    assert values == ["Hof 3?+4", "Haus B", "Ortheim", "12-345"]


def test_free_form_lines_are_found() -> None:
    text = "NAD+SU++Beta Works:Am Markt 7:Neudorf 99887++++++DE'\n"
    assert {"Am Markt 7", "Neudorf 99887"} <= set(_values(text))


def test_short_segment_has_fewer_elements() -> None:
    assert _values("NAD+DT+4012345000016::9'\n") == []


def test_nothing_survives_in_the_output() -> None:
    out = redact_text(f"UNB+UNOC:3+SENDER+RECEIVER'\n{_SEGMENT}\n").text
    assert "Kleinstadt" not in out
    assert "34567" not in out
