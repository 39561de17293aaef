"""Separators are no identifier: the comma between the parts of a "Last, First" name, and
the comma, bracket or full stop a finding takes at its edge, stay in the text; every
letter and digit of the value is still masked, and the two parts of one name keep one
placeholder (values made up for this test)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.span_edges import without_separators
from app.redaction.spans import Span
from app.redaction.text import redact_text

_SETTINGS = settings(max_examples=80, deadline=None)


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("Summary of stay - patient Whitmore, Gwendolyn\nWard 3.", "Whitmore", "Gwendolyn"),
        ("Versicherungsnehmer: Wojtaszek, Bronislaw\nTarif A", "Wojtaszek", "Bronislaw"),
        ("Bed 4: TREMBLAY-ROUX, Odile (88), stable overnight.", "TREMBLAY-ROUX", "Odile"),
    ],
)
def test_comma_of_last_first_stays(text: str, surname: str, given: str) -> None:
    out = redact_text(text).text
    assert surname not in out
    assert given not in out
    # one person: the same placeholder on both sides of a kept comma
    m = re.search(r"(<PERSON_\d+>), (<PERSON_\d+>)", out)
    assert m, out
    assert m.group(1) == m.group(2)


def test_full_stop_after_an_address_stays() -> None:
    text = "I now live at 4417 Quarrington Avenue, Lowbridge, 60931.\nCall me."
    out = redact_text(text).text
    assert "Quarrington" not in out
    assert "60931" not in out
    assert re.search(r"<ADDRESS_\d+>\.\n", out), out


def test_comma_after_a_name_before_a_licence_stays() -> None:
    out = redact_text("Follow-up in a month.\nDr Ekwueme, RPPS 10293847561\n").text
    assert "Ekwueme" not in out
    assert re.search(r"<PERSON_\d+>, ", out), out


def test_abbreviation_keeps_its_full_stop() -> None:
    text = "Lives at 21 Barnwood Ave."
    spans = [Span(9, len(text), "ADDRESS", "test", 0.9)]
    assert without_separators(text, spans) == spans


def test_lower_case_after_a_comma_is_no_given_name() -> None:
    text = "Aldana, who called"
    span = Span(0, len(text), "PERSON", "test", 0.9)
    assert without_separators(text, [span]) == [span]


_WORD = st.text(alphabet="abcdefgh", min_size=2, max_size=8).map(str.capitalize)
_EDGE = st.sampled_from(["", ",", ", ", ".", " (", ")", ";", " — "])


@given(_EDGE, _WORD, _WORD, _EDGE, st.sampled_from(["PERSON", "ADDRESS", "PHONE_NUMBER"]))
@_SETTINGS
def test_no_letter_or_digit_leaves_a_span(
    before: str, first: str, second: str, after: str, kind: str
) -> None:
    text = f"{before}{first}, {second}{after}"
    spans = without_separators(text, [Span(0, len(text), kind, "test", 0.9)])
    masked = {i for s in spans for i in range(s.start, s.end)}
    assert all(i in masked for i, c in enumerate(text) if c.isalnum())
    assert all(not text[i].isspace() for s in spans for i in (s.start, s.end - 1))


def test_suffix_after_the_comma_stays_with_the_name() -> None:
    text = "Name / Nom: QWERTON, Sr\nDate of birth: 02/03/41"
    start = text.index("QWERTON")
    span = Span(start, start + len("QWERTON, Sr"), "PERSON", "test", 0.9)
    assert without_separators(text, [span]) == [span]


def test_hl7_components_are_separate_values() -> None:
    text = "PID|1||Quenby^Harold||19330608|M|||17 Larkspur Lane^^Oakhaven^^R2E2B6||"
    start = text.index("17 Larkspur")
    end = text.index("||", start)
    spans = without_separators(text, [Span(start, end, "ADDRESS", "test", 0.9)])
    assert [text[s.start : s.end] for s in spans] == ["17 Larkspur Lane", "Oakhaven", "R2E2B6"]


def test_url_keeps_its_tilde() -> None:
    text = "see https://example.org/~quenby/notes for more"
    start = text.index("https")
    span = Span(start, text.index(" for"), "URL", "test", 0.9)
    assert without_separators(text, [span]) == [span]
