"""Bengali forms label a relative's field by the kinship word and a colon, often two
alternatives in one label ("father/husband:"): the value is that relative's name.
Invented values."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("রোগীর নাম: সুমন কর\nপিতা/স্বামী: বিমল নাথ\nবিভাগ: শিশু\n", "বিমল নাথ"),
        ("আবেদনকারী: তানিয়া সেন\nমাতা: শিউলি সেন\n", "শিউলি সেন"),
        ("স্ত্রী: মৌসুমী রায়\n", "মৌসুমী রায়"),
    ],
)
def test_a_relatives_name_after_a_kinship_label(text: str, name: str) -> None:
    out = redact_text(text).text
    assert not any(word in out for word in name.split())
