"""Addresses of Ukraine, Russia, Bulgaria and Belarus written in Latin letters, as the
national romanisation systems spell the street, house and flat words (Ukraine's KMU 2010
table, Russia's BGN/PCGN and ICAO Doc 9303 tables, Bulgaria's 2009 Transliteration Act,
Belarus's 2007 system), are masked whole with the town and postcode after them; the same
words in ordinary English prose stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.address_words import ROMANISED_STREET_TYPES
from app.redaction.addresses import find_addresses


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_addresses(text))


@pytest.mark.parametrize(
    "address",
    [
        # Ukraine, KMU 2010 (вулиця, провулок, площа, узвіз, набережна, бульвар; буд., кв.)
        "vulytsia Khreshchatyk, bud. 22, kv. 5, Kyiv, 01001",
        "uzviz Andriivskyi, bud. 38 kv. 4, Kyiv, 04070",
        "provulok Tykhyi, bud. 7, Lviv, 79000",
        "ploshcha Rynok, bud. 1, Lviv, 79008",
        "naberezhna Peremohy, bud. 12 kv. 90, Dnipro, 49094",
        "bulvar Lesi Ukrainky 26, kv. 4",
        "prospekt Kuialnytskyi mist, bud. 65, Kupiansk, 82273",
        # Russia, BGN/PCGN and ICAO (улица, переулок, площадь, дом, корпус, квартира)
        "ulitsa Lenina, d. 5, kv. 12, Kazan, 420111",
        "pereulok Sivtsev Vrazhek 12",
        "naberezhnaya Fontanki, d. 20, korp. 2, kv. 31",
        "Mikrorayon Yubileiny, d. 5 korp. 2 kv. 12",
        "ulitca Mira, dom 7, kv. 3",
        # Bulgaria, Streamlined System (улица, булевард, ж.к., бл., вх., ет., ап.)
        "ul. Shipka No 220, et. 2, 8526 Varna",
        "bulevard Vitosha, bl. 12, vh. A, et. 2, ap. 5",
        # Belarus, national system (вуліца, праспект)
        "praspekt Nezalezhnastsi, dom 65, kv. 8",
    ],
)
def test_romanised_street_addresses_are_masked_whole(address: str) -> None:
    for text in (f"Pickup: {address}  GPS pending", f"Lives at {address}.", address):
        assert _covered(text, address), text


@pytest.mark.parametrize(
    "text",
    [
        "He went pro bono; the tupik was a dead end.",
        "The maidan protests of 2014 were in the capital.",
        "Review the prospekt of the fund before the meeting.",
        "Dose per kg: 5 mg, d. 2 of the cycle.",
        "The bulvar cafe closed early.",
        "The shose were left by the door.",
    ],
)
def test_the_same_words_in_prose_are_no_address(text: str) -> None:
    assert find_addresses(text) == [], text


_NAMES = st.from_regex(r"[A-Z][a-z]{3,12}", fullmatch=True)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.sampled_from([t for t in ROMANISED_STREET_TYPES if not t.endswith(".")]),
    st.tuples(_NAMES, _NAMES),
    st.tuples(st.integers(1, 999), st.integers(1, 999), st.integers(10000, 99999)),
)
def test_any_type_name_house_flat_town_postcode(
    kind: str, names: tuple[str, str], numbers: tuple[int, int, int]
) -> None:
    (name, town), (house, flat, postcode) = names, numbers
    address = f"{kind} {name}, bud. {house:03d} kv. {flat:02d}, {town}, {postcode}"
    assert _covered(f"Address given: {address}\nNext line", address), address


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.text(max_size=200))
def test_finding_never_raises_and_stays_inside(text: str) -> None:
    for span in find_addresses(text):
        assert 0 <= span.start < span.end <= len(text)
