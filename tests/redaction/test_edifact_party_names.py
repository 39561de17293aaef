"""The party named in a UN/EDIFACT NAD segment's party name (C080): a passenger, a
declarant, an invoicee. Invented values; layouts beyond one segment a line (several on a
line, no line breaks, a released separator, a name of three components, a format code),
and a firm that stays."""

from __future__ import annotations

import pytest

from app.redaction.edifact import edifact_party_names
from app.redaction.text import redact_text

HEAD = "UNB+UNOC:3+SENDR+RECVR+240101:1200+77'\nUNH+1+PAXLST:D:05B:UN:IATA'\n"


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in edifact_party_names(text)]


@pytest.mark.parametrize(
    ("segments", "name"),
    [
        ("NAD+FL+++QUARTLEY:ODELINDE'\nATT+2++F'\n", "QUARTLEY:ODELINDE"),
        ("NAD+DT+++BRANNOCK:TEODOR+Am Weiher 3+Leuberg++12345+DE'\n", "BRANNOCK:TEODOR"),
        # several segments on one line, and none after a line break
        ("BGM+929+X1'NAD+FL+++QUARTLEY:ODELINDE'ATT+2++F'DTM+329:800101'", "QUARTLEY:ODELINDE"),
        # a party id and coded name lines before the name, a format code after it
        (
            "NAD+IV+4012345:160:9+LINE ONE+FENWICK-ADU:MARISOL:JOY:::1+Weg 1'\n",
            "FENWICK-ADU:MARISOL:JOY",
        ),
        # a released apostrophe inside the name
        ("NAD+FL+++O?'DARRAGH:NIAMH'\n", "O?'DARRAGH:NIAMH"),
    ],
)
def test_party_name_of_nad(segments: str, name: str) -> None:
    text = HEAD + segments + "UNT+9+1'\n"
    assert _names(text) == [name]
    out = redact_text(text).text
    for part in name.replace("?'", "'").split(":"):
        if part and not part.isdigit():
            assert part not in out


@pytest.mark.parametrize(
    "segments",
    [
        "NAD+SU+++NORDWERK GMBH+Hafenweg 2+Kiel++24103+DE'\n",
        "NAD+BY+4012345::9'\n",  # a party by its id only
        "NAD+CZ++++Hafenweg 2+Kiel++24103+DE'\n",  # no party name
    ],
)
def test_no_person_in_nad(segments: str) -> None:
    assert _names(HEAD + segments) == []


def test_nad_in_running_text_is_no_segment() -> None:
    assert _names("See the NAD+FL+++ note in chapter 4 for the layout.") == []
