"""Window/level maths against values worked out by hand from DICOM PS3.3 C.11.2.1.2.1."""

from __future__ import annotations

import numpy as np

from app.ui.models.windowing import (
    PRESETS,
    Window,
    apply_window,
    auto_window,
    drag_window,
    file_window,
    rescaled,
    rgb8,
)  # fmt: skip


def test_rescale_to_hounsfield() -> None:
    stored = np.array([0, 1024, 2048], dtype=np.uint16)
    assert rescaled(stored, 1.0, -1024.0).tolist() == [-1024.0, 0.0, 1024.0]
    assert rescaled(stored, 0.5, 0.0).tolist() == [0.0, 512.0, 1024.0]


def test_linear_window_by_hand() -> None:
    # c=40, w=80 (brain): black at <= -0.5, white above 79.5, 39.5 -> 127.5 -> 128 (rint)
    hu = np.array([-1000, -0.5, 0, 39.5, 40, 79.5, 80, 3000], dtype=np.float32)
    got = apply_window(hu, Window(40, 80), invert=False).tolist()
    # ((x - 39.5) / 79 + 0.5) * 255: x=0 -> 0.0   x=40 -> 129.11 -> 129   x=79.5 -> 256.6 -> 255
    assert got == [0, 0, 0, 128, 129, 255, 255, 255]


def test_monochrome1_is_inverted() -> None:
    hu = np.array([-1000, 3000], dtype=np.float32)
    assert apply_window(hu, Window(40, 80), invert=True).tolist() == [255, 0]


def test_presets_and_auto() -> None:
    names = {p.name: p.window for p in PRESETS}
    assert names["CT lung"] == Window(-600, 1500)
    assert names["CT brain"] == Window(40, 80)
    ramp = np.arange(1000, dtype=np.float32).reshape(10, 100)
    auto = auto_window(ramp)
    assert 480 < auto.center < 520
    assert 950 < auto.width < 1000


def test_file_window_takes_the_first_of_several() -> None:
    assert file_window([40, 400], [80, 2000]) == Window(40, 80)
    assert file_window(None, 80) is None
    assert file_window("x", 80) is None
    assert file_window(40, 0) is None


def test_drag_window_moves_by_value_range() -> None:
    assert drag_window(Window(0, 100), 512, -512, 1024) == Window(-1024, 1124)
    assert drag_window(Window(0, 100), -5000, 0, 1024).width == 1.0


def test_rgb16_is_scaled() -> None:
    assert rgb8(np.array([[0, 65535]], dtype=np.uint16)).tolist() == [[0, 255]]
