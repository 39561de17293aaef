"""A name in capitals that OCR read with a pair of look-alike digits ("10" for "IO",
"00" for "OO"). Invented values; a date or a code with such a pair stays what it is."""

from __future__ import annotations

import pytest

from app.redaction.ocr_reading import read
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "reading"),
    [("Name: CLAUD10 QUENTRELL\n", "CLAUDIO"), ("Name: BR00KE ALDERWICK\n", "BROOKE")],
)
def test_caps_name_with_digit_pair(text: str, reading: str) -> None:
    assert reading in read(text).text
    out = redact_text(text).text
    assert text.split()[1] not in out


@pytest.mark.parametrize("text", ["Ref: XY10Z", "ward B10 bed ABC100", "due FEB01"])
def test_codes_and_dates_are_not_read(text: str) -> None:
    assert read(text).text == text
