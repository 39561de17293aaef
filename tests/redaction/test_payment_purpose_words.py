"""A payment's purpose before the address it pays for stays readable (issue 15, session 38,
utility of split T): "Verwendungszweck: Miete Mai, Whg. Lindenweg 7" masks the address
from its street on, not the word for rent before it. A fraud's "takeover via SIM swap" is
a means, no street (split G). Values invented."""

from __future__ import annotations

import pytest

from app.redaction.addresses import find_addresses
from app.redaction.structured import text_words


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Verwendungszweck: Miete Juli, Whg. Lindenweg 7\nAusgeführt am: heute", "Lindenweg 7"),
        ("Reference: RENT FLAT 3, Harbour Road 12\n", "Harbour Road 12"),
        ("Zweck: Kaution Ahornallee 4/2\n", "Ahornallee 4/2"),
    ],
)
def test_rent_word_before_the_address_stays_readable(text: str, street: str) -> None:
    spans = find_addresses(text, text_words(text))
    assert any(text[s.start : s.end].endswith(street) for s in spans)
    word = next(w for w in ("Miete", "RENT", "Kaution") if w in text)
    at = text.index(word)
    assert not any(s.start <= at < s.end for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Assessment: account takeover via SIM swap. Action: card blocked.",
        "Typology: refund fraud via Chat Support\n",
    ],
)
def test_means_after_a_fraud_noun_is_no_street(text: str) -> None:
    assert find_addresses(text, text_words(text)) == []
