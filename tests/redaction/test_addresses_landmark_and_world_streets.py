"""Addresses placed relative to a road (the "off X Road" of Nigerian, Ghanaian and Kenyan
addresses), Maltese, Arabic (in Latin letters) and Swahili street types, and places named
by a column header's compound head ("Händlerort", "merchant_city"). Values are written
for this test from the postal conventions (real roads and localities, MaltaPost's
postcode shape AAA NNNN from Google's address data); none is copied from an evaluation
document. Clinical and financial prose with "off", "plot", "road", "Sharia" stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.field_names import PLACE, field_kind, words
from app.redaction.place_fields import place_header
from app.redaction.structured import find_structured
from tests.redaction.test_address_blocks import covered

ADDRESSES = [
    ("nigeria off", "Seen today; lives at Plot 1061, Ahmadu Bello Way, off Ozumba Mbadiwe "
     "Avenue, Victoria Island, with her son.", "Plot 1061, Ahmadu Bello Way, off Ozumba "
     "Mbadiwe Avenue, Victoria Island"),
    ("kenya off", "Delivery to 14 Ngong Lane, off Ngong Road, Nairobi before noon.",
     "14 Ngong Lane, off Ngong Road, Nairobi"),
    ("ghana along", "Home: House 7, Palace Street, along Spintex Road, Accra.",
     "House 7, Palace Street, along Spintex Road, Accra"),
    ("malta article", "Please post it to 12, Triq San Ġorġ, San Ġiljan STJ 3208 today.",
     "12, Triq San Ġorġ, San Ġiljan STJ 3208"),
    ("malta assimilated", "Moved to Flat 4, Vjal ir-Riħan, San Ġwann SGN 4506 in May.",
     "Flat 4, Vjal ir-Riħan, San Ġwann SGN 4506"),
    ("malta tal", "Clinic letter sent to 3, Triq tal-Qroqq, Msida MSD 2080.",
     "3, Triq tal-Qroqq, Msida MSD 2080"),
    ("egypt sharia", "Host: 26 Sharia Talaat Harb, Cairo, since 2019.",
     "26 Sharia Talaat Harb, Cairo"),
    ("egypt midan article", "Sent to 5 Midan el-Tahrir, Giza and signed for.",
     "5 Midan el-Tahrir, Giza"),
    ("tanzania mtaa", "She stays at Mtaa wa Samora, Arusha with an aunt.",
     "Mtaa wa Samora, Arusha"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "value"), ADDRESSES, ids=[a[0] for a in ADDRESSES])
def test_the_whole_address_is_masked(name: str, text: str, value: str) -> None:
    assert covered(text, value), name


READABLE = [
    ("off work", "Seen at 4 Park Road, off work until Monday, review then.", "off work until"),
    ("fell off", "Fell off a ladder near the garage; plot 3 of the growth chart normal.",
     "Fell off a ladder"),
    ("plot", "Plot the INR against dose; road traffic accident in 2019.", "Plot the INR"),
    ("sharia law", "Discussed Sharia law and fasting with Tariq Ali, aged 25 years.",
     "Sharia law"),
    ("written off", "Loan written off by Barclays Bank in March; balance 0.", "written off by"),
    ("taper off", "Taper off steroids along the usual schedule.", "Taper off steroids along"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "kept"), READABLE, ids=[r[0] for r in READABLE])
def test_prose_with_landmark_and_street_words_stays(name: str, text: str, kept: str) -> None:
    start = text.index(kept)
    masked = [s for s in find_structured(text) if s.kind in ("ADDRESS", "LOCATION")]
    assert not any(s.start < start + len(kept) and start < s.end for s in masked), name


def test_a_maltese_postcode_closes_the_address_block() -> None:
    # MaltaPost writes the locality and its postcode last: the next line is no address.
    text = "Address: 4, Triq il-Wied, Birkirkara BKR 4011\nAsthma - inhaler kept in office\n"
    masked = [s for s in find_structured(text) if s.kind == "ADDRESS"]
    assert covered(text, "4, Triq il-Wied, Birkirkara BKR 4011")
    assert not any(s.end > text.index("Asthma") for s in masked)


def test_a_compound_place_header_masks_its_column() -> None:
    text = "Zeit;Händlerort;Betrag\n2024-01-03;Gjirokastër;12,00 EUR\n2024-01-04;Shkodër;8,50 EUR\n"
    found = {text[s.start : s.end] for s in find_structured(text) if s.kind == PLACE}
    assert {"Gjirokastër", "Shkodër"} <= found


HEADERS = [
    ("Händlerort", True), ("Geburtsort", True), ("Aufenthaltsort", True),
    ("Heimatstadt", True), ("woonplaats", True), ("hemort", True), ("kotikunta", True),
    ("merchant_city", True), ("IssuingTown", True), ("fødested", True),
    ("Export", False), ("Transport", False), ("Passwort", False), ("Komfort", False),
    ("Resort", False), ("Posted", False), ("city_code", False), ("Werkstatt", False),
    ("capacity", False), ("Report", False),
]  # fmt: skip


@pytest.mark.parametrize(("header", "place"), HEADERS, ids=[h[0] for h in HEADERS])
def test_place_headers_by_their_head_word(header: str, place: bool) -> None:
    assert place_header(words(header)) is place
    if place:
        assert field_kind(header) == (PLACE, True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_header_reads_without_error(header: str) -> None:
    # Headers are outside text: whatever they hold, the reading is a plain answer.
    assert isinstance(place_header(words(header)), bool)
    kind = field_kind(header)
    assert kind is None or isinstance(kind[0], str)
