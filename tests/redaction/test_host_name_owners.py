"""The owner named in a device's host name as DHCP and Wi-Fi logs print it, in two more
ways people name a device: the device word first and "of" the owner ("Galaxy-of-<name>"),
and a given name and a surname joined by a hyphen before the device word
("<given>-<surname>-laptop"). Invented values; a maker's default name and words stay."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text
from app.redaction.user_handles import device_owners


def _owners(text: str) -> list[str]:
    return [text[s.start : s.end] for s in device_owners(text, lambda _word: False)]


@pytest.mark.parametrize(
    ("host", "owner"),
    [
        ("Galaxy-of-tomek", "tomek"),
        ("iPad-of-Zubeida", "Zubeida"),
        ("iPhone_of_radka", "radka"),
        ("jarek-nowicki-laptop", "jarek-nowicki"),
        ("vaclava-brezinova-pc", "vaclava-brezinova"),
    ],
)
def test_owner_found(host: str, owner: str) -> None:
    assert _owners(f"DHCPACK to 00:11:22:33:44:55 ({host}) via eth0") == [owner]


@pytest.mark.parametrize(
    "host",
    ["Galaxy-of-the-ward", "iPad-of-my-office", "front-desk-pc", "lenovo-ideapad-laptop"],
)
def test_no_owner(host: str) -> None:
    assert _owners(f"DHCPACK to 00:11:22:33:44:55 ({host}) via eth0") == []


def test_end_to_end() -> None:
    out = redact_text("DHCPREQUEST from 00:11:22:33:44:55 (Galaxy-of-ludmila) via eth1").text
    assert "ludmila" not in out
