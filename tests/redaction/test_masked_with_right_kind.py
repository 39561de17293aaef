"""A number another rule names better is masked under that kind, not as a phone: a dotted
quad of octets is an IPv4 address (RFC 791), a number after an identifier word is that
record's number, a year before a slash starts a case number (area codes written before a
slash begin with the trunk "0"). A phone word before the number keeps it a phone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.phones import named_by_kind
from app.redaction.structured import find_structured
from app.redaction.text import merge_spans


def _kinds(text: str, value: str) -> set[str]:
    start = text.index(value)
    return {
        s.kind
        for s in merge_spans(find_structured(text))
        if s.start <= start and start + len(value) <= s.end
    }


@pytest.mark.parametrize(
    ("_case", "text", "value", "kind"),
    [
        ("ipv4 in a log", "Server at 192.168.10.24 failed.", "192.168.10.24", "IP_ADDRESS"),
        ("medicare number", "Medicare no. 2052 09808 4", "2052 09808 4", "RECORD_NUMBER"),
        ("portal id", "Portal id 54641.537", "54641.537", "RECORD_NUMBER"),
        ("incident number", "Incident 2020/606018 logged.", "2020/606018", "RECORD_NUMBER"),
        ("phone after tel no.", "Tel no. 020 7946 0958", "020 7946 0958", "PHONE_NUMBER"),
        (
            "trunk prefix after number",
            "Home number: 020 7946 0958",
            "020 7946 0958",
            "PHONE_NUMBER",
        ),
        ("nanp after no.", "Daytime no. 212-555-0147", "212-555-0147", "PHONE_NUMBER"),
        ("area code before slash", "Phone 0221/4567890", "0221/4567890", "PHONE_NUMBER"),
        ("year-slash after call", "Call 2020/606018", "2020/606018", "PHONE_NUMBER"),
    ],
)
def test_kind(_case: str, text: str, value: str, kind: str) -> None:
    assert _kinds(text, value) == {kind}


# Words beside an identifier that stay readable, and the identifier that stays masked.
@pytest.mark.parametrize(
    ("_case", "text", "readable", "masked"),
    [
        ("vin label after plate", "Plate NA 4538 EX, VIN 1HGCM82633A004352", "VIN", "NA 4538 EX"),
        ("gps label after number", "Unit 87389  GPS 52.1234, 4.5678", "GPS", "52.1234, 4.5678"),
        ("flat alone", "see kv. 3 of the report; ul. Mira, d. 23, kv. 120", "kv. 3", "kv. 120"),
    ],
)
def test_readable_beside_masked(_case: str, text: str, readable: str, masked: str) -> None:
    spans = merge_spans(find_structured(text))
    at = text.index(readable)
    assert not any(s.start < at + len(readable) and at < s.end for s in spans)
    assert _kinds(text, masked)


def test_town_in_capitals_is_still_a_town() -> None:
    assert _kinds("Musterstr. 5, 10115 BERLIN", "10115 BERLIN") == {"ADDRESS"}
    assert _kinds("Lange Gracht 4, 1234 AB AMSTERDAM", "1234 AB AMSTERDAM") == {"ADDRESS"}


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789. /-idnoTelIP:\n", max_size=80))
def test_named_by_kind_only_drops_other_readings(text: str) -> None:
    spans = find_structured(text)
    kept = named_by_kind(text, spans)
    assert set(kept) <= set(spans)
    assert [s for s in spans if s.kind == "IP_ADDRESS"] == [
        s for s in kept if s.kind == "IP_ADDRESS"
    ]
