"""Item classes by key and by click (single and multi-class), and the comment: saved through
the PII check, a refusal shown inline in red on one line with nothing saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.views_harness import Env, env_fixture, journal_types, values  # noqa: F401

SINGLE = {"span_labels": ["SYMPTOM"], "classes": ["routine", "urgent"]}
MULTI = {
    "version": 1,
    "classes": [{"name": "a"}, {"name": "b"}, {"name": "c"}],
    "multi_class": True,
}


def test_single_class_by_key_replaces_and_toggles_off(env: Env) -> None:
    env.show("text", b"Some text.", SINGLE)
    env.press("2")
    assert values(env.store, "it-1") == [{"labels": ["routine"]}]
    env.press("3")
    assert values(env.store, "it-1") == [{"labels": ["urgent"]}]
    assert env.workspace.label_panel.checked() == ["urgent"]
    env.press("3")
    assert values(env.store, "it-1") == [{"labels": []}]
    env.press("Ctrl+Z")
    assert values(env.store, "it-1") == [{"labels": ["urgent"]}]
    assert env.workspace.label_panel.checked() == ["urgent"]


def test_multi_class_by_click_keeps_schema_order(env: Env) -> None:
    env.show("image", b"", MULTI)  # the image is broken; classes still work
    panel = env.workspace.label_panel
    buttons = {b.text().split()[-1]: b for b in panel.findChildren(type(panel._buttons["a"]))}
    QTest.mouseClick(buttons["c"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(buttons["a"], Qt.MouseButton.LeftButton)
    assert values(env.store, "it-1") == [{"labels": ["a", "c"]}]
    assert env.saved == ["it-1", "it-1"]


def test_comment_saves_and_pii_is_refused_inline(env: Env) -> None:
    env.show("text", b"Some text.", SINGLE)
    box = env.workspace.comment_box
    env.press("Ctrl+M")
    assert box.edit.hasFocus()
    QTest.keyClicks(box.edit, "blurry scan")
    QTest.keyClick(box.edit, Qt.Key.Key_Return)
    assert values(env.store, "it-1") == [{"labels": [], "comment": "blurry scan"}]
    assert box.status.text() == "Saved."

    box.edit.clear()
    QTest.keyClicks(box.edit, "ask jane.doe@example.org")
    QTest.keyClick(box.edit, Qt.Key.Key_Return)
    assert values(env.store, "it-1") == [{"labels": [], "comment": "blurry scan"}]
    assert "EMAIL" in box.status.text()
    assert "jane" not in box.status.text()
    assert "\n" not in box.status.text()
    assert "C62828" in box.status.styleSheet()
    assert journal_types(env.store)[-1] == "comment.pii_blocked"
    assert box.dirty  # the refused text stays for the user to fix


def test_accept_on_an_empty_item_records_it_and_asks_for_the_next(env: Env) -> None:
    env.show("text", b"Nothing to label here.", SINGLE)
    asked: list[bool] = []
    env.workspace.next_requested.connect(lambda: asked.append(True))
    env.press("Ctrl+Return")
    assert values(env.store, "it-1") == [{"labels": []}]
    assert asked == [True]
    env.press("Ctrl+Return")  # already labelled: nothing more is written
    assert len(env.store.labels_for_item("it-1")) == 1
    assert asked == [True, True]


def test_next_previous_and_skip_keys_ask_the_window(env: Env) -> None:
    env.show("text", b"Some text.", SINGLE)
    asked: list[str] = []
    ws = env.workspace
    ws.next_requested.connect(lambda: asked.append("next"))
    ws.previous_requested.connect(lambda: asked.append("previous"))
    ws.skip_requested.connect(lambda: asked.append("skip"))
    for key in ("Alt+Right", "Alt+Left", "Ctrl+K"):
        env.press(key)
    assert asked == ["next", "previous", "skip"]
    assert env.store.labels_for_item("it-1") == []  # moving on writes nothing by itself
