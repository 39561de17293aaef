"""A message's reader addressed by given name and a comma before "your", "you", "we"
(session 37, vocative_names). Lists of places and capitalised words stay."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text
from app.redaction.vocative_names import vocative_names


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in vocative_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("From CLINIC: MARGOT, your scan is on 3 June.", "MARGOT", id="caps"),
        pytest.param("Tobias Wrede, you have a parcel waiting.", "Tobias Wrede", id="two words"),
        pytest.param("Reminder from GP: Hannah, we have moved your visit.", "Hannah", id="we"),
    ],
)
def test_vocative_given_names_are_found(text: str, name: str) -> None:
    assert _values(text) == [name]
    assert name not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Note: Please, your form is due.",
        "Berlin, Vienna and Prague were visited.",
        "Subject: May, your renewal",
        "no comma here at all",
    ],
)
def test_other_openings_stay(text: str) -> None:
    assert vocative_names(text) == []
