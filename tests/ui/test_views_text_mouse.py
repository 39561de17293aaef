"""Text spans by mouse: drag to select, label key, overlapping spans in separate lanes,
click to select a span, find within the item (Ctrl+F) labels the match."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.views_harness import Env, env_fixture, values  # noqa: F401

TEXT = "Patient reports mild headache since Monday and nausea since Tuesday."
SCHEMA = {"span_labels": ["SYMPTOM", "TIMEFRAME", "FINDING"]}


def _drag(env: Env, start: int, end: int) -> None:
    view = env.workspace.text_view
    a, b = view.point_of(start), view.point_of(end)
    a = QPoint(round(a.x()) - 1, round(a.y()))
    b = QPoint(round(b.x()) - 1, round(b.y()))
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(view, b)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_drag_select_and_label_then_overlap_and_click(env: Env) -> None:
    env.show("text", TEXT.encode(), SCHEMA)
    view = env.workspace.text_view
    _drag(env, 16, 29)  # "mild headache"
    assert view.selection.range == (16, 29)
    env.press("1")
    _drag(env, 21, 29)  # "headache", inside the first
    env.press("3")
    spans = {(v["start"], v["end"], v["label"]) for v in values(env.store, "it-1")}
    assert spans == {(16, 29, "SYMPTOM"), (21, 29, "FINDING")}
    lanes = sorted(view._lanes.values())
    assert lanes == [0, 1]

    env.press("Escape")
    p = view.point_of(24)
    QTest.mouseClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(round(p.x()), round(p.y())),
    )
    inner = next(s for s in view.spans if s.label == "FINDING")
    assert view.selected_span == inner.annotation_id  # innermost first
    QTest.mouseClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(round(p.x()), round(p.y())),
    )
    outer = next(s for s in view.spans if s.label == "SYMPTOM")
    assert view.selected_span == outer.annotation_id  # again: the one around it


def test_find_highlights_and_a_key_labels_the_match(env: Env) -> None:
    env.show("text", TEXT.encode(), SCHEMA)
    ws = env.workspace
    env.press("Ctrl+F")
    assert ws.find_edit.hasFocus()
    QTest.keyClicks(ws.find_edit, "since")
    assert ws.find_count.text() == "1/2"
    env.press("F3")
    assert ws.find_count.text() == "2/2"
    assert ws.text_view.selection.range == (54, 59)
    env.press("Escape")
    assert not ws.find_bar.isVisible()
    assert ws.text_view.hasFocus()
    env.press("2")
    assert values(env.store, "it-1") == [{"start": 54, "end": 59, "label": "TIMEFRAME"}]
