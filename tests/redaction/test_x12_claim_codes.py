"""An X12 claim's HI segment holds diagnosis and procedure codes written without a dot
("ABK:E119"): they stay readable, while the claim's names and numbers stay masked
(x12.py)."""

from __future__ import annotations

import pytest

from app.redaction.spans import Span
from app.redaction.text import redact_text
from app.redaction.x12 import without_claim_codes


@pytest.mark.parametrize("segment", ["HI*ABK:J459~", "HI*ABK:E1165*ABF:I10~", "HI*BK:4019~"])
def test_claim_codes_stay(segment: str) -> None:
    text = (
        f"CLM*PX77120*150***11:B:1*Y*A*Y*Y~\n{segment}\nNM1*82*1*QUARRY*HELGA****XX*1457720938~\n"
    )
    out = redact_text(text).text
    for code in segment[3:-1].split("*"):
        assert code.split(":")[1] in out
    assert "QUARRY" not in out


def test_codes_outside_hi_are_kept_as_findings() -> None:
    text = "HI*ABK:E119~\nREF*EA*E119~\n"
    inside = Span(7, 11, "US_DRIVER_LICENSE", "UsLicenseRecognizer", 0.6)
    outside = Span(20, 24, "US_DRIVER_LICENSE", "UsLicenseRecognizer", 0.6)
    assert text[7:11] == text[20:24] == "E119"
    assert without_claim_codes(text, [inside, outside]) == [outside]
