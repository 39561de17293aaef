"""A call list's number in national format, in a fixed-width row beside a time and a
duration: the grouped number before a column gap is read alone, without the next column
(phones._GROUPED), and a number never starts inside a time's digits."""

from __future__ import annotations

import pytest

from app.redaction.phones import find_phones


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phones(text)]


@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("14/02/2024 07:41  0161 496 0732      00:12:05  included", "0161 496 0732"),
        ("03/09/2022  21:17  vers 0478 12 34 56   8 min 2 s   inclus", "0478 12 34 56"),
    ],
)
def test_national_number_in_call_row(row: str, number: str) -> None:
    assert _phones(f"Date  Time  Number called  Duration\n{row}\n") == [number]


def test_amount_columns_stay() -> None:
    assert _phones("ITEM\n44120981   12.50\n7909   -42.10\n") == []
