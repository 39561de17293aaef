"""An address that grew back over the name or date before it on a form's line: the
address starts after the separator, the name keeps its own finding, and only the
separator between them is left readable (values invented for this test)."""

from __future__ import annotations

import pytest

from app.redaction.address_heads import without_leading_findings
from app.redaction.spans import Span
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name", "address"),
    [
        (
            "Patient: Quarshie, Efua, 212 Bramble Crescent; Oakhollow, VT 05841\nDose: 1",
            "Quarshie",
            "212 Bramble Crescent",
        ),
        (
            "Counterparty: Tomasz Wiercik, Lindenweg 14/3, 4821 Attnang\nRating: high",
            "Wiercik",
            "Lindenweg 14/3",
        ),
    ],
)
def test_name_before_address_keeps_its_separator(text: str, name: str, address: str) -> None:
    out = redact_text(text).text
    assert name not in out
    assert address.split()[1] not in out
    line = out.splitlines()[0]
    assert "<PERSON_" in line
    assert ">, <ADDRESS_" in line  # the comma between the name and the address is left


def test_head_findings_cut_in_turn() -> None:
    text = "Re: Kofi Mensah, 3 May 1970, 18 Heron Walk, Stillbrook"
    name = Span(4, 15, "PERSON", "x", 0.85)
    date = Span(17, 27, "DATE_TIME", "x", 0.85)
    address = Span(4, len(text), "ADDRESS", "address_street", 0.85)
    out = without_leading_findings(text, [name, date, address])
    assert text[out[2].start : out[2].end] == "18 Heron Walk, Stillbrook"
    assert out[2].rule == "address_street"


def test_address_alone_is_unchanged() -> None:
    text = "Okonjo, 18 Heron Walk, Stillbrook"
    address = Span(0, len(text), "ADDRESS", "address_street", 0.85)
    assert without_leading_findings(text, [address]) == [address]


def test_no_separator_no_cut() -> None:
    text = "Kofi Mensah House 18 Heron Walk"
    name = Span(0, 11, "PERSON", "x", 0.85)
    address = Span(0, len(text), "ADDRESS", "address_street", 0.85)
    assert without_leading_findings(text, [name, address])[1] == address
