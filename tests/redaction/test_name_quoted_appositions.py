"""A name or nickname in quotes beside a noun for a person ('an older lad, "Tazz", is
asking him'), as safeguarding and police notes write who a young person names. Invented
values; an English word in quotes there stays."""

from __future__ import annotations

import pytest

from app.redaction.name_quoted_appositions import quoted_appositions
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('She said an older lad, "Zekko", gives her lifts.', "Zekko"),
        ("A male “Drezzy” was seen at the flat.", "Drezzy"),
        ('a girl called "Yanis" messaged him', "Yanis"),
    ],
)
def test_a_quoted_name_beside_a_person_noun(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in quoted_appositions(text)] == [name]
    assert name not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        'a man, "Manager", answered the door',
        'the boys "Sorted" it out',
        'the kid\'s "Fortnite" account',
    ],
)
def test_no_name_there(text: str) -> None:
    assert quoted_appositions(text) == []
