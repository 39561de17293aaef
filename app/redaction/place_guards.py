"""Places the NER model finds that are no place: a route of administration or another
Latin abbreviation written in lower case with its dots ("Insulingabe s.c.", "i.v.",
"p.o.", "i.m.", "s.l."), which the model reads as a place's abbreviation. A town is
written with its capital, and its abbreviations too ("St.", "Ft."). Pure `re`.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.spans import Span

_DOTTED_LOWER = fast_regex.compile(r"[a-z]{1,2}\.(?:[ ]?[a-z]{1,2}\.){1,3}")


def dotted_abbreviation(text: str, span: Span) -> bool:
    """Whether a model's place or group is a lower-case dotted abbreviation ("s.c.")."""
    if span.kind not in ("LOCATION", "NRP") or span.rule != "SpacyRecognizer":
        return False
    return _DOTTED_LOWER.fullmatch(text[span.start : span.end]) is not None
