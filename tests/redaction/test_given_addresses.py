"""An address given in a message or a note after the words that give it, as people type
them ("my adress is ...", "mera naya address ...", "new address 4 ..."; session 45, split
AA): masked from its number to its postcode, a British postcode in lower case included,
past the lower-case words of its street and town; without a postcode, its street. Words
that go on in words ("the new address with housing", "address is wrong") give none.
Values invented."""

from __future__ import annotations

import pytest

from app.redaction.residence_addresses import find_residence_addresses


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_residence_addresses(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "hi its me again, my adress is 17 bramble close, oakhurst, le4 9qd if u need it",
            "17 bramble close, oakhurst, le4 9qd",
        ),
        ("new address 12 Tern Walk, Hove BN3 5QT from monday", "12 Tern Walk, Hove BN3 5QT"),
        (
            "Her address is now Flat 2, 9 Mill Lane, Ely CB7 4AB.",
            "Flat 2, 9 Mill Lane, Ely CB7 4AB",
        ),
        (
            "theek hai, mera naya address 23/118 गांधी नगर, भोपाल-462001 ok",
            "23/118 गांधी नगर, भोपाल-462001",
        ),
        ("ma nouvelle adresse 8 rue des Lilas, 69003 Lyon", "8 rue des Lilas, 69003 Lyon"),
        ("mijn adres is 41 Dorpsweg, 3512 JK Utrecht", "41 Dorpsweg, 3512 JK Utrecht"),
        ("nowy adres 9 ul. Polna, 31-042 Kraków", "9 ul. Polna, 31-042 Kraków"),
        ("meu novo endereço 120 Rua Verde, 4000-123 Porto", "120 Rua Verde, 4000-123 Porto"),
    ],
)
def test_given_address_is_masked(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "can we check the new address with housing? ref 2291",
        "Your address is wrong on 3 letters",
        "new address form sent in 2024",
    ],
)
def test_words_that_go_on_give_no_address(text: str) -> None:
    assert not _values(text)


def test_without_a_postcode_the_street_alone() -> None:
    assert _values("ok. my address is 7 Heron Way, Amblefield") == {"7 Heron Way"}
