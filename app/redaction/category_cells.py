"""A table's category cell read as a name or a place: a loyalty or membership tier
("| Silver |", "| Bronze |") and a leave type ("...,Bereavement,2024-01-02,..."), a
closed vocabulary that a column of an export holds. A finding that is exactly such a cell
(between "|" or "," edges) is dropped; the names in the other cells are found by their
own rules.
"""

from __future__ import annotations

from typing import Final

from app.redaction.spans import WORD_KINDS, Span
from app.redaction.wordtrie import word_list

_CATEGORIES: Final = frozenset(
    word_list(
        """
    gold silver bronze platinum diamond titanium
    bereavement compassionate maternity paternity parental adoption sickness sick annual
    unpaid jury study sabbatical
    """
    )
)
_EDGES: Final = "|,"


def _edge(text: str, at: int, step: int) -> bool:
    """Whether only blanks stand between `at` and a cell edge (or the line's end)."""
    while 0 <= at < len(text) and text[at] in " \t":
        at += step
    return not 0 <= at < len(text) or text[at] in _EDGES or text[at] == "\n"


def category_cell(text: str, span: Span) -> bool:
    """A word finding that is a whole cell holding a category word."""
    if span.kind not in WORD_KINDS:
        return False
    if text[span.start : span.end].casefold() not in _CATEGORIES:
        return False
    before, after = _edge(text, span.start - 1, -1), _edge(text, span.end, 1)
    line_start = text.rfind("\n", 0, span.start) + 1
    cells = text.count("|", line_start, span.start) + text.count(",", line_start, span.start)
    return before and after and cells >= 2
