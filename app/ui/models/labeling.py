"""Labeling state of one open item, without Qt: every change goes through a `LabelSink`
(the store, with its journal entry) *before* the state changes, so what a view shows as
saved has been committed.

Each annotation is a chain of versions (`annotation_id`); a deletion is a new version whose
value carries `"deleted": true`; undo/redo write new versions too (models/undo.py). The
item's classes and its comment share one `class` annotation per item:
`{"labels": [names...], "comment": str?}` (docs/FORMATS.md).

Suggestions (pre-annotations, `suggest`): labels the item opens with that are not saved.
They show like labels; the annotator's first change on the item (any edit, a class, a
deletion, or accepting the item) saves every suggestion still there as the annotator's own
version 1 first, then the change, so what the annotator started from is in the journal
and nothing was saved before the annotator acted. Leaving the item untouched saves nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from app.core.encoding import JsonObject
from app.core.labels import LabelDraft, LabelVersion
from app.ui.models.undo import Change, UndoStack, deleted, is_deleted

if TYPE_CHECKING:
    from app.workstation.store import Store

MAX_COMMENT_LEN = 2000


class LabelSink(Protocol):
    def save(self, draft: LabelDraft) -> LabelVersion:
        """Commit one label version with its journal entry; may raise CommentPiiError."""
        ...


class StoreLabelSink:
    """The real sink: the PII check on free text, then `Store.save_label` (label + journal)."""

    def __init__(self, store: Store, *, user_id: str, session_id: str | None = None) -> None:
        self._store, self._user_id, self._session_id = store, user_id, session_id

    def save(self, draft: LabelDraft) -> LabelVersion:
        from app.workstation.textguard import save_label_checked  # noqa: PLC0415 - loads PII recognizers

        return save_label_checked(
            self._store, draft, user_id=self._user_id, session_id=self._session_id
        )


@dataclass(frozen=True)
class ItemRef:
    project_id: str
    shard_id: str
    item_id: str


def class_names(value: Any) -> list[str]:
    """Class names of a `class` value: `{"labels": [...]}` or the older `{"label": name}`."""
    if not isinstance(value, dict) or is_deleted(value):
        return []
    if isinstance(value.get("label"), str):
        return [value["label"]]
    names = value.get("labels")
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


def comment_of(value: Any) -> str:
    if not isinstance(value, dict) or is_deleted(value):
        return ""
    comment = value.get("comment")
    return comment if isinstance(comment, str) else ""


class ItemLabels:
    """The latest version of each annotation on one item, and its undo history."""

    def __init__(self, ref: ItemRef, sink: LabelSink, versions: Iterable[LabelVersion]) -> None:
        self.ref, self._sink = ref, sink
        self.latest: dict[str, LabelVersion] = {}
        for v in sorted(versions, key=lambda v: (v.created_ms, v.version)):
            if v.item_id == ref.item_id:
                self.latest[v.annotation_id] = v
        self.history = UndoStack()
        self.suggested: set[str] = set()  # annotation ids of unsaved suggestions

    def suggest(self, labels: Iterable[tuple[str, JsonObject]]) -> int:
        """Pre-fill an item that has no label yet with unsaved suggestions; their count."""
        if self.latest:
            return 0
        r = self.ref
        for kind, value in labels:
            aid = str(uuid.uuid4())
            self.latest[aid] = LabelVersion(
                aid, 0, r.project_id, r.shard_id, r.item_id, "", kind, value, 0
            )  # version 0: not saved
            self.suggested.add(aid)
        return len(self.suggested)

    def adopt_suggestions(self) -> int:
        """Save each suggestion still shown as the annotator's own (version 1, undoable);
        how many were saved. A refusal leaves the rest unsaved and raises."""
        count = 0
        for aid in [a for a in self.latest if a in self.suggested]:
            current = self.latest[aid]
            r = self.ref
            saved = self._sink.save(
                LabelDraft(r.project_id, r.shard_id, r.item_id, current.kind, current.value, aid)
            )
            self.suggested.discard(aid)
            self.latest[aid] = saved
            self.history.record(Change(aid, saved.kind, None, saved.value))
            count += 1
        return count

    # --- reading ------------------------------------------------------------------------

    def live(self, *kinds: str) -> list[LabelVersion]:
        return [v for v in self.latest.values() if v.kind in kinds and not is_deleted(v.value)]

    def _class_annotation(self) -> LabelVersion | None:
        found = [v for v in self.latest.values() if v.kind == "class"]
        return found[-1] if found else None

    def classes(self) -> list[str]:
        current = self._class_annotation()
        return class_names(current.value) if current else []

    def comment(self) -> str:
        current = self._class_annotation()
        return comment_of(current.value) if current else ""

    # --- writing (each returns the committed version) -----------------------------------

    def _save(self, kind: str, value: JsonObject, annotation_id: str | None) -> LabelVersion:
        if self.suggested:  # the annotator's first change: they start from the suggestions
            self.adopt_suggestions()
        r = self.ref
        saved = self._sink.save(
            LabelDraft(r.project_id, r.shard_id, r.item_id, kind, value, annotation_id)
        )
        self.latest[saved.annotation_id] = saved
        return saved

    def _change(self, kind: str, value: JsonObject, annotation_id: str | None) -> LabelVersion:
        before = self.latest[annotation_id].value if annotation_id in self.latest else None
        saved = self._save(kind, value, annotation_id)
        self.history.record(Change(saved.annotation_id, kind, before, saved.value))
        return saved

    def create(self, kind: str, value: JsonObject) -> LabelVersion:
        return self._change(kind, value, None)

    def update(self, annotation_id: str, value: JsonObject) -> LabelVersion:
        return self._change(self.latest[annotation_id].kind, value, annotation_id)

    def delete(self, annotation_id: str) -> LabelVersion:
        current = self.latest[annotation_id]
        return self._change(current.kind, deleted(current.value), annotation_id)

    def set_classes(self, names: Sequence[str]) -> LabelVersion:
        return self._write_class(list(names), self.comment())

    def set_comment(self, text: str) -> LabelVersion:
        """Save the item comment (the PII check runs in the sink; a refusal saves nothing)."""
        return self._write_class(self.classes(), text.strip()[:MAX_COMMENT_LEN])

    def _write_class(self, names: list[str], comment: str) -> LabelVersion:
        value: JsonObject = {"labels": names}
        if comment:
            value["comment"] = comment
        current = self._class_annotation()
        return self._change("class", value, current.annotation_id if current else None)

    def undo(self) -> LabelVersion | None:
        write = self.history.peek_undo()
        if write is None:
            return None
        saved = self._save(write.kind, write.value, write.annotation_id)
        self.history.undone()
        return saved

    def redo(self) -> LabelVersion | None:
        write = self.history.peek_redo()
        if write is None:
            return None
        saved = self._save(write.kind, write.value, write.annotation_id)
        self.history.redone()
        return saved
