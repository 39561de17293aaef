"""A payment card printed truncated (the issuer's digits, a masked middle, the last four)
is masked whole (masked_cards.py); a run of mask characters with no issuer digits, or too
short for a card, is left to the other rules."""

from __future__ import annotations

import pytest

from app.redaction.masked_cards import find_masked_cards


def _cards(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_masked_cards(text)]


@pytest.mark.parametrize(
    "card",
    ["437102******8816", "5291 73** **** 0452", "3782-82XX-XXX-1005", "6011 5300 •••• 7712"],
)
def test_truncated_cards(card: str) -> None:
    assert _cards(f"Payment by card {card}; thank you\n") == [card]


@pytest.mark.parametrize(
    "text",
    [
        "Card ending **** 4417 charged",
        "Ref 2024**1234 (draft)",
        "Score 31**; footnote 12",
        "Paid by card 437102 8816 0000 1234",  # no mask: the Luhn rule's
    ],
)
def test_not_truncated_cards(text: str) -> None:
    assert _cards(text) == []
