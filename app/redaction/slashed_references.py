"""A file or case reference of capitals, then a number and a slash and a running number
("CR 12/3095", "RA-CR 12/3095", "KV-44/20931"; a label's "ID" or "No" before the
number is the label's): a register's letters, its volume or year
in short, and the entry's number. Found with no label before it. Pure `regex`.

Four digits or more after the slash, not a year ("CR 12/2024" reads as a month and a year;
"BP 140/100", "GCS 15/15" are measurements): more than a date or a ratio writes there.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "RECORD_NUMBER"
RULE: Final = "slashed_reference"

SLASHED_REFERENCE = fast_regex.compile(
    r"(?<![\w/.-])(?!(?:ID|NO|NR|REF|NUM|NOS)[ -])(?:[A-Z]{1,4}-)?[A-Z]{1,4}[ -]\d{1,4}/"
    r"(?!(?:19|20)\d\d(?!\d))\d{4,6}"
    r"(?![\w/]|[.,-]\d)",
    starts="[A-Z]",
)


def find_slashed_references(text: str) -> list[Span]:
    """Capitals, a number, a slash and four to six digits: a register's entry."""
    if "/" not in text:
        return []
    return [Span(m.start(), m.end(), KIND, RULE, 0.7) for m in SLASHED_REFERENCE.finditer(text)]
