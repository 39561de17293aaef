"""A list of plates after a vehicle word in the plural (issue 15, session 38, split T):
"vehicles KTR-512, 7-31842" masks both plates, the second read as after a plate word
(digits alone among its shapes). A number that is no list item ("45000 miles") and a
singular vehicle word's next value stay. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.vehicles import find_vehicles


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_vehicles(text)}


@pytest.mark.parametrize(
    ("text", "plates"),
    [
        (
            "Same garage, same recovery firm; vehicles KTR-512, 7-31842\nClaimant",
            ["KTR-512", "7-31842"],
        ),
        ("cars 35 BC 1178 and 61 ZK 4420.", ["35 BC 1178", "61 ZK 4420"]),
    ],
)
def test_every_plate_of_the_list_is_masked(text: str, plates: list[str]) -> None:
    assert set(plates) <= _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "vehicles KTR512, 45000 miles on the clock",  # a mileage, not a list item
        "his car KTR512, 31842 on the invoice",  # one car: no list
    ],
)
def test_numbers_after_a_plate_that_are_no_list_item_stay(text: str) -> None:
    assert not any(f.startswith(("45000", "31842")) for f in _found(text))
