"""Payment card numbers printed truncated: receipts, statements and order confirmations
show the issuer's first digits and the last four with the middle masked ("4111 11** ****
1111", "411111******1111", "5500-00XX-XXXX-0004": PCI DSS 3.4 allows at most the first
six and the last four). What is left still narrows a card to one holder within an issuer,
and with the name beside it identifies the card, so the whole run is masked.

A run is a truncated card when it starts with four to eight digits (a card's first digit
is 2 to 6), has two to nine mask characters ("*", "X", "x", "•", "#") in its middle,
ends in four digits and holds 13 to 19 characters in all, spaces and hyphens aside.
Gated on two mask characters side by side, so most texts are not read at all.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.spans import Span

RULE = "card_truncated"
_GATES = ("**", "XX", "xx", "••", "##")
_MASKED = fast_regex.compile(
    r"(?<![\w*•#-])[2-6]\d{3}(?:[ -]?\d){0,4}(?:[ -]?[*Xx•#]){2,9}(?:[ -]?\d){4}(?![\w*•#-])"
)


def find_masked_cards(text: str) -> list[Span]:
    """Each truncated card number in `text`: the issuer's digits, the mask and the last four."""
    if not any(gate in text for gate in _GATES):
        return []
    spans: list[Span] = []
    for m in _MASKED.finditer(text):
        width = sum(1 for c in m.group() if c not in " -")
        if 13 <= width <= 19:
            spans.append(Span(m.start(), m.end(), "CREDIT_CARD", RULE, 0.7))
    return spans
