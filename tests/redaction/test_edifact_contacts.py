"""The contact of a UN/EDIFACT CTA segment ("CTA+IC+:<name>'"), an employee or a
department named in C056 after its code. Invented values; the segment tags, codes and
other segments stay."""

from __future__ import annotations

import pytest

from app.redaction.edifact import edifact_contacts
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("segment", "name"),
    [
        ("CTA+IC+:Femke van Oorschot'", "Femke van Oorschot"),
        ("CTA+PD+KL07:BRAM TEUNISSEN'", "BRAM TEUNISSEN"),
        ("CTA+IC+:Ottilie Marchetti+X'", "Ottilie Marchetti"),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_contact_segment(segment: str, name: str, newline: str) -> None:
    text = newline.join(["UNH+1+ORDERS:D:96A:UN'", "BGM+220+PO7781+9'", segment, "UNT+4+1'"])
    assert [text[s.start : s.end] for s in edifact_contacts(text)] == [name]
    out = redact_text(text).text
    assert name not in out
    assert "CTA+" in out


@pytest.mark.parametrize(
    "text",
    [
        "UNH+1+ORDERS:D:96A:UN'\nCTA+IC+AB12'\n",  # a code, no name
        "UNH+1+ORDERS:D:96A:UN'\nCTA+IC+:12345'\n",
        "meeting notes: CTA+IC: buttons on the landing page\n",
    ],
)
def test_no_contact(text: str) -> None:
    assert edifact_contacts(text) == []
