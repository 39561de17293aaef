"""Domestic account numbers in digit groups (an IBAN country's account without its country
code, or any long grouped number after an account word) and phone extensions written in
local languages (issue 15). The accounts come from the SWIFT IBAN registry's own examples
and from python-stdnum's check-digit calculator, not from any generated document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban

from app.redaction.accounts import find_accounts, iban_without_country
from app.redaction.phones import find_phones


def _grouped(digits: str) -> str:
    """An account as banks print it: two check digits, then groups of four."""
    rest = digits[2:]
    return " ".join([digits[:2], *(rest[i : i + 4] for i in range(0, len(rest), 4))])


def _covers(text: str, value: str, spans: list) -> bool:  # type: ignore[type-arg]
    at = text.index(value)
    return any(s.start <= at and at + len(value) <= s.end for s in spans)


# The SWIFT IBAN registry's example IBANs of countries with all-digit accounts, written
# without the two letters (Poland's NRB is always written so).
REGISTRY_EXAMPLES = [
    "PL61 1090 1014 0000 0712 1981 2874",
    "HU42 1177 3016 1111 1018 0000 0000",
    "CZ65 0800 0000 1920 0014 5399",
    "SK31 1200 0000 1987 4263 7541",
    "DE89 3704 0044 0532 0130 00",
    "SE45 5000 0000 0583 9825 7466",
    "ES91 2100 0418 4502 0005 1332",
    "PT50 0002 0123 1234 5678 9015 4",
    "RS35 2600 0560 1001 6113 79",
    "ME25 5050 0001 2345 6789 51",
]


@pytest.mark.parametrize("example", REGISTRY_EXAMPLES)
def test_iban_without_its_country_code_is_an_account(example: str) -> None:
    assert stdnum_iban.is_valid(example)  # the reference itself
    value = example[2:]
    text = f"Please transfer the deposit to {value} before Friday."
    assert _covers(text, value, find_accounts(text)), value


@pytest.mark.parametrize(
    "sentence",
    [
        "Numer rachunku: {v}, tytułem: zwrot.",
        "Kontonummer {v} (Sparkasse).",
        "Číslo účtu {v}.",
        "Számlaszám: {v}",
        "Numéro de compte {v}",
        "Número de cuenta {v}",
        "Broj računa {v}",
    ],
)
def test_grouped_number_after_an_account_word_is_an_account(sentence: str) -> None:
    value = "1234 5678 9012 3456 78"  # no valid check digits: the word decides
    text = sentence.format(v=value)
    assert _covers(text, value, find_accounts(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Results 12 14 16 18 20 22 24 over the series.",  # counts
        "Seasons 2021 2022 2023 2024 were the same.",  # years
        "Card 4111 1111 1111 1111 expires soon.",  # a card: its own rule
        "Plátce 1234 5678 9012 3456 78 nemá.",  # no account word, no valid check
        "Call +48 12 345 67 89 today.",  # a phone
        "Dose 1000 1000 1000 1000 1000 mg split.",
        "ISBN 978 3 16 148410 0 in the library.",
    ],
)
def test_other_grouped_numbers_are_no_account(text: str) -> None:
    assert find_accounts(text) == []


@pytest.mark.parametrize(
    "value",
    # python-stdnum's own documented Czech examples, and a Slovak account after its word
    ["19-2000145399/0800", "2000145399/0800", "34278-0727558021/0100"],
)
def test_czech_account_with_its_bank_code_is_an_account(value: str) -> None:
    text = f"Platbu zašlete na {value} do pátku."
    assert _covers(text, value, find_accounts(text)), value


def test_slovak_account_after_its_word_is_an_account() -> None:
    text = "Číslo účtu: 2621234567/1100, variabilný symbol 2024."
    assert _covers(text, "2621234567/1100", find_accounts(text))


@pytest.mark.parametrize(
    "text", ["Dávka 12/2024 podána.", "Kontrola 03/2025.", "Ratio 4278-727558021/0100 wrong."]
)
def test_slashed_numbers_that_fail_the_czech_check_are_no_account(text: str) -> None:
    assert find_accounts(text) == []


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 -,.:/+\nKontoaccount"), max_size=200))
def test_account_finder_reads_any_text(text: str) -> None:
    for span in find_accounts(text):
        assert 0 <= span.start < span.end <= len(text)
        assert sum(c.isdigit() for c in text[span.start : span.end]) >= 16


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.text(alphabet="0123456789", min_size=24, max_size=24))
def test_every_polish_account_with_its_check_digits_is_found(bban: str) -> None:
    check = stdnum_iban.calc_check_digits("PLxx" + bban)
    digits = check + bban
    assert iban_without_country(digits)
    text = f"Konto {_grouped(digits)} w banku."
    assert _covers(text, _grouped(digits), find_accounts(text))
    text = f"Przelew na {_grouped(digits)} jutro."
    assert _covers(text, _grouped(digits), find_accounts(text))


PHONES_WITH_EXTENSIONS = [
    "0048 12 369 71 06 wewn. 3657",  # Polish
    "+48 22 123 45 67 wew. 12",
    "030 1234567, Durchwahl 4981",  # German
    "030 1234567 DW 12",
    "+43 1 40400 Dw. 1234",  # Austrian
    "01 23 45 67 89 poste 123",  # French
    "020 123 4567 toestel 245",  # Dutch
    "06 1234 5678 interno 12",  # Italian
    "91 123 45 67 ext. 204",  # Spanish
    "(11) 3456-7890 ramal 12",  # Brazilian
    "01 234 5678 lokal 45",  # Croatian
    "+36 1 234 5678 mellék 221",  # Hungarian
    "+420 221 234 567 linka 214",  # Czech
    "+421 2 1234 5678 klapka 33",  # Slovak
    "08 123 456 78 ankn. 14",  # Swedish
    "0212 123 45 67 dahili 1234",  # Turkish
]


@pytest.mark.parametrize("value", PHONES_WITH_EXTENSIONS)
def test_phone_with_a_local_extension_word_is_masked_whole(value: str) -> None:
    text = f"Kontakt: {value} (8-16)."
    assert _covers(text, value, find_phones(text)), value


@pytest.mark.parametrize(
    "text",
    [
        "Autobusová linka 135 jede každých 20 minut.",  # a bus line
        "Véase el anexo 12 del informe.",  # an annex
        "Mellékhatás 12 esetben.",  # side effects
        "Stent klapka 23 mm zavedena.",  # a valve
        "Lokal 12 ist geschlossen.",
    ],
)
def test_extension_words_alone_mask_nothing(text: str) -> None:
    assert find_phones(text) == []
