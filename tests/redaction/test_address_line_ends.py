"""Where an address ends and starts (session 33): the postcode-first last line closes an
address block (UPU S42: "Kirkegata 7, 8162 Bodø", "Bergstraße 5\\n95051 Hünfeld"), a
street's name and its type share a line, and an English preposition before an address
("of 67 Oak Crescent") is no part of it. Values are made up for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.addresses import field_key, find_addresses

CLOSED_BLOCKS = [
    # (name, text, the address, the next line's text that stays readable)
    (
        "norwegian, next line a greeting",
        "Adr: Kirkegata 7, 8162 Bodø\nDear Dr Aune,\n",
        "Kirkegata 7, 8162 Bodø",
        "Dear",
    ),
    (
        "german, next line a tax id label",
        "Widerspruch der Frau Lind, Bergstraße 95, 95051 Hünfeld\nSteuer-ID 12 345 678 901\n",
        "Bergstraße 95, 95051 Hünfeld",
        "Steuer-ID",
    ),
    (
        "icelandic three-digit postcode, next line a diagnosis",
        "Heimilisfang: Skólagata 12, 101 Reykjavík\nSykursýki; metformín 500 mg\n",
        "Skólagata 12, 101 Reykjavík",
        "Sykursýki",
    ),
    (
        "postcode on its own line, then a heading",
        "Empfänger:\nLindenweg 14\n04109 Leipzig\nBefundbericht Labor\n",
        "Lindenweg 14\n04109 Leipzig",
        "Befundbericht",
    ),
]


def masked(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in find_addresses(text)]


def covered(text: str, value: str) -> bool:
    start = text.index(value)
    return any(s <= start and start + len(value) <= e for s, e in masked(text))


def touched(text: str, word: str) -> bool:
    start = text.index(word)
    return any(s < start + len(word) and start < e for s, e in masked(text))


@pytest.mark.parametrize(("name", "text", "value", "after"), CLOSED_BLOCKS)
def test_a_postcode_first_line_closes_the_block(
    name: str, text: str, value: str, after: str
) -> None:
    assert covered(text, value), name
    assert not touched(text, after), name


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        (
            "country line in its language",
            "c/o Weber\nLindenweg 14\n04109 Leipzig\nDeutschland",
            "Deutschland",
        ),
        ("town after the postcode, same line", "Kirkegata 7, 8162 Bodø Sentrum", "Kirkegata 7"),
        (
            "us house number is no postcode",
            "Seen at 1234 Maple Street\nSpringfield, IL 62704",
            "Springfield",
        ),
    ],
)
def test_what_the_block_still_holds(name: str, text: str, value: str) -> None:
    assert covered(text, value), name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Date of death: 18 May 2023\nPlace of death: home", "Place of death"),
        ("Admitted 2 June 2024\nPlace of safety order lifted", "Place of safety"),
        ("Total 2023\nRoad traffic accident, no injuries", "Road traffic"),
    ],
)
def test_a_street_name_and_its_type_share_a_line(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sponsor: Tom Hale, citizen, of 67 Oak Crescent, Newtown, PA9 0YW", "67 Oak Crescent"),
        ("the estate of A. B., late of Flat 9, Elm Road, Oldtown, W1E 8ZF", "Flat 9, Elm Road"),
        ("Oficina: Of. 302, Calle Mayor 5, 28013 Madrid", "Calle Mayor 5"),
    ],
)
def test_an_english_preposition_before_an_address_stays(text: str, value: str) -> None:
    assert covered(text, value)
    prepositions = [w for w in (" of ",) if w in text]
    for word in prepositions:
        start = text.index(word) + 1
        assert not any(s <= start < e for s, e in masked(text)), text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Kirkegata 7",
                ", ",
                "8162 Bodø",
                "\n",
                "Dear",
                " ",
                "Dr",
                "18 May 2023",
                "Place",
                "of",
                "Deutschland",
                "04109",
                "Leipzig",
                "CH-8001",
                "Zürich",
                "Road",
                "12",
            ]
        ),
        max_size=14,
    )
)
def test_addresses_never_crash_and_stay_inside_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    for start, end in masked(text):
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        (
            "(0008,0080) InstitutionAddress    12 Birch Brook, Port Hill, NH 03458",
            "12 Birch Brook, Port Hill, NH 03458",
            "InstitutionAddress",
        ),
        (
            "    PstlAdr\n      AdrLine Kerklaan 9, 2264 EK, Ter Aar /AdrLine\n  DbtrAcct Id",
            "Kerklaan 9, 2264 EK, Ter Aar",
            "AdrLine",
        ),
        (
            "Dbtr.PstlAdr = 17 Oak Road, Newtown, OX6 5XW\nDbtrAcct.IBAN = GB00",
            "17 Oak Road, Newtown, OX6 5XW",
            "PstlAdr",
        ),
    ],
)
def test_a_records_field_key_is_not_the_address(text: str, value: str, key: str) -> None:
    assert covered(text, value)
    assert not touched(text, key)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lives at 12 McArthur Street, Sydney NSW 2000", "12 McArthur Street"),
        ("Addr: Flat 2, 7 MacDonald Road, DeKalb, IL 60115", "Flat 2, 7 MacDonald Road, DeKalb"),
        ("Addr: 4 FitzRoy Lane, LaSalle, IL 61301", "4 FitzRoy Lane, LaSalle"),
    ],
)
def test_a_name_with_a_capital_inside_is_still_an_address(text: str, value: str) -> None:
    assert covered(text, value)


@pytest.mark.parametrize(
    ("token", "key"),
    [
        ("(0010,1040)", True),
        ("InstitutionAddress", True),
        ("/AdrLine", True),
        ("CdtrAcct.Othr.Id", True),
        ("McArthur", False),
        ("DeKalb", False),
        ("Main", False),
        ("12", False),
    ],
)
def test_field_keys(token: str, key: bool) -> None:
    assert field_key(token) is key


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=24))
def test_field_key_never_crashes(token: str) -> None:
    assert field_key(token) in (True, False)


@pytest.mark.parametrize(
    ("text", "value", "cue"),
    [
        ("Bor i Nordby, 5 Elm Junction\nStabil angina", "Nordby, 5 Elm Junction", "Bor i"),
        (
            "Vive en Alameda Rocha, 38, 9º Esq.\n4050-123 Porto; cuida de su madre",
            "Alameda Rocha, 38, 9º Esq.\n4050-123 Porto",
            "Vive en",
        ),
        ("Patient bor på Storgata 5, 0155 Oslo", "Storgata 5, 0155 Oslo", "bor på"),
    ],
)
def test_a_residence_verb_before_an_address_stays(text: str, value: str, cue: str) -> None:
    assert covered(text, value)
    assert not touched(text, cue)


def test_bor_the_town_is_still_an_address() -> None:
    text = "Adresse: Trg Oslobođenja 5, 19210 Bor"
    assert covered(text, "Trg Oslobođenja 5, 19210 Bor")


def test_a_joined_german_street_word_opens_the_street() -> None:
    text = "Anliegen: Adressänderung auf Lindengasse 7/2, 60730 Neustadt\nBearbeitet von Tom"
    assert covered(text, "Lindengasse 7/2, 60730 Neustadt")
    assert not touched(text, "Adressänderung")
    assert not touched(text, "Bearbeitet")
