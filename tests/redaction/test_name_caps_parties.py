"""Surnames in capitals with no given name beside them: a case's parties either side of
"v" in a cause list, and the head of a notice before its given names in brackets.
Invented values; the Crown, a firm's or an authority's word and an acronym stay."""

from __future__ import annotations

import pytest

from app.redaction.name_caps_parties import case_parties, heads_before_bracketed_names
from app.redaction.spans import Span
from app.redaction.text import redact_text

_LIST = (
    "COUNTY COURT — List for 3 March\n"
    "10:30  Claim 7QZ41  OKONKWO v BRANDSTETTER — possession\n"
    "12:00  R v HALVORSEN — mention\n"
)


def test_both_parties_of_a_case() -> None:
    found = [_LIST[s.start : s.end] for s in case_parties(_LIST)]
    assert found == ["OKONKWO", "BRANDSTETTER", "HALVORSEN"]
    out = redact_text(_LIST).text
    assert not any(n in out for n in ("OKONKWO", "BRANDSTETTER", "HALVORSEN"))


@pytest.mark.parametrize(
    "text",
    ["ACME LTD v COUNCIL", "NHS v CROWN", "BOROUGH v TRUST appeal", "PEOPLE v. R"],
)
def test_no_surname_among_the_parties(text: str) -> None:
    assert case_parties(text) == []


def test_a_notices_head_before_bracketed_given_names() -> None:
    text = "DRUMMOND (Isla Mairi) — peacefully at home on 2 May, aged 90.\n"
    given = text.index("Isla")
    person = Span(given, given + len("Isla Mairi"), "PERSON", "test", 0.9)
    found = heads_before_bracketed_names(text, [person])
    assert [text[s.start : s.end] for s in found] == ["DRUMMOND"]


@pytest.mark.parametrize("text", ["UPDATE (Isla Mairi)\n", "GUEST (Isla Mairi): hello\n"])
def test_no_head_before_a_bracket_without_a_person_or_a_speaker(text: str) -> None:
    given = text.index("Isla")
    person = Span(given, given + len("Isla Mairi"), "PERSON", "test", 0.9)
    assert heads_before_bracketed_names(text, [person]) == []
