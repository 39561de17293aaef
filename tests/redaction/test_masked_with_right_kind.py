"""A number another rule names better is masked under that kind, not as a phone: a dotted
quad of octets is an IPv4 address (RFC 791), a number after an identifier word is that
record's number, a year before a slash starts a case number (area codes written before a
slash begin with the trunk "0"). A phone word before the number keeps it a phone."""

from __future__ import annotations

import pytest

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
        ("area code before slash", "Phone 0221/4567890", "0221/4567890", "PHONE_NUMBER"),
        ("year-slash after call", "Call 2020/606018", "2020/606018", "PHONE_NUMBER"),
    ],
)
def test_kind(_case: str, text: str, value: str, kind: str) -> None:
    assert _kinds(text, value) == {kind}
