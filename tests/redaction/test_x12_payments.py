"""An X12 payment's BPR segment: the payer's and payee's account numbers and the day the
money moves are masked by position, also when the segment shares a line with the one
before it (x12.py, edi_segments.py)."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text
from app.redaction.x12 import find_x12_payments


def _segment(payer: str, payee: str, day: str, sep: str = "*") -> str:
    elements = ["BPR", "C", "1830.07", "C", "ACH", "CTX", "01", "071000013", "DA", payer]
    elements += ["9876543210", "", "01", "111000025", "SG", payee, day]
    return sep.join(elements) + "~"


@pytest.mark.parametrize("sep", ["*", "|", "^"])
def test_accounts_and_date_are_read_by_position(sep: str) -> None:
    text = "ST*835*0102~\n" + _segment("5500123987", "00441-72A", "20240917", sep) + "\nSE*3*0102~"
    found = {text[s.start : s.end]: s.kind for s in find_x12_payments(text)}
    accounts = {"5500123987": "ACCOUNT_NUMBER", "00441-72A": "ACCOUNT_NUMBER"}
    assert found == accounts | {"20240917": "DATE_TIME"}


@pytest.mark.parametrize(
    "head",
    [
        "ST*835*0001~",
        "GS*HP*PAYERQ*CLINICZ*20240918*1200*778*X*005010X221A1~\nST*835*0001~",
    ],
)
def test_a_remittance_masks_the_payment_accounts_and_date(head: str) -> None:
    """The segment after the header on the same line, claims after it on the next: the
    account numbers and the date are masked, the amount stays."""
    text = (
        head
        + _segment("31170044", "6022118805", "20250301")
        + "\nTRN*1*REF/7781/2201*9876543210~CLP*REF/4410/7702*1*600*412.55~\nSE*5*0001~\n"
    )
    out = redact_text(text).text
    for value in ("31170044", "6022118805", "20250301"):
        assert value not in out
    assert "1830.07" in out  # the amount is no one's


def test_empty_or_odd_elements_are_not_findings() -> None:
    text = _segment("", "", "2024-09-17")
    assert find_x12_payments(text) == []
    assert find_x12_payments("BPR is a code, not a segment here: BPR*1*2") == []
