"""The bank accounts and the payment date of an ASC X12 payment's BPR segment (the 835
remittance advice, the 820 payment order): "BPR*I*412.55*C*ACH*CCP*01*011000015*DA*
8747046943*1512345678**01*021000021*DA*2247641280*20251206~".

BPR's elements are fixed by position: BPR07 and BPR13 are the sending and receiving banks'
routing numbers (a bank, no one), BPR08 and BPR14 the account number qualifiers ("DA"
demand deposit, "SG" savings, "03" checking ...), BPR09 and BPR15 the payer's and the
payee's account numbers, and BPR16 the day the money moves (CCYYMMDD). The generic finders
see bare runs of digits between separators there and mask them only by accident (an
address grown over the segment); this reads the accounts and the date by position.

Gated on "BPR" (a substring test) before any regex runs.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

ACCOUNT: Final = "ACCOUNT_NUMBER"
DATE: Final = "DATE_TIME"
_ACCOUNT_ELEMENTS: Final = frozenset({9, 15})
_DATE_ELEMENT: Final = 16
# The segment starts a line or follows the last one's terminator; its element separator is
# the character after "BPR".
_SEGMENT = fast_regex.compile(
    r"(?:(?<=~)|(?<![^\n]))[ \t]*BPR(?P<sep>[*|^])(?P<body>[^~\n]{8,400})"
)
_ACCOUNT_VALUE = fast_regex.compile(r"[A-Za-z0-9][A-Za-z0-9 -]{2,34}")
_CCYYMMDD = fast_regex.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def find_x12_payments(text: str) -> list[Span]:
    """The account numbers and the payment date of each BPR segment (see above)."""
    if "BPR" not in text:
        return []
    spans = []
    for m in _SEGMENT.finditer(text):
        at = m.start("body")
        for index, element in enumerate(m.group("body").split(m.group("sep")), start=1):
            start, end = at, at + len(element)
            at = end + 1
            if index in _ACCOUNT_ELEMENTS and _ACCOUNT_VALUE.fullmatch(element):
                spans.append(Span(start, end, ACCOUNT, "x12_bpr_account", 0.85))
            elif index == _DATE_ELEMENT and _CCYYMMDD.fullmatch(element):
                spans.append(Span(start, end, DATE, "x12_bpr_date", 0.85))
    return spans
