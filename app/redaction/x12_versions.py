"""An X12 implementation guide's version code ("005010X222A1", "005010X279A1") names a
standard, not anyone.

ASC X12 writes the version, release and industry identifier of the guide a transaction
follows in GS08 and ST03: six digits of version and release, "X", the guide's three-digit
number and an addendum ("A1"). The long-code rule reads it as a record number; the same
code stands in every claim and eligibility request of that guide.
"""

from __future__ import annotations

import re

from app.redaction.spans import Span

_VERSION_CODE = re.compile(r"00[2-8]0[0-9]0X\d{3}(?:A\d)?")


def x12_version_code(text: str, span: Span) -> bool:
    """The finding is an X12 guide's version code between element separators."""
    if _VERSION_CODE.fullmatch(text, span.start, span.end) is None:
        return False
    return text[span.start - 1 : span.start] == "*" and text[span.end : span.end + 1] in (
        "~",
        "*",
        "\n",
    )
