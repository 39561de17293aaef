"""IPv6 addresses at the edge of a URL's port or a log's colon (issue 15, session 42,
split X): a full address followed by ":port" or by a colon that opens no group is still
an address; clock times stay. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.patterns import IP_ADDRESS
from app.redaction.structured import pattern_spans


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in pattern_spans(text, IP_ADDRESS)}


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("sftp://9a0b:1c2d:3e4f:5a6b:7c8d:9e0f:a1b2:c3d4:2222/in",
         "9a0b:1c2d:3e4f:5a6b:7c8d:9e0f:a1b2:c3d4"),
        ("WARN refused from fd12:3456:789a:1:22:bcd:e0f:4: timeout",
         "fd12:3456:789a:1:22:bcd:e0f:4"),
        ("peer [2a01:4f8:10a:1:0:0:0:2]:443 up", "2a01:4f8:10a:1:0:0:0:2"),
    ],
)  # fmt: skip
def test_address_before_a_port_or_a_colon_is_found(text: str, address: str) -> None:
    assert address in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Logged at 10:42:07: all good",
        "a:b:c:d:e:f:a:b:c is nine groups",
    ],
)
def test_clock_times_and_longer_runs_are_no_address(text: str) -> None:
    assert _values(text) == set()
