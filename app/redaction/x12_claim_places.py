"""The place of service of an ASC X12 837 claim, no identifier.

An 837 claim's CLM segment writes in its fifth element (CLM05) the health care service
location: the facility code ("11" office, "21" inpatient hospital), its qualifier ("B"
place of service codes, "A" uniform billing) and the claim's frequency code ("1" original,
"7" replacement), joined by the component separator: "CLM*A37YH556*500***11:B:1*Y*A*Y*Y~".
"11:B:1" reads as a short IPv6 address. The composite names a kind of place and a kind of
claim, no one: a finding inside it is dropped. Only an element of that shape in the fifth
place of a CLM segment (the tag opening a line or following a "~") counts, so other
elements and other segments keep their findings.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.spans import Span

_SEPARATORS = "*|^"  # what follows a segment's tag in X12 (x12.py)
_COMPOSITE = fast_regex.compile(r"\d{1,2}[:>][AB][:>]\d")
_CLAIM_TAG = fast_regex.compile(r"[ \t]*CLM(?P<sep>[*|^])")
_PLACE_ELEMENT = 5
_LONGEST = 6  # "11:B:1": the composite's length at most
_BEFORE = frozenset("*|^:>0123456789AB")  # what may stand before a finding inside it


def claim_place_code(text: str, span: Span) -> bool:
    """`span` lies inside the CLM05 composite of an X12 claim (see above)."""
    if span.end - span.start > _LONGEST or text[span.start - 1 : span.start] not in _BEFORE:
        return False  # cheap: most findings are longer, or follow a blank or a letter
    at = span.start
    while at > 0 and text[at - 1] not in _SEPARATORS and span.start - at < _LONGEST:
        at -= 1  # back to the element's separator (the composite is six characters or less)
    if at == 0 or text[at - 1] not in _SEPARATORS:
        return False  # cheap: no separator right before the element
    element = _COMPOSITE.match(text, at)
    if element is None or span.end > element.end():
        return False
    if text[element.end() : element.end() + 1] not in ("*", "|", "^", "~", "\n", ""):
        return False
    segment = max(text.rfind("~", 0, at), text.rfind("\n", 0, at)) + 1
    tag = _CLAIM_TAG.match(text, segment)
    if tag is None:
        return False
    return text.count(tag.group("sep"), tag.start("sep"), at) == _PLACE_ELEMENT
