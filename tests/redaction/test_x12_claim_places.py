"""The place of service in an X12 837 claim's CLM05 ("11:B:1") is no IPv6 address: a
finding inside it is dropped; the same shape elsewhere (another element, another segment)
keeps its finding (`x12_claim_places.py`, splits V, W, X, session 42). Values are invented."""

from __future__ import annotations

import pytest

from app.redaction.spans import Span
from app.redaction.text import redact_text
from app.redaction.x12_claim_places import claim_place_code


def _span(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "IP_ADDRESS", "ipv6", 0.6)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CLM*PX-88123*420***11:B:1*Y*A*Y*Y~", "11:B:1"),
        # several segments on one line, the claim not first
        ("ST*837*0042~BHT*0019*00*77~CLM*Q7719*95***21:A:7*Y*A*Y*Y~DTP*472*D8*20240102~", "21:A:7"),
        ("CLM|ZZ40012|1250|||22>B>1|Y|A|Y|Y~", "22>B>1"),  # other separators
        ("  CLM^CASE-2207^60^^^2:B:1^Y^A^Y^Y\n", "2:B:1"),  # indented, line-ended
    ],
    ids=["star", "one-line", "pipe", "caret"],
)
def test_the_place_of_service_is_dropped(text: str, value: str) -> None:
    assert claim_place_code(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CLM*PX-88123*420*11:B:1****Y~", "11:B:1"),  # CLM03, not CLM05
        ("REF*XX*11:B:1*Y*A~", "11:B:1"),  # another segment
        ("CLM*PX-88123*420***11:B:1:9*Y~", "11:B:1"),  # a longer element
        ("XCLM*PX-88123*420***11:B:1*Y~", "11:B:1"),  # no CLM tag
        ("peer 11:b:1 on the wire", "11:b:1"),  # prose
    ],
    ids=["clm03", "ref", "longer", "no-tag", "prose"],
)
def test_other_elements_keep_their_findings(text: str, value: str) -> None:
    assert not claim_place_code(text, _span(text, value))


def test_a_claim_keeps_its_place_of_service() -> None:
    text = "ST*837*0042~NM1*IL*1*BRANDT*ILSE~CLM*PX-88123*420***11:B:1*Y*A*Y*Y~DTP*472*D8*20240102~"
    out = redact_text(text).text
    assert "***11:B:1*Y" in out
    assert "BRANDT" not in out
