"""Labeling state over a real store: every change is a committed version with its journal
entry; deletion and undo/redo write new versions, never rewrite."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.models.labeling import ItemLabels, ItemRef, StoreLabelSink
from app.workstation.errors import CommentPiiError
from tests.ui.views_harness import PROJECT, SHARD, USER, journal_types, real_store


def test_create_update_delete_undo_redo_write_new_versions(tmp_path: Path) -> None:
    with real_store(tmp_path) as store:
        labels = ItemLabels(
            ItemRef(PROJECT, SHARD, "it-1"), StoreLabelSink(store, user_id=USER), []
        )
        first = labels.create("span", {"start": 0, "end": 4, "label": "A"})
        labels.update(first.annotation_id, {"start": 0, "end": 5, "label": "A"})
        labels.delete(first.annotation_id)
        assert labels.live("span") == []
        labels.undo()  # back to end 5
        labels.undo()  # back to end 4
        assert [v.value for v in labels.live("span")] == [{"start": 0, "end": 4, "label": "A"}]
        labels.redo()
        history = [v.value for v in store.label_history(first.annotation_id)]
        assert history == [
            {"start": 0, "end": 4, "label": "A"},
            {"start": 0, "end": 5, "label": "A"},
            {"start": 0, "end": 5, "label": "A", "deleted": True},
            {"start": 0, "end": 5, "label": "A"},
            {"start": 0, "end": 4, "label": "A"},
            {"start": 0, "end": 5, "label": "A"},
        ]
        assert journal_types(store) == ["label.saved"] + ["label.changed"] * 5
        # undoing a creation marks it deleted
        labels.undo(), labels.undo(), labels.undo()
        assert store.label_history(first.annotation_id)[-1].value.get("deleted") is True
        assert labels.undo() is None


def test_classes_and_comment_share_one_annotation(tmp_path: Path) -> None:
    with real_store(tmp_path) as store:
        sink = StoreLabelSink(store, user_id=USER)
        labels = ItemLabels(ItemRef(PROJECT, SHARD, "it-2"), sink, [])
        labels.set_classes(["urgent"])
        labels.set_comment("  unclear scan  ")
        assert labels.classes() == ["urgent"]
        assert labels.comment() == "unclear scan"
        (only,) = store.labels_for_item("it-2")
        assert only.value == {"labels": ["urgent"], "comment": "unclear scan"}
        reopened = ItemLabels(labels.ref, sink, store.labels_for_item("it-2"))
        assert reopened.classes() == ["urgent"]


def test_comment_with_pii_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    with real_store(tmp_path) as store:
        labels = ItemLabels(
            ItemRef(PROJECT, SHARD, "it-3"), StoreLabelSink(store, user_id=USER), []
        )
        with pytest.raises(CommentPiiError):
            labels.set_comment("call jane.doe@example.org")
        assert labels.comment() == ""
        assert store.labels_for_item("it-3") == []
        assert journal_types(store) == ["comment.pii_blocked"]
        assert not labels.history.can_undo


def test_suggestions_are_saved_only_by_the_annotators_first_change(tmp_path: Path) -> None:
    with real_store(tmp_path) as store:
        sink = StoreLabelSink(store, user_id=USER)
        labels = ItemLabels(ItemRef(PROJECT, SHARD, "it-pre"), sink, [])
        box = {"x": 1, "y": 2, "w": 3, "h": 4, "label": "lesion"}
        assert labels.suggest([("box", box), ("class", {"labels": ["urgent"]})]) == 2
        assert labels.classes() == ["urgent"]
        assert [v.value for v in labels.live("box")] == [box]
        assert store.labels_for_item("it-pre") == []  # shown, not saved
        (aid,) = [v.annotation_id for v in labels.live("box")]
        labels.update(aid, box | {"w": 9})  # the first change saves both suggestions first
        assert labels.suggested == set()
        assert [v.value for v in store.label_history(aid)] == [box, box | {"w": 9}]
        assert sorted(v.kind for v in store.labels_for_item("it-pre")) == ["box", "class"]
        labels.undo()  # back to the suggested box, as a new version
        assert store.label_history(aid)[-1].value == box
        # An item with labels of the annotator's own is never pre-filled.
        again = ItemLabels(ItemRef(PROJECT, SHARD, "it-pre"), sink, store.labels_for_item("it-pre"))
        assert again.suggest([("box", box)]) == 0
