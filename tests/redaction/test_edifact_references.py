"""The reference identifier of an EDIFACT RFF segment (C506, data element 1154) is one
value, a scheme's letters printed in it included ("RFF+AHI:LANR 123456789'"): masked whole
(session 45, split AA). Values invented."""

from __future__ import annotations

import pytest

from app.redaction.edifact import find_edifact_references
from app.redaction.text import redact_text


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_edifact_references(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NAD+DOC+++MOREAU:LISE'\nRFF+AHI:BSNR 774102338'\nUNT+8+1'", "BSNR 774102338"),
        ("UNH+1+MEDRPT:D:96A:UN'RFF+ACD:Q771045208'DTM+329:19500101:102'", "Q771045208"),
        ("RFF+ON:PO 2025 00417  '", "PO 2025 00417"),
        ("RFF+AHI:ZANR?+ 55012'", "ZANR?+ 55012"),
    ],
)
def test_reference_identifier_is_found_whole(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize("text", ["RFF+ZZZ:NONE'", "RFF+AAA:12'", "REF+AHI:LANR 774102338'"])
def test_no_reference_without_digits_or_segment(text: str) -> None:
    assert not _values(text)


def test_scheme_letters_do_not_survive() -> None:
    text = "NAD+DOC+++MOREAU:LISE'\nRFF+AHI:BSNR 774102338'\nUNT+8+1'"
    assert "BSNR" not in redact_text(text).text
