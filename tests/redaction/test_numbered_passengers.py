"""A PNR's numbered name element with a title ("1.WARD/HELEN MRS", "2.1MAJOR/TOM MR"): a
passenger, even where the surname is an English word. Invented values; a slash pair
of common words without the element number and title stays."""

from __future__ import annotations

import pytest

from app.redaction.name_records import names_in_records
from app.redaction.text import redact_text


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names_in_records(text)]


@pytest.mark.parametrize(
    ("element", "name"),
    [
        ("  1.WARD/HELEN MRS  2.OKORO/EMEKA MR", "WARD/HELEN"),
        ("  1.1MAJOR/TOM MR", "MAJOR/TOM"),
        (" 3.GOOD/JUDITH MS", "GOOD/JUDITH"),
    ],
)
def test_numbered_passenger_with_a_word_surname(element: str, name: str) -> None:
    text = f"RP/MAN1S2199/\n{element}\n  3  BA 221 Y 02OCT MANJFK HK1\n"
    assert name in _names(text)
    assert name.split("/", maxsplit=1)[0] not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: WARD/ROUND tomorrow\n",
        "1.WARD/HELEN without a title\n",
        "see WARD/HELEN MRS\n",  # no element number
        "2.WARD/ROUND MR\n",  # no given name
    ],
)
def test_no_passenger(text: str) -> None:
    assert _names(text) == []
