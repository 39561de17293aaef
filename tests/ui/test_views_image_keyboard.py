"""Image tools by keyboard only: draw a box and a polygon with the crosshair (arrows,
Enter), select with Tab, move and resize with arrows, zoom, fit and 100%."""

from __future__ import annotations

import pytest

from tests.ui.views_harness import Env, env_fixture, scene_image, values  # noqa: F401

SCHEMA = {
    "version": 1,
    "labels": [{"name": "lesion", "kind": "box"}, {"name": "organ", "kind": "polygon"}],
}


def test_box_and_polygon_by_keyboard_then_nudge_and_resize(env: Env) -> None:
    env.show("image", scene_image(), SCHEMA)
    view = env.workspace.image_canvas
    assert view.transform.scale == pytest.approx(1.0, abs=0.35)
    env.press("1")  # the box label: picks the box tool
    assert view.tool == "box"
    env.press("Return")  # crosshair appears at the centre
    start = view.crosshair
    assert start is not None
    env.press("Return")  # first corner
    for _ in range(5):
        env.press("Shift+Right")
    for _ in range(3):
        env.press("Shift+Down")
    env.press("Return")  # second corner: saved
    (box,) = values(env.store, "it-1")
    assert (box["x"], box["y"], box["w"], box["h"], box["label"]) == (
        round(start[0]),
        round(start[1]),
        5,
        3,
        "lesion",
    )

    env.press("2")  # the polygon label
    assert view.tool == "polygon"
    env.press("Return")
    for key in ("Right", "Down", "Left"):
        env.press("Return")
        env.press(key)
    env.press("Return")
    env.press("Return")  # Enter on the last vertex closes
    polygons = [v for v in values(env.store, "it-1") if "points" in v]
    assert len(polygons) == 1
    assert len(polygons[0]["points"]) == 4

    env.press("V")
    env.press("Tab")
    assert view.selected is not None
    first = values(env.store, "it-1")[0] if "x" in values(env.store, "it-1")[0] else None
    env.press("Escape")
    env.press("Tab")  # back to the first shape (the box)
    selected_box = next(s for s in view.shapes if s.shape == "box")
    assert view.selected == selected_box.annotation_id
    env.press("Shift+Right")  # one pixel right, saved on key release
    env.press("Ctrl+Down")  # ten pixels taller
    box = next(v for v in values(env.store, "it-1") if "x" in v)
    assert first is not None
    assert (box["x"], box["h"]) == (first["x"] + 1, first["h"] + 10)


def test_zoom_fit_and_actual_size_keys(env: Env) -> None:
    env.show("image", scene_image("JPEG", (2400, 1800)), SCHEMA)
    view = env.workspace.image_canvas
    fitted = view.transform.scale
    assert fitted < 0.5
    env.press("+")
    assert view.transform.scale == pytest.approx(fitted * 1.25)
    env.press("-")
    env.press("-")
    assert view.transform.scale == pytest.approx(fitted / 1.25)
    env.press("Ctrl+0")
    assert view.transform.scale == 1.0
    env.press("F")
    assert view.transform.scale == pytest.approx(fitted)
    env.press("Left")  # nothing selected: arrows pan
    assert view.transform.dx != pytest.approx((view.width() - 2400 * fitted) / 2)


def test_polygon_vertices_by_keyboard(env: Env) -> None:
    env.show("image", scene_image(), SCHEMA)
    view = env.workspace.image_canvas
    labels = env.workspace.labels
    assert labels is not None
    labels.create("polygon", {"points": [[100, 100], [200, 100], [200, 200]], "label": "organ"})
    view.refresh_labels()
    env.press("Tab")
    env.press(".")  # the second vertex
    env.press("Ctrl+Right")  # ten pixels right, saved on release
    env.press(",")
    env.press(",")  # back past the first: the third
    env.press("Ctrl+Shift+Down")  # one pixel down
    assert values(env.store, "it-1")[0]["points"] == [[100, 100], [210, 100], [200, 201]]
