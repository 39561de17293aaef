"""A postcode alone as where a letter or a prescription goes (issue 15, session 38, split
T): "posted to 40117", "correspondence to 61203", "sent to the pharmacy at 72514." are
masked; a year or a street number that goes on is not such a code. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.postcodes import find_postcodes


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_postcodes(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[ ] Clinic letter -- posted to 40117\nSigned A. Nurse", "40117"),
        ("Registered address: see file; correspondence to 61203\nPhone verified", "61203"),
        ("Dr Lee: Sent to the pharmacy at 72514.\n  Book bloods.", "72514"),
        ("Forms mailed to 1017 KX, thanks", "1017 KX"),
    ],
)
def test_postcode_alone_after_sending_words(text: str, value: str) -> None:
    assert value in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Results posted to 2024.",  # a year
        "Letter sent to 14 Elm Road.",  # a house number: the street goes on
        "Sample sent to ward 12345.",  # no "at" before the number
        "Pump sent at 12345 rpm",  # the clause goes on
    ],
)
def test_numbers_that_are_no_lone_postcode_stay(text: str) -> None:
    assert _found(text) == set()
