"""DICOM: presets by key, window/level by drag, frames by PgUp/PgDown and wheel, region
boxes and polygons stored with their frame, MONOCHROME1 inverted, RGB shown, non-DICOM
refused in the view while the item's class still saves."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from PySide6.QtCore import Qt

from app.ui.models.windowing import Window, apply_window, rescaled
from tests.ui.views_harness import Env, click_image, drag_image, env_fixture, values  # noqa: F401

SCHEMA = {
    "version": 1,
    "labels": [{"name": "nodule", "kind": "region"}],
    "classes": [{"name": "normal"}],
}


def dicom_bytes(name: str) -> bytes:
    return Path(str(get_testdata_file(name))).read_bytes()


def shown_grey(env: Env) -> np.ndarray:
    image = env.workspace.dicom_view._pixmap.toImage()
    w, h = image.width(), image.height()
    return np.array([[image.pixelColor(x, y).red() for x in range(w)] for y in range(0, h, 16)])


def test_presets_by_key_match_the_hand_window(env: Env) -> None:
    env.show("dicom", dicom_bytes("CT_small.dcm"), SCHEMA)
    view = env.workspace.dicom_view
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    hu = rescaled(ds.pixel_array, float(ds.RescaleSlope), float(ds.RescaleIntercept))
    for key, window in [
        ("F5", Window(-600, 1500)),
        ("F6", Window(50, 350)),
        ("F7", Window(400, 1800)),
        ("F8", Window(40, 80)),
    ]:
        env.press(key)
        assert view.voi == window
        assert (shown_grey(env) == apply_window(hu, window, invert=False)[::16]).all()
    env.press("F9")
    assert view.preset_name == "Auto (MR)"


def test_window_level_by_drag_in_w_mode_and_by_ctrl_drag(env: Env) -> None:
    env.show("dicom", dicom_bytes("CT_small.dcm"), SCHEMA)
    view = env.workspace.dicom_view
    env.press("F6")
    env.press("W")
    drag_image(view, (20, 20), (60, 40))  # right: wider; down: higher level
    assert view.voi.width > 350
    assert view.voi.center > 50
    env.press("W")
    env.press("F6")
    drag_image(view, (60, 60), (20, 20), Qt.KeyboardModifier.ControlModifier)
    assert view.voi.width < 350
    assert values(env.store, "it-1") == []  # window drags never draw


def test_regions_keep_their_frame_and_frames_scroll(env: Env) -> None:
    env.show("dicom", dicom_bytes("rtdose.dcm"), SCHEMA)
    view = env.workspace.dicom_view
    assert view.frame_count == 15
    for _ in range(3):
        env.press("PgDown")
    assert view.frame == 3
    env.press("B")
    drag_image(view, (2, 2), (7, 6))
    env.press("P")
    for p in [(1, 1), (8, 1), (8, 8)]:
        click_image(env, view, p)
    env.press("Return")
    stored = values(env.store, "it-1")
    assert stored[0] == {"shape": "box", "points": [[2, 2], [7, 6]], "label": "nodule", "frame": 3}
    assert stored[1] == {
        "shape": "polygon",
        "points": [[1, 1], [8, 1], [8, 8]],
        "label": "nodule",
        "frame": 3,
    }
    env.press("PgUp")
    assert view.visible_shapes() == []
    env.press("PgDown")
    assert len(view.visible_shapes()) == 2


def _as_monochrome1(name: str) -> bytes:
    ds = pydicom.dcmread(get_testdata_file(name))
    ds.PhotometricInterpretation = "MONOCHROME1"
    out = io.BytesIO()
    ds.save_as(out)
    return out.getvalue()


def test_monochrome1_is_shown_inverted(env: Env) -> None:
    env.show("dicom", dicom_bytes("MR_small.dcm"), SCHEMA)
    normal = shown_grey(env)
    window = env.workspace.dicom_view.voi
    env.show("dicom", _as_monochrome1("MR_small.dcm"), SCHEMA, item_id="it-2")
    env.workspace.dicom_view.set_window(window)
    assert (shown_grey(env) == 255 - normal).all()


def test_rgb_is_shown_and_window_level_says_why_not(env: Env) -> None:
    env.show("dicom", dicom_bytes("SC_rgb_rle_2frame.dcm"), SCHEMA)
    view = env.workspace.dicom_view
    assert view.error is None
    assert view.frame_count == 2
    env.press("F6")
    assert "greyscale" in env.workspace.message_line.text()


@pytest.mark.parametrize("data", [b"", b"not a dicom file" * 40, dicom_bytes("CT_small.dcm")[:400]])
def test_bytes_that_are_not_dicom_show_one_line_and_the_class_still_saves(
    env: Env, data: bytes
) -> None:
    env.show("dicom", data, SCHEMA)
    view = env.workspace.dicom_view
    assert view.error is not None
    assert view.error.endswith("tell the data steward.")
    env.press("2")  # the class key
    assert values(env.store, "it-1") == [{"labels": ["normal"]}]


def test_the_chosen_window_carries_to_the_next_item_of_the_same_modality(env: Env) -> None:
    env.show("dicom", dicom_bytes("CT_small.dcm"), SCHEMA)
    env.press("F5")
    env.workspace.clear()
    env.show("dicom", dicom_bytes("CT_small.dcm"), SCHEMA, item_id="it-2")
    assert env.workspace.dicom_view.voi == Window(-600, 1500)
    env.show("dicom", dicom_bytes("MR_small.dcm"), SCHEMA, item_id="it-3")
    assert env.workspace.dicom_view.preset_name in ("file", "auto")  # another modality
