"""One found identifier in a text, shared by the ingest analyzer and the second pass."""

from __future__ import annotations

from dataclasses import dataclass


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
