"""Structured values by the convention that writes them (session 34): an airline booking
reference where IATA's bar-coded boarding pass (Resolution 792) and an Amadeus PNR's header
put it; a six-digit local phone number written in groups, and after Arabic phone words; an
Argentine boulevard with its N° plate; a Slovene town whose common noun is lower case
("Novo mesto"). Beside them, the same shapes that are no identifier stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.addresses import find_addresses
from app.redaction.phones import find_phones
from app.redaction.record_numbers import find_airline_records, find_fixed_shapes
from app.redaction.structured import find_structured


def _masked(text: str, value: str) -> bool:
    """Whether every character of `value` in `text` is inside a structured finding."""
    at = text.index(value)
    spans = find_structured(text)
    return all(any(s.start <= i < s.end for s in spans) for i in range(at, at + len(value)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("M1NAKAMURA/KEN        EQX7Z2PL CDGNRTAF 0276 045Y012C0033 100", "QX7Z2PL"),
        ("M1OKAFOR/ADA  E4410/55237 AMSLOSKL 0589 211Y017B0002 100", "4410/55237"),
        ("RP/5512/40931/\n  1.OKAFOR/ADA MS", "5512/40931"),
        ("RP/MADIB0108/MADIB0108  AA/SU\n", "MADIB0108/MADIB0108"),
    ],
)  # fmt: skip
def test_airline_booking_reference_is_masked(text: str, value: str) -> None:
    assert _masked(text, value), text
    assert any(s.rule in ("iata_bcbp_pnr", "amadeus_record") for s in find_fixed_shapes(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Staff no. 3318/0042917 on file", "3318/0042917"),
        ("Booking 4410/55237 confirmed", "4410/55237"),
    ],
)
def test_two_slashed_digit_groups_longer_than_a_date_are_a_reference(text: str, value: str) -> None:
    assert _masked(text, value), text


@pytest.mark.parametrize("text", ["BP 120/80, ratio 1/2", "dose 500/125 mg", "page 12/345"])
def test_short_slashed_numbers_stay(text: str) -> None:
    assert [s for s in find_fixed_shapes(text) if s.rule == "slash_reference"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "M1 tablet taken at 08:00",  # a pill, no pass
        "M2 receptor blockade; M4 agonist",
        "RP/ not given",
        "Notes: RP/review booked",  # not a header line's start
    ],
)  # fmt: skip
def test_no_airline_record_in_other_text(text: str) -> None:
    assert find_airline_records(text) == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("المريض: رقمي 612 908", "612 908"),
        ("يمكنك الاتصال على هاتفي 44 18 09", "44 18 09"),
        ("Tel 731 225 (desk)", "731 225"),
        ("bleep 0215", "0215"),
    ],
)  # fmt: skip
def test_short_phone_after_its_word_is_found(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in find_phones(text)], text


@pytest.mark.parametrize(
    "text",
    ["Dose 200 mg twice", "mobile 20 mg", "رقم 5 في القائمة", "phone 12 hours later"],
)
def test_doses_and_counts_are_no_short_phone(text: str) -> None:
    assert [s for s in find_phones(text) if s.rule == "phone_short_after_word"] == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("| Home | Boulevard 12 N° 905 Piso 3 Dto. B; Rosario 2000 |", "Boulevard 12 N° 905"),
        ("enviar a Bv. 9 N° 1203, Rafaela 2300", "Bv. 9 N° 1203"),
        ("Trubarjeva cesta 7\n8000 Novo mesto", "Novo mesto"),
        ("Pot na polje 4, 3254 Nova vas", "Nova vas"),
    ],
)  # fmt: skip
def test_address_form_is_masked_whole(text: str, value: str) -> None:
    assert _masked(text, value), text


@pytest.mark.parametrize(
    "text",
    ["Boulevard of broken dreams, 4 times", "the boulevard N° 2 is closed"],
)
def test_boulevard_without_its_plate_is_no_address(text: str) -> None:
    assert [s for s in find_addresses(text) if s.rule == "address_numbered_street"] == []


_PIECES = st.sampled_from(
    [
        "M1", "RP/", "E", "/", "LHRDXBEK", "4410", "55237", "SMITH/ANN", "رقمي", "هاتف", "800",
        "754", "Boulevard", "N°", "Dto.", "Novo", "mesto", "\n", " ", "  ", ", ",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_findings_on_any_mix_stay_inside(text: str) -> None:
    for span in (*find_airline_records(text), *find_phones(text), *find_addresses(text)):
        assert 0 <= span.start < span.end <= len(text)
