"""Text spans by keyboard only: select with Shift+Ctrl+arrows, label with the key, walk spans
with Tab, relabel, delete, undo and redo — each a stored version with its journal entry."""

from __future__ import annotations

from app.ui.models.undo import is_deleted
from tests.ui.views_harness import Env, env_fixture, journal_types, values  # noqa: F401

TEXT = "Patient reports mild headache since Monday."
SCHEMA = {"span_labels": ["SYMPTOM", "TIMEFRAME"], "classes": ["routine", "urgent"]}


def test_label_a_span_by_keyboard_then_relabel_delete_undo_redo(env: Env) -> None:
    env.show("text", TEXT.encode(), SCHEMA)
    view = env.workspace.text_view
    assert view.hasFocus()
    for _ in range(2):
        env.press("Ctrl+Right")  # after "Patient", after "reports"
    env.press("Right")
    for _ in range(2):
        env.press("Ctrl+Shift+Right")  # "mild headache"
    env.press("1")
    assert values(env.store, "it-1") == [{"start": 16, "end": 29, "label": "SYMPTOM"}]
    assert journal_types(env.store)[-1] == "label.saved"
    assert env.saved == ["it-1"]

    env.press("Escape")
    env.press("Tab")  # selects the span
    assert view.selected_span is not None
    env.press("2")  # relabel
    assert values(env.store, "it-1") == [{"start": 16, "end": 29, "label": "TIMEFRAME"}]
    env.press("Delete")
    assert is_deleted(values(env.store, "it-1")[0])
    assert view.spans == []
    env.press("Ctrl+Z")
    assert view.spans[0].label == "TIMEFRAME"
    env.press("Ctrl+Z")
    assert view.spans[0].label == "SYMPTOM"
    env.press("Ctrl+Shift+Z")
    assert view.spans[0].label == "TIMEFRAME"
    (annotation,) = {v.annotation_id for v in env.store.labels_for_item("it-1")}
    assert len(env.store.label_history(annotation)) == 6  # never rewritten
    assert journal_types(env.store).count("label.changed") == 5


def test_shift_arrows_select_by_character_and_line(env: Env) -> None:
    env.show("text", b"ab\ncd", SCHEMA)
    view = env.workspace.text_view
    env.press("Shift+Right")
    assert view.selection.range == (0, 1)
    env.press("Shift+Down")
    assert view.selection.range == (0, 4)
    env.press("Left")
    assert view.selection.range == (0, 0)
    env.press("1")  # nothing selected: a hint, nothing saved
    assert values(env.store, "it-1") == []
    assert "Select some text" in env.workspace.message_line.text()


def test_long_text_lays_out_as_needed_and_ctrl_end_reaches_the_end(env: Env) -> None:
    paragraph = "Patient reports mild headache since Monday, with nausea. " * 4
    text = "\n".join([paragraph] * 2000) + "\nlast words"
    env.show("text", text.encode(), SCHEMA)
    view = env.workspace.text_view
    view.grab()
    assert view._laid < 100  # only what the view shows was laid out
    env.press("Ctrl+End")
    env.press("Ctrl+Shift+Left")
    env.press("Ctrl+Shift+Left")
    env.press("1")
    assert values(env.store, "it-1") == [
        {"start": len(text) - 10, "end": len(text), "label": "SYMPTOM"}
    ]
    assert 0 < view.point_of(len(text)).y() < view.height()  # scrolled there


def test_offsets_are_code_points_with_astral_characters_and_crlf(env: Env) -> None:
    text = "a😀b\r\nc😀 pain"
    env.show("text", text.encode(), SCHEMA)
    env.press("Ctrl+End")
    env.press("Ctrl+Shift+Left")  # "pain"
    env.press("1")
    start = text.index("pain")
    assert values(env.store, "it-1") == [{"start": start, "end": start + 4, "label": "SYMPTOM"}]
    env.press("Ctrl+Home")
    env.press("Shift+Right")
    env.press("Shift+Right")  # "a😀": two code points, three UTF-16 units
    assert env.workspace.text_view.selection.range == (0, 2)
