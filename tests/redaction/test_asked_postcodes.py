"""A postcode that opens the answer to a postcode question ending the line of speech
before it, cue numbers and timings between (issue 15, session 44, split Z). Values
invented."""

from __future__ import annotations

import pytest

from app.redaction.asked_postcodes import find_asked_postcodes


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_asked_postcodes(text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("8\n00:00:31,000 --> 00:00:33,000\nand the zip code please?\n\n9\n"
         "00:00:33,100 --> 00:00:35,000\n60614 yes\n", "60614"),
        ("AGENT: Und die Postleitzahl?\nKUNDE: 80331, genau\n", "80331"),
        ("Q. Your postcode?\nA. LS6 2QT\n", "LS6 2QT"),
        ("[AGENT] code postal ?\n[CLIENT] 69003\n", "69003"),
    ],
)  # fmt: skip
def test_answered_postcode_is_masked(text: str, code: str) -> None:
    assert code in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Postcode\n2019 was the last update",
        "What is your postcode?\nI don't know it",
        "the zip code field is optional.\n12345 rows were read",
    ],
)
def test_no_answer_or_no_question(text: str) -> None:
    assert _values(text) == set()
