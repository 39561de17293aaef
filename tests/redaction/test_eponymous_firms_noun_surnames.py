"""A founder's surname that English also holds as a noun (a town, a trade) before "&
Partners" or "& Sons". Invented firm names; words with another sense, short nouns and the
weaker firm forms keep their words."""

from __future__ import annotations

import pytest

from app.redaction.eponymous_firms import eponymous_firms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("employer Valdez & Partners, payroll", "Valdez"),
        ("Reference from Tacoma & Sons", "Tacoma"),
    ],
)
def test_noun_surname_before_partners(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in eponymous_firms(text)] == [name]


@pytest.mark.parametrize(
    "text",
    ["Northern & Sons", "Premier & Partners", "Law & Partners", "Valdez & Co", "Capital & Sons"],
)
def test_no_founder(text: str) -> None:
    assert eponymous_firms(text) == []
