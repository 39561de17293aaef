"""An image decoded ahead on a worker thread (the next item) is shown without decoding
again; a large JPEG decodes at a DCT scale and gets its full pixels on zoom-in."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from app.core.label_schema import LabelSchema
from app.ui.qt.image_canvas import decode_image
from app.ui.qt.workspace import OpenItem
from tests.ui.views_harness import PROJECT, SHARD, Env, env_fixture, scene_image  # noqa: F401

SCHEMA = LabelSchema.from_json({"version": 1, "labels": [{"name": "x", "kind": "box"}]})


def test_predecoded_image_is_used_and_dropped_on_clear(env: Env) -> None:
    data = bytearray(scene_image("PNG", (800, 600)))
    with ThreadPoolExecutor(1) as pool:
        decoded = pool.submit(decode_image, bytes(data), QSize(1000, 640)).result()
    decoded[0].fill(QColor("#FF00FF"))  # only the pre-decoded pixels are magenta
    item = OpenItem(SHARD, PROJECT, "it-1", "image", data, {}, SCHEMA, "", [], decoded)
    env.workspace.show_item(item)
    view = env.workspace.image_canvas
    assert view.image_size == (800, 600)
    assert view._pixmap is not None
    env.workspace.clear()
    assert item.decoded is None
    assert set(item.data) == {0}


def test_large_jpeg_decodes_smaller_then_full_on_zoom(env: Env) -> None:
    env.show(
        "image",
        scene_image("JPEG", (4000, 3000)),
        {"version": 1, "labels": [{"name": "x", "kind": "box"}]},
    )
    view = env.workspace.image_canvas
    assert view.image_size == (4000, 3000)
    shown = view._pixmap.width()
    assert shown in (1000, 2000)  # 1/4 or 1/2: the smallest that fills a 1000 px view
    env.press("Ctrl+0")  # 100%: needs every pixel
    view.grab()
    assert view._pixmap.width() == 4000
