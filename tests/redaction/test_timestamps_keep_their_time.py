"""Timestamps (session 33): a log's "2019:08:15:30" (the Common Log Format's year and
time) is no IPv6 address, and a time zone "+0000" is no phone number (ITU-T E.164: no
country code starts with 0). Values are made up."""

from __future__ import annotations

import pytest

from app.redaction.patterns import IP_ADDRESS, PHONE, is_clock_time

IPV6 = next(p for p in IP_ADDRESS if p.name == "ipv6")
PHONE_INTL = next(p for p in PHONE if p.name == "phone_intl")


@pytest.mark.parametrize("value", ["2019:08:15:30", "00:00:04", "14:32:07"])
def test_a_log_time_is_no_ipv6(value: str) -> None:
    assert is_clock_time(value)


@pytest.mark.parametrize(
    "value", ["2001:db8:85a3:8d3:1319:8a2e:370:7348", "fe80:1:2:3", "2019:db8:15:30"]
)
def test_an_ipv6_address_is_still_one(value: str) -> None:
    assert not is_clock_time(value)
    assert IPV6.regex.search(f"from {value} today") is not None


def test_a_time_zone_is_no_phone() -> None:
    assert PHONE_INTL.regex.search('[04/Jul/2019:08:15:30 +0000] "GET /"') is None
    assert PHONE_INTL.regex.search("mobile +44 7700 900123") is not None
