"""One found identifier in a text, shared by the ingest analyzer and the second pass."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# The kinds the NER model gives a run of words (not a pattern's kinds): the findings that
# the guards against common words, headings and notations second-guess.
WORD_KINDS: Final = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})


@dataclass(frozen=True)
class Span:
    """One found identifier: [start, end) in the text, its kind and the rule that found it."""

    start: int
    end: int
    kind: str
    rule: str
    score: float

    def moved(self, start: int, end: int) -> Span:
        """The same finding over new bounds (a trimmed or split span keeps kind, rule, score)."""
        return Span(start, end, self.kind, self.rule, self.score)
