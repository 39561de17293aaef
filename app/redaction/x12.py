"""ASC X12 segments whose values the generic finders read wrong, read by their standard.

A segment is a tag, then elements behind a separator (the character after the tag: "*",
"|" or "^"), then "~"; it starts a line or follows the last one's "~".

- HI, an 837 health care claim's diagnosis and procedure codes: "HI*ABK:E119*ABF:I10~".
  X12 writes ICD-10 codes without their dot, so "E119" reads as a licence or a record
  number; after its code list qualifier (ABK/ABF/ABJ/ABN ICD-10-CM diagnoses, BBR/BBQ
  ICD-10-PCS procedures, BK/BF/BJ/BN ICD-9-CM, BR/BQ ICD-9 procedures, APR/PR reasons, DR a
  DRG, BP/BO HCPCS and CPT) it is a code of the classification, no one's identifier:
  findings inside it are dropped.
- BPR, a payment's financial information (835 remittance advice, 820 payment order):
  "BPR*I*412.55*C*ACH*CCP*01*011000015*DA*8747046943*1512345678**01*021000021*DA*
  2247641280*20251206~". Its elements are fixed by position: BPR07 and BPR13 are the
  sending and receiving banks' routing numbers (a bank, no one), BPR08 and BPR14 the
  account number qualifiers ("DA" demand deposit, "SG" savings, "03" checking ...), BPR09
  and BPR15 the payer's and the payee's account numbers, and BPR16 the day the money moves
  (CCYYMMDD). The generic finders see bare runs of digits between separators there and
  mask them only by accident (an address grown over the segment); the accounts and the
  date are read by position.

- BHT, a transaction's beginning: "BHT*0022*13*A3706B43E581*20260312*1030~". BHT03 is
  the originator's reference for this one inquiry or claim (a trace back to the person's
  request), BHT04 the day it was made (CCYYMMDD); BHT01 and BHT02 are codes of the
  standard and BHT05 a time of day.

Each is gated on its tag (a substring test) before any regex runs.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

ACCOUNT: Final = "ACCOUNT_NUMBER"
DATE: Final = "DATE_TIME"


def _segment(tag: str) -> fast_regex.Pattern:
    """The segments of one tag: the separator after the tag, then the elements."""
    return fast_regex.compile(
        rf"(?:(?<=~)|(?<![^\n]))[ \t]*{tag}(?P<sep>[*|^])(?P<body>[^~\n]{{3,400}})"
    )


_HI = _segment("HI")
# After the separator: each qualifier, the component separator and the code.
_CODE = fast_regex.compile(
    r"(?<=[*|^])(?:ABK|ABF|ABJ|ABN|APR|BBR|BBQ|BK|BF|BJ|BN|BR|BQ|PR|DR|BP|BO)[:>]"
    r"([A-Z0-9]{3,7})(?=[*|^~:>]|$)"
)
_BPR = _segment("BPR")
_ACCOUNT_ELEMENTS: Final = frozenset({9, 15})
_DATE_ELEMENT: Final = 16
_ACCOUNT_VALUE = fast_regex.compile(r"[A-Za-z0-9][A-Za-z0-9 -]{2,34}")
_BHT = _segment("BHT")
_REFERENCE_ELEMENT: Final = 3
_BHT_DATE_ELEMENT: Final = 4
_REFERENCE_VALUE = fast_regex.compile(r"(?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9 -]{3,49}")
_CCYYMMDD = fast_regex.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def without_claim_codes(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings inside an HI segment's codes (see above)."""
    if "HI*" not in text and "HI|" not in text and "HI^" not in text:
        return spans
    codes = [
        m.span(1)
        for seg in _HI.finditer(text)
        for m in _CODE.finditer(text, seg.start(), seg.end())
    ]
    if not codes:
        return spans
    return [s for s in spans if not any(a <= s.start and s.end <= b for a, b in codes)]


def find_x12_payments(text: str) -> list[Span]:
    """The account numbers and the payment date of each BPR segment (see above)."""
    if "BPR" not in text:
        return []
    spans = []
    for m in _BPR.finditer(text):
        at = m.start("body")
        for index, element in enumerate(m.group("body").split(m.group("sep")), start=1):
            start, end = at, at + len(element)
            at = end + 1
            if index in _ACCOUNT_ELEMENTS and _ACCOUNT_VALUE.fullmatch(element):
                spans.append(Span(start, end, ACCOUNT, "x12_bpr_account", 0.85))
            elif index == _DATE_ELEMENT and _CCYYMMDD.fullmatch(element):
                spans.append(Span(start, end, DATE, "x12_bpr_date", 0.85))
    return spans


def find_x12_references(text: str) -> list[Span]:
    """The reference and the date of each BHT segment (see above)."""
    if "BHT" not in text:
        return []
    spans = []
    for m in _BHT.finditer(text):
        at = m.start("body")
        for index, element in enumerate(m.group("body").split(m.group("sep")), start=1):
            start, end = at, at + len(element)
            at = end + 1
            if index == _REFERENCE_ELEMENT and _REFERENCE_VALUE.fullmatch(element):
                spans.append(Span(start, end, "RECORD_NUMBER", "x12_bht_reference", 0.85))
            elif index == _BHT_DATE_ELEMENT and _CCYYMMDD.fullmatch(element):
                spans.append(Span(start, end, DATE, "x12_bht_date", 0.85))
    return spans
