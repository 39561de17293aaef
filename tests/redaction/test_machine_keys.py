"""A snake_case key of a machine field ("wifi_mac=", "gateway_ip:", a CSV header's
"home_lat") is no person's handle; a login of the same shape among values, or one with a
given name in it, is still masked (`machine_keys.py`, split V, session 40). The keys and
values here are invented."""

from __future__ import annotations

import pytest

from app.redaction.machine_keys import machine_key
from app.redaction.text import redact_text


def _at(text: str, key: str) -> tuple[int, int]:
    start = text.index(key)
    return start, start + len(key)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ts=12 leased_mac=aa-bb-cc-dd-ee-ff state=up\n", "leased_mac"),
        ('{"probe_ip": "10.0.0.7"}\n', "probe_ip"),
        ("sensor_udi : (01)12345\n", "sensor_udi"),
        ("row;owner;printer_mac;home_lat;status\nx;y;aa;51.5;ok\n", "printer_mac"),
        ("row\towner\thome_lat\n", "home_lat"),
    ],
    ids=["key-value", "json-key", "spaced-colon", "csv-header", "tsv-header"],
)
def test_machine_field_key(text: str, key: str) -> None:
    assert machine_key(text, *_at(text, key))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("x;y;kowal_mac;2024-01-02\n", "kowal_mac"),  # a value in a data row (digits)
        ("login maria_mac 12\n", "maria_mac"),  # a given name
        ("handle: kowal_ski\n", "kowal_ski"),  # no technical tail
        ("seen kowal_ip at 10:02\n", "kowal_ip"),  # in a sentence with a time
        ("single_\n", "single_"),  # an empty tail
    ],
    ids=["data-row", "given-name", "plain-handle", "sentence", "empty-tail"],
)
def test_not_a_machine_key(text: str, key: str) -> None:
    assert not machine_key(text, *_at(text, key))


def test_keys_survive_and_values_are_masked() -> None:
    text = "date=2025-01-02 user=anna.kowal leased_mac=aa-bb-cc-dd-ee-ff probe_ip=10.1.2.3\n"
    out = redact_text(text).text
    assert "leased_mac=" in out
    assert "probe_ip=" in out
    assert "anna.kowal" not in out
    assert "aa-bb-cc-dd-ee-ff" not in out


def test_a_login_with_a_given_name_is_still_masked() -> None:
    text = "session opened for maria_mac=1 from 10.1.2.3\n"
    assert "maria_mac" not in redact_text(text).text
