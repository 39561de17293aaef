"""An e-mail header's machinery names no one: the relays' host names of a "Received:" line
and the host part of a "Message-ID:" are kept, while the sender, the relay's IP address and
the message's serial stay masked (`mail_headers.py`, session 45)."""

from __future__ import annotations

from app.redaction.mail_headers import message_id_host, message_id_serial, relay_host
from app.redaction.spans import Span
from app.redaction.text import redact_text

_HEADER = (
    "Return-Path: odile.brun@post.example\n"
    "Received: from relay7.post.example (198.51.100.23) by inbound.hospice.example; "
    "3 March 2024 09:15:40 +0100\n"
    "From: Odile Brun <odile.brun@post.example>\n"
    "Message-ID: QF-20931177@relay7.post.example\n"
    "Subject: my mother's room\n"
)


def _span(value: str, kind: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = _HEADER.index(value, start + 1)
    return Span(start, start + len(value), kind, "UrlRecognizer", 0.6)


def test_relay_hosts_of_a_trace_line_are_no_identifiers() -> None:
    assert relay_host(_HEADER, _span("relay7.post.example", "URL"))
    assert relay_host(_HEADER, _span("inbound.hospice", "URL"))
    assert not relay_host(_HEADER, _span("198.51.100.23", "IP_ADDRESS"))
    assert not relay_host(_HEADER, _span("post.example", "URL", occurrence=0))  # Return-Path


def test_message_id_keeps_its_host_and_masks_its_serial() -> None:
    email = _span("QF-20931177@relay7.post.example", "EMAIL_ADDRESS")
    serial = message_id_serial(_HEADER, email)
    assert _HEADER[serial.start : serial.end] == "QF-20931177"
    assert message_id_host(_HEADER, _span("relay7.post.example", "URL", occurrence=1))
    sender = _span("odile.brun@post.example", "EMAIL_ADDRESS", occurrence=1)
    assert message_id_serial(_HEADER, sender) == sender  # a From: address stays whole


def test_header_redacted_end_to_end() -> None:
    out = redact_text(_HEADER).text
    assert "relay7.post.example (" in out
    assert "inbound.hospice.example" in out
    assert "@relay7.post.example" in out
    for value in ("odile.brun", "198.51.100.23", "QF-20931177", "Odile Brun"):
        assert value not in out
