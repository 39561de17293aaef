"""A name-shaped value under a person's JSON key whose surname is two or three letters
that are a word elsewhere ("Na", "Do", "An": Korean, Vietnamese and Chinese surnames),
after a dictionary given name. Invented values; a firm's or a thing's name stays."""

from __future__ import annotations

from app.redaction.name_layouts import json_names
from app.redaction.text import redact_text


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in json_names(text)]


def test_a_given_name_and_a_short_surname_under_a_person_key() -> None:
    text = '{"lvl":"ERROR","msg":"card declined","customer":"Oumar Na","ip":"10.2.3.4"}\n'
    assert _found(text) == ["Oumar Na"]
    assert "Oumar" not in redact_text(text).text


def test_a_vietnamese_short_surname_under_a_person_key() -> None:
    assert _found('{"patient":"Thanh Do"}') == ["Thanh Do"]


def test_no_given_name_first_stays() -> None:
    assert _found('{"customer":"Acme To"}') == []
    assert _found('{"customer":"North An"}') == []
