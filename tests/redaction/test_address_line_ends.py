"""Where an address ends and starts (session 33): the postcode-first last line closes an
address block (UPU S42: "Kirkegata 7, 8162 Bodø", "Bergstraße 5\\n95051 Hünfeld"), a
street's name and its type share a line, and an English preposition before an address
("of 67 Oak Crescent") is no part of it. Values are made up for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.addresses import find_addresses

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
