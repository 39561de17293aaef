"""Undo and redo across saves, without Qt.

Label versions are never rewritten (21 CFR Part 11): undoing a change *writes a new
version* that holds the earlier value, and redoing writes the later value again. Undoing
a creation writes the value marked `"deleted": true`. The stack only says what to write;
`models/labeling.py` writes it through the sink.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.encoding import JsonObject

MAX_DEPTH = 500


def deleted(value: JsonObject) -> JsonObject:
    """The value a deletion writes: the last value, kept readable, marked deleted."""
    return {**value, "deleted": True}


def is_deleted(value: object) -> bool:
    return isinstance(value, dict) and value.get("deleted") is True


@dataclass(frozen=True)
class Change:
    """One saved change of one annotation. `before` is None for a creation."""

    annotation_id: str
    kind: str
    before: JsonObject | None
    after: JsonObject


@dataclass(frozen=True)
class Write:
    """What undo/redo asks to save as the annotation's next version."""

    annotation_id: str
    kind: str
    value: JsonObject


@dataclass
class UndoStack:
    _done: list[Change] = field(default_factory=list)
    _undone: list[Change] = field(default_factory=list)

    def record(self, change: Change) -> None:
        """A new change by the user: it clears what could be redone."""
        self._done.append(change)
        del self._done[:-MAX_DEPTH]
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def peek_undo(self) -> Write | None:
        if not self._done:
            return None
        c = self._done[-1]
        return Write(
            c.annotation_id, c.kind, c.before if c.before is not None else deleted(c.after)
        )

    def peek_redo(self) -> Write | None:
        if not self._undone:
            return None
        c = self._undone[-1]
        return Write(c.annotation_id, c.kind, c.after)

    def undone(self) -> None:
        """Call after the undo write committed (a failed save leaves the stack as it was)."""
        self._undone.append(self._done.pop())

    def redone(self) -> None:
        self._done.append(self._undone.pop())

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
