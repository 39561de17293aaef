"""UN/EDIFACT segments: a COM segment's number with a telephone, fax or cellular
qualifier is a phone number whatever its shape; a line item's trade number (EAN/GTIN,
UPC) names an article and stays readable (edifact.py)."""

from __future__ import annotations

import pytest

from app.redaction.edifact import find_edifact_phones, without_item_numbers
from app.redaction.spans import Span
from app.redaction.text import redact_text

_HEAD = "UNH+1+INVOIC:D:96A:UN'\nBGM+380+77120+9'\n"


@pytest.mark.parametrize(
    ("number", "qualifier"),
    [
        ("061-4471902", "TE"),
        ("(012) 3345678", "TE"),
        ("+31(0)20 5552761", "FX"),
        ("0049 171 2233445", "AL"),
        ("08812 556701", "TE"),
    ],
)
def test_com_number_is_a_phone(number: str, qualifier: str) -> None:
    text = f"{_HEAD}CTA+IC+:Sales desk'\nCOM+{number}:{qualifier}'\nUNT+4+1'\n"
    assert [text[s.start : s.end] for s in find_edifact_phones(text)] == [number]
    out = redact_text(text).text
    assert number not in out
    assert f":{qualifier}'" in out


def test_com_with_mail_qualifier_is_no_phone() -> None:
    text = f"{_HEAD}COM+orders.desk:EM'\n"
    assert find_edifact_phones(text) == []


@pytest.mark.parametrize(
    "segment", ["LIN+1++5012345678900:EN'", "LIN+3++036000291452:UP'", "PIA+5+4012345000016:SRV'"]
)
def test_line_item_trade_number_stays(segment: str) -> None:
    text = f"{_HEAD}{segment}\nQTY+47:6'\nUNT+5+1'\n"
    code = segment.rsplit("+", maxsplit=1)[-1].split(":", maxsplit=1)[0]
    assert code in redact_text(text).text


def test_item_number_guard_drops_only_inside() -> None:
    text = "LIN+1++5012345678900:EN'\nRFF+ON:5012345678900'\n"
    first, second = text.index("50"), text.rindex("50")
    inside = Span(first, first + 13, "RECORD_NUMBER", "long_code", 0.6)
    outside = Span(second, second + 13, "RECORD_NUMBER", "long_code", 0.6)
    assert without_item_numbers(text, [inside, outside]) == [outside]
