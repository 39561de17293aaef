"""clear() wipes the item's decrypted bytes and every decoded buffer; a malformed item shows
one line and the next item shows normally; a ContentView subclass cannot skip the watermark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPainter, QPaintEvent

from app.ui.qt.content_view import ContentView
from tests.ui.views_harness import Env, env_fixture, scene_image  # noqa: F401

SCHEMA = {"version": 1, "labels": [{"name": "x", "kind": "box"}, {"name": "s", "kind": "span"}]}


def test_clear_wipes_bytes_and_buffers(env: Env) -> None:
    item = env.show("image", scene_image(), SCHEMA)
    ws = env.workspace
    assert ws.image_canvas.image_size == (640, 480)
    ws.clear()
    assert set(item.data) == {0}
    assert ws.image_canvas._pixmap is None
    assert ws.image_canvas.image_size == (0, 0)
    text = env.show("text", b"secret words", SCHEMA, item_id="it-2")
    ws.clear()
    assert set(text.data) == {0}
    assert ws.text_view.text_length == 0


def test_a_broken_image_shows_one_line_then_the_next_item_works(env: Env) -> None:
    env.show("image", b"\x89PNG\r\n\x1a\n broken", SCHEMA)
    ws = env.workspace
    assert ws.image_canvas.error is not None
    assert ws.image_canvas.error.endswith("tell the data steward.")
    image = ws.image_canvas.grab().toImage()  # paints the line and the watermark, no crash
    assert image.width() > 0
    env.show("image", scene_image(), SCHEMA, item_id="it-2")
    assert ws.image_canvas.error is None
    assert ws.image_canvas.image_size == (640, 480)


def test_a_view_that_overrides_paint_event_is_refused() -> None:
    with pytest.raises(TypeError, match="paint_content"):

        class Sneaky(ContentView):
            def paintEvent(self, event: QPaintEvent) -> None:
                QPainter(self).end()


def test_kinds_the_policy_does_not_allow_are_not_offered(env: Env) -> None:
    env.workspace.allowed_label_kinds = ("span",)
    env.show("image", scene_image(), {**SCHEMA, "classes": [{"name": "c"}]})
    ws = env.workspace
    env.press("B")
    assert ws.image_canvas.tool == "select"
    assert "no labels" in ws.message_line.text()
    env.press("1")  # would be the box label and then the class: neither is allowed
    assert env.store.labels_for_item("it-1") == []
    assert not ws.comment_box.edit.isEnabled()
