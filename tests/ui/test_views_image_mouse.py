"""Image boxes and polygons by mouse: draw, select, move, resize by a handle, drag a vertex,
relabel with a key, delete — each a stored version in original image pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.ui.models.undo import is_deleted
from tests.ui.views_harness import Env, click_image, drag_image, env_fixture, scene_image, values  # noqa: F401

SCHEMA = {
    "version": 1,
    "labels": [
        {"name": "lesion", "kind": "box"},
        {"name": "cyst", "kind": "box"},
        {"name": "organ", "kind": "polygon"},
    ],
}


def test_box_draw_move_resize_relabel_delete(env: Env) -> None:
    env.show("image", scene_image("PNG", (1600, 1200)), SCHEMA)
    view = env.workspace.image_canvas
    assert view.image_size == (1600, 1200)
    env.press("B")
    drag_image(view, (200, 200), (600, 500))
    (box,) = values(env.store, "it-1")
    assert box["label"] == "lesion"
    assert abs(box["x"] - 200) <= 3
    assert abs(box["w"] - 400) <= 3
    env.press("V")
    drag_image(view, (400, 350), (500, 450))  # move
    moved = values(env.store, "it-1")[0]
    assert abs(moved["x"] - box["x"] - 100) <= 6
    assert moved["w"] == box["w"]
    se = (moved["x"] + moved["w"], moved["y"] + moved["h"])
    drag_image(view, se, (se[0] + 200, se[1] + 100))  # resize by the south-east handle
    resized = values(env.store, "it-1")[0]
    assert resized["x"] == moved["x"]
    assert abs(resized["w"] - moved["w"] - 200) <= 6
    env.press("2")  # relabel the selected box
    assert values(env.store, "it-1")[0]["label"] == "cyst"
    env.press("Delete")
    assert is_deleted(values(env.store, "it-1")[0])
    assert view.shapes == []


def test_polygon_by_clicks_then_vertex_drag(env: Env) -> None:
    env.show("image", scene_image(), SCHEMA)
    view = env.workspace.image_canvas
    env.press("P")
    for p in [(100, 100), (300, 100), (300, 300), (100, 300)]:
        click_image(env, view, p)
    click_image(env, view, (100, 100))  # on the first vertex: closes
    (poly,) = values(env.store, "it-1")
    assert poly == {"points": [[100, 100], [300, 100], [300, 300], [100, 300]], "label": "organ"}
    assert view.tool == "polygon"
    env.press("V")
    click_image(env, view, (200, 200))  # select it
    drag_image(view, (300, 300), (350, 320))  # drag a vertex
    assert values(env.store, "it-1")[0]["points"][2] == [350, 320]


def test_wheel_zooms_at_the_cursor(env: Env) -> None:
    env.show("image", scene_image(), SCHEMA)
    view = env.workspace.image_canvas
    at = QPointF(200, 150)
    before = view.transform.to_image((at.x(), at.y()))
    event = QWheelEvent(
        at, view.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view, event)
    assert view.transform.scale > 1.2
    after = view.transform.to_image((at.x(), at.y()))
    assert abs(before[0] - after[0]) < 0.01
    assert abs(before[1] - after[1]) < 0.01


def test_double_click_adds_and_removes_polygon_vertices(env: Env) -> None:
    env.show("image", scene_image(), SCHEMA)
    view = env.workspace.image_canvas
    env.press("P")
    for p in [(100, 100), (300, 100), (300, 300), (100, 300)]:
        click_image(env, view, p)
    env.press("Return")
    env.press("V")
    click_image(env, view, (200, 200))
    click_image(env, view, (200, 100), double=True)  # on the top edge: a new vertex
    assert values(env.store, "it-1")[0]["points"] == [
        [100, 100],
        [200, 100],
        [300, 100],
        [300, 300],
        [100, 300],
    ]
    click_image(env, view, (300, 300), double=True)  # on a vertex: removed
    assert values(env.store, "it-1")[0]["points"] == [
        [100, 100],
        [200, 100],
        [300, 100],
        [100, 300],
    ]
