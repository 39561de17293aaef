"""Addresses and places in the forms of more countries' postal conventions: the Slavic
street-type words (Croatian, Slovenian, Serbian, Czech, Slovak street registers: "dol",
"trg", "steza", "náměstí"/"nám."), Persian and Arabic street words (Iran Post's street-to-
plate order, the Arab states' "شارع"), a form's bracketed address box, a postcode given
alone as the answer to a question for it, Iran's ten-digit postcode after its label, and a
place in a script without capitals after a residence word or in address position."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.addresses import find_addresses
from app.redaction.places import find_places
from app.redaction.postcodes import find_postcodes
from app.redaction.spans import Span


def _values(text: str, spans: list[Span]) -> set[str]:
    return {text[s.start : s.end] for s in spans}


ADDRESSES = {
    "croatian dol, postcode and town": (
        "Follow-up: GP H. Taheri at Zeleni dol 7b 01375 Zaprešić",
        "Zeleni dol 7b 01375 Zaprešić",
    ),
    "croatian trg written first": (
        "Trg Republike 3, 10000 Zagreb",
        "Trg Republike 3, 10000 Zagreb",
    ),
    "czech náměstí written first": ("Bydlí: náměstí Míru 12, Praha 2", "náměstí Míru 12, Praha 2"),
    "czech nám. after the name": ("Masarykovo nám. 5, Brno", "Masarykovo nám. 5, Brno"),
    "slovenian steza": ("Zelena steza 4, Ljubljana", "Zelena steza 4, Ljubljana"),
    "serbian bulevar": ("Bulevar Oslobođenja 7, Novi Sad", "Bulevar Oslobođenja 7, Novi Sad"),
    "persian street to plate and unit": (
        "تهران، خیابان آزادی، کوچه ۱۲، پلاک ۴، واحد ۳",
        "تهران، خیابان آزادی، کوچه ۱۲، پلاک ۴، واحد ۳",
    ),
    "persian square, unit, village, province and postcode": (
        "محل سکونت: 66915 سارینا میدان سوئیت 688, روستای پارسا, ایلام 468443",
        "66915 سارینا میدان سوئیت 688, روستای پارسا, ایلام 468443",
    ),
    "arabic shari with its number": (
        "العنوان شارع الملك فهد 12، الرياض",
        "شارع الملك فهد 12، الرياض",
    ),
    "slovak street without a type word, in brackets": (
        "carer at the client's (Prídanky 41)",
        "Prídanky 41",
    ),
    "slovak feminine adjective street": (
        "Bydlisko: Hlavná 12, Bratislava",
        "Hlavná 12, Bratislava",
    ),
    "czech feminine adjective street": ("Nádražní 5, Praha", "Nádražní 5, Praha"),
    "a form's bracketed address box": (
        "Title [ Mx ]\nHome address [ 14 Calle Mayor, 28013 Madrid ]\nPrevious GP [ Dr K ]",
        "14 Calle Mayor, 28013 Madrid",
    ),
}


@pytest.mark.parametrize(("text", "value"), ADDRESSES.values(), ids=ADDRESSES.keys())
def test_address_is_found_whole(text: str, value: str) -> None:
    assert value in _values(text, find_addresses(text))


NOT_ADDRESSES = {
    "english 'put' before a count": "Nurse put 2 cannulas in.",
    "english words ending like a slovak plural": "Lucky 7, then Kentucky 5.",
    "a country and a year": "Moved from Germany 2020.",
    "a czech given name and an age": "Tomáš 45, male",
    "slavic word without a name before it": "dol 5 stairs",
    "persian 'in the street' without a number": "درد در خیابان بود",
    "a persian street named without a number": "He lives on خیابان ولیعصر",
    "an address box that points elsewhere": "Address [ see above ]",
}


@pytest.mark.parametrize("text", NOT_ADDRESSES.values(), ids=NOT_ADDRESSES.keys())
def test_ordinary_words_stay(text: str) -> None:
    assert find_addresses(text) == []


POSTCODES = {
    "chat answer alone after the speaker's tag": (
        "[12/May/2022:17:58:22] <agent> sorry! can you confirm postcode?\n"
        "[2025/01/17 13:43] <g.cheema> 68288\n[2025/01/17 13:43] <g.cheema> thanks",
        "68288",
    ),
    "call answer after the speaker's name": ("Zip code?\nCaller: 30301", "30301"),
    "answer two lines down": ("postcode?\nAgent: ok\nCaller: 2000", "2000"),
    "iran's ten digits after its label": ("کد پستی: 1234567890", "1234567890"),
    "iran's ten digits in persian digits": ("کد پستی ۱۲۳۴۵-۶۷۸۹۰", "۱۲۳۴۵-۶۷۸۹۰"),
}


@pytest.mark.parametrize(("text", "value"), POSTCODES.values(), ids=POSTCODES.keys())
def test_postcode_is_found(text: str, value: str) -> None:
    assert value in _values(text, find_postcodes(text))


@pytest.mark.parametrize(
    "text",
    [
        "What is your postcode?\nI have 12 tablets\n",  # a number inside a sentence
        "Dose?\n20 mg\n12345",  # a question that is not for the postcode
    ],
)
def test_numbers_that_answer_something_else_stay(text: str) -> None:
    assert find_postcodes(text) == []


PLACES = {
    "bengali district after 'last known'": (
        "Father: Nikos Elezi, last known রাজবাড়ী\nSchool: x",
        "রাজবাড়ী",
    ),
    "nepali district after 'Lives'": ("Son's mob +9779842840411. Lives पाल्पा.", "पाल्पा"),
    "persian place after a name and a comma": (
        "Previous GP [ Dr Karjalainen, شرق محدثه ]",
        "شرق محدثه",
    ),
}


@pytest.mark.parametrize(("text", "value"), PLACES.values(), ids=PLACES.keys())
def test_place_in_another_script_is_found(text: str, value: str) -> None:
    assert value in _values(text, find_places(text))


@pytest.mark.parametrize(
    "text",
    [
        "Child: চঞ্চল আলম, born 01 Dec 1993",  # a name before the comma, not after
        "Patient is currently stable.",
        "Smith, 张伟 (brother)",  # the segment does not end its field
    ],
)
def test_no_place_without_its_position(text: str) -> None:
    assert find_places(text) == []


_WORDS = ("خیابان", "میدان", "پلاک", "واحد", "شارع", "postcode", "Zip", "Lives", "dol", "Trg")
_NAMES = ("رضا", "সাত", "पाल्पा", "Dr", "Smith", "Home address", "Caller:")
_ALPHABET = st.sampled_from([*"0123456789۰۱۲۳۴۵۶۷۸۹ ,،?:[]<>\n.-", *_WORDS, *_NAMES])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=30))
def test_finders_return_spans_inside_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for span in (*find_addresses(text), *find_postcodes(text), *find_places(text)):
        assert 0 <= span.start < span.end <= len(text)
