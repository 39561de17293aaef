"""Addresses whose street type is in none of our lists, found by the rest of their shape:
a house number and two or three capitalised words after "at" ending the clause ("still at
560 Victoria Ithafa?"), and a US last line "ST 12345" after a comma, taken back over a
street and town in any script (USPS Publication 28's "CITY, ST 12345"); a quantity after
"at" stays."""

from __future__ import annotations

import pytest

from app.redaction.addresses import find_addresses


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_addresses(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("me: ok! still at 560 Victoria Ithafa?\nthem: yep", "560 Victoria Ithafa"),
        ("She lives at 14 Umgwaqo Mandela, Durban.", "14 Umgwaqo Mandela"),
        ("Collect at 7 Rruga Durresit.", "7 Rruga Durresit"),
        ("saeed: 0903 نشأت Rapids وليدchester, GU 88803\nagent: done", "0903 نشأت Rapids"),
        ("saeed: 0903 نشأت Rapids وليدchester, GU 88803\nagent: done", "GU 88803"),
        ("Send to 12 Oak St, Москва, NY 10001.", "Москва, NY 10001"),
    ],
)
def test_unlisted_street_types_are_masked(text: str, value: str) -> None:
    assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen at 6 Weeks Post Op.",
        "Review at 3 Monthly Intervals.",
        "BP checked at 8 Hours Post Dose.",
        "Started at 2 Tablets Daily, then stopped.",
    ],
)
def test_quantities_after_at_are_no_address(text: str) -> None:
    assert find_addresses(text) == [], text


def test_a_times_minutes_are_no_house_number() -> None:
    assert find_addresses("Discharge Summary 09:00\nWard Round 10:30") == []


def test_a_house_number_ending_a_table_line_takes_the_street_below() -> None:
    assert _covered("| Flat | 85\nGarg Road | Leeds |", "85\nGarg Road")
    assert _covered("Seen at 12 Acacia Road, Leeds today", "12 Acacia Road")


@pytest.mark.parametrize("relative", ["Mother", "Husband", "Tochter", "Épouse"])
def test_a_relatives_line_after_an_address_is_not_part_of_it(relative: str) -> None:
    text = f"Strada Oprea Nr. 368, Babadag, 221302\n{relative} Eftimia Ene (04-Jun-61)"
    assert _covered(text, "Strada Oprea Nr. 368, Babadag, 221302")
    assert not any("Eftimia" in text[s.start : s.end] for s in find_addresses(text))
