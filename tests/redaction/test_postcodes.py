"""Postcodes standing alone after their label, in each country's word for it and in the
shape its postal service issues (UPU addressing standards: the values are the public
postcodes of capital cities' centres, not people's). Beside them, the label words used as
ordinary words and numbers near them stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.postcodes import find_postcodes

COUNTRIES = [
    ("PLZ", "10115"), ("Postleitzahl", "1010"), ("Code postal", "75001"),
    ("Código postal", "28001"), ("CAP", "00184"), ("CEP", "01310-100"),
    ("Código postal", "1100-148"), ("Postcode", "1012 JS"), ("Kod pocztowy", "00-950"),
    ("PSČ", "110 00"), ("PSČ", "811 01"), ("Irányítószám", "1051"), ("Postnummer", "114 55"),
    ("Postnr.", "0150"), ("Postnummer", "1050"), ("Postinumero", "00100"),
    ("Poštanski broj", "10000"), ("Cod poștal", "010011"), ("Почтовый индекс", "101000"),
    ("Поштовий індекс", "01001"), ("Posta kodu", "34000"), ("Mã bưu chính", "100000"),
    ("PIN code", "560 001"), ("Pincode", "110001"), ("Eircode", "D02 X285"),
    ("Ταχυδρομικός κώδικας", "105 57"), ("郵便番号", "100-0001"), ("ZIP code", "94105-1234"),
    ("Kode pos", "10110"), ("Sihtnumber", "10111"), ("Pašto kodas", "01100"),
]  # fmt: skip


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_postcodes(text)]


@pytest.mark.parametrize(("label", "value"), COUNTRIES)
@pytest.mark.parametrize("form", ["{l}: {v}", "{l} {v}", "| {l} | {v} |", "{l}\n{v}"])
def test_postcode_after_its_label(label: str, value: str, form: str) -> None:
    text = "Name: X\n" + form.format(l=label, v=value) + "\nTel: -"
    assert _values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Caller: my postcode is 31-042.", "31-042"),
        ("Agent: and the zip code? Caller: 30301", "30301"),
        ("Caller: the zip is 60601, thanks", "60601"),
        ("Agent: Can I have your postcode?\nCaller: 02108", "02108"),
        ("Agent: What's the ZIP?\nCaller: It's 30301.", "30301"),
        ("Die PLZ ist 80331.", "80331"),
        ("Meine Postleitzahl lautet 80331.", "80331"),
        ("Mój kod pocztowy to 31-042.", "31-042"),
        ("Mi código postal es 28001.", "28001"),
        ("Le code postal est le 75001.", "75001"),
        ("Kod pocztowy i miejscowość: 61-701", "61-701"),
        ("Adres: ul. X, kod: 61-701", "61-701"),
        ("Zip: 30301", "30301"),
    ],
)
def test_postcode_said_in_a_sentence_or_a_chat_answer(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cap the dose at 2000 units per day.",
        "Pin site 1234 cleaned.",
        "Kod rabatowy 12345 wygasł.",
        "The postal service delivered 12345 letters in 2019.",
        "Postcode area covers 2019 households.",
        "Zip the bag, 12345 units",
        "The postcode lottery paid 50000 pounds.",
        "Postleitzahl unbekannt, Gewicht 72.5 kg",
    ],
)
def test_label_words_as_ordinary_words_stay(text: str) -> None:
    assert _values(text) == []


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("PLZpostcode :-|?\n0123456789 ZIPkod"), max_size=80))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_postcodes(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip()
