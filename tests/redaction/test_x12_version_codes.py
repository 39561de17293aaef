"""An X12 guide's version code in GS08 and ST03 ("005010X2..A1") names a standard and is
kept; the claim's member id and names around it are still masked (`x12_versions.py`,
session 45)."""

from __future__ import annotations

from app.redaction.spans import Span
from app.redaction.text import redact_text
from app.redaction.x12_versions import x12_version_code

_CLAIM = (
    "ISA*00*          *00*          *ZZ*SENDERQ        *ZZ*RECEIVERQ      "
    "*240611*0930*^*00501*000000417*0*P*:~\n"
    "GS*HC*SENDERQ*RECEIVERQ*20240611*0930*417*X*004010X098A1~\n"
    "ST*837*0417*004010X098A1~\n"
    "NM1*IL*1*QUARSHIE*EFUA****MI*WQZ55019324~\n"
    "SE*3*0417~\n"
)


def _span(value: str) -> Span:
    start = _CLAIM.index(value)
    return Span(start, start + len(value), "RECORD_NUMBER", "long_code", 0.6)


def test_a_version_code_between_separators_is_no_identifier() -> None:
    assert x12_version_code(_CLAIM, _span("004010X098A1"))
    assert not x12_version_code(_CLAIM, _span("WQZ55019324"))


def test_a_version_shape_inside_a_longer_value_stays() -> None:
    text = "Member id: 004010X098A17\n"
    start = text.index("004010X098A1")
    assert not x12_version_code(text, Span(start, start + 12, "RECORD_NUMBER", "long_code", 0.6))


def test_claim_keeps_the_version_and_masks_the_member() -> None:
    out = redact_text(_CLAIM).text
    assert "*X*004010X098A1~" in out
    for value in ("WQZ55019324", "QUARSHIE", "EFUA"):
        assert value not in out
