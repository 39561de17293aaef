"""The diagnosis and procedure codes of an ASC X12 claim's HI segment (837 health care
claims): "HI*ABK:E119*ABF:I10~". X12 writes ICD-10 codes without their dot, so "E119"
reads as a licence or a record number to the generic finders; after its code list
qualifier (ABK/ABF/ABJ/ABN ICD-10-CM diagnoses, BBR/BBQ ICD-10-PCS procedures, BK/BF/BJ/BN
ICD-9-CM, BR/BQ ICD-9 procedures, APR/PR reasons, DR a DRG, BP/BO HCPCS and CPT) it is a
code of the classification, no one's identifier: findings inside it are dropped.

Gated on "HI" followed by an X12 element separator before any regex runs.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.spans import Span

# The segment (its element separator is the character after "HI"), then each qualifier,
# the component separator and the code.
_SEGMENT = fast_regex.compile(r"(?:(?<=~)|(?<![^\n]))[ \t]*HI([*|^])[^~\n]{3,400}")
_CODE = fast_regex.compile(
    r"(?<=[*|^])(?:ABK|ABF|ABJ|ABN|APR|BBR|BBQ|BK|BF|BJ|BN|BR|BQ|PR|DR|BP|BO)[:>]"
    r"([A-Z0-9]{3,7})(?=[*|^~:>]|$)"
)


def without_claim_codes(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings inside an HI segment's codes (see above)."""
    if "HI*" not in text and "HI|" not in text and "HI^" not in text:
        return spans
    codes = [
        m.span(1)
        for seg in _SEGMENT.finditer(text)
        for m in _CODE.finditer(text, seg.start(), seg.end())
    ]
    if not codes:
        return spans
    return [s for s in spans if not any(a <= s.start and s.end <= b for a, b in codes)]
