"""The founder's surname in an X12 claim's provider organisation (NM1 entity type 2)
named after its doctor. Invented values; a practice named for a place or a word, and a
payer, stay."""

from __future__ import annotations

import pytest

from app.redaction.name_x12_practices import practice_surnames
from app.redaction.text import redact_text

_CLAIM = (
    "ST*837*0001*005010X222A1~\n"
    "NM1*85*2*OYELARAN FAMILY PRACTICE*****XX*1234567893~\n"
    "NM1*IL*1*DOE*JANE****MI*ZZ1234567~\n"
)


def test_a_practice_named_for_its_doctor() -> None:
    assert [_CLAIM[s.start : s.end] for s in practice_surnames(_CLAIM)] == ["OYELARAN"]
    assert "OYELARAN" not in redact_text(_CLAIM).text


@pytest.mark.parametrize(
    "text",
    [
        "NM1*85*2*LAKESIDE MEDICAL GROUP*****XX*1234567893~",
        "NM1*PR*2*UNITED HEALTHCARE*****PI*87726~",
        "NM1*85*1*OYELARAN*ADE****XX*1234567893~",
        "NM1*85*2*HARBOUR CLINIC*****XX*1234567893~",
    ],
)
def test_no_surname_there(text: str) -> None:
    assert practice_surnames(text) == []
