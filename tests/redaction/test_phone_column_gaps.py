"""Three blanks part two columns of a fixed-width layout: digits on either side of such a
gap (a card's last digits and an amount) are no phone number (phones._COLUMN_GAP)."""

from __future__ import annotations

import pytest

from app.redaction.phones import find_phones


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phones(text)]


@pytest.mark.parametrize(
    "row",
    [
        "2025-11-02  CARD ************4417   -63.80",
        "2025-11-03  POS 8821   55.10",
        "REF 4471   -1290.45",
    ],
)
def test_columns_are_no_phone(row: str) -> None:
    assert _phones(f"DATE        DETAIL      AMOUNT\n{row}\n") == []


@pytest.mark.parametrize("number", ["020 7946 0958", "+49 30 9127 4410", "(212) 555-0147"])
def test_phone_with_single_blanks_stays(number: str) -> None:
    assert number in _phones(f"Tel. {number}\n")
