"""A CSV record whose quoted cell holds line breaks (RFC 4180 2.6: an address written over
lines) runs on until its quotes close, so the rows after it are still read by their
columns. Invented values; the layouts vary the column order and the delimiter."""

from __future__ import annotations

import re

import pytest

from app.redaction.tables import find_field_values
from app.redaction.text import redact_text


def _persons(text: str) -> list[str]:
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    return [text[s.start : s.end] for s in find_field_values(text, words) if s.kind == "PERSON"]


_CSV = (
    "mrn,name,dob,address,notes\n"
    '44810233,"Wharerau, Tipene",1971-03-09,"12 Kereru Lane\n'
    'Ōtaki 5512","fasting bloods"\n'
    'QX1180442,"Brannigan, Orla",1949-07-21,"3 Tui Rise\n'
    "RD 2\n"
    'Kaiwaka 0573",""\n'
)


def test_names_after_a_record_with_a_line_break_in_a_cell() -> None:
    assert _persons(_CSV) == ["Wharerau, Tipene", "Brannigan, Orla"]
    out = redact_text(_CSV).text
    assert "Brannigan" not in out
    assert "Orla" not in out


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_another_delimiter_and_column_order(delimiter: str) -> None:
    rows = [
        ["address", "surname", "dob"],
        ['"9 Puriri St\nLevin 5510"', "Ngatai-Brown", "1980-01-02"],
        ['"1 Rata Rd"', "Fairweather-Ihaka", "1990-02-03"],
    ]
    text = "\n".join(delimiter.join(r) for r in rows) + "\n"
    assert _persons(text) == ["Ngatai-Brown", "Fairweather-Ihaka"]


def test_an_unclosed_quote_does_not_run_away() -> None:
    text = 'name,dob\n"Tamihana, Rewi,1960-01-01\nKereama Hohaia,1961-02-02\n'
    assert _persons(text) == ["Kereama Hohaia"]


def test_a_stray_quote_leaves_the_rows_after_it_read() -> None:
    text = "name,height,dob\nWhetu Pomare,5'11\",1975-05-05\nAroha Tawhiri-Lane,160,1988-08-08\n"
    assert "Aroha Tawhiri-Lane" in _persons(text)
