"""The watermark is in every grab, covers every region, adapts its ink, and keeps its floor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.ui.models.guard_policy import StoreGuardJournal
from app.ui.qt.guard import ContentGuard
from app.ui.qt.watermark import MIN_OPACITY_PERCENT, WatermarkClock, effective_opacity
from tests.ui.xvfb_support import DEVICE, SESSION, USER, ProbeView, guard_store

CELL = 128  # no square this large is left without watermark ink (measured: 101 px)


def gray(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :width].copy()


@pytest.fixture
def guard(tmp_path: Path) -> Iterator[ContentGuard]:
    store = guard_store(tmp_path)
    made = ContentGuard(
        StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
    )
    yield made
    made.uninstall()
    store.close()


def flat_view(qtbot: QtBot, guard: ContentGuard, luma: float, opacity: int) -> ProbeView:
    clock = WatermarkClock(USER, DEVICE, SESSION, clock_ms=lambda: 1_800_000_000_000)
    view = ProbeView(guard, clock, "", luma=luma)  # no content text: background only
    view.opacity_percent = opacity
    qtbot.addWidget(view)
    view.resize(900, 700)
    return view


@pytest.mark.parametrize("luma", [1.0, 0.0])
def test_every_region_of_a_flat_item_carries_the_watermark(
    qtbot: QtBot, guard: ContentGuard, luma: float
) -> None:
    pixels = gray(flat_view(qtbot, guard, luma, 12).grab().toImage())
    background = round(luma * 255)
    marked = np.abs(pixels.astype(int) - background) > 8
    assert marked.mean() > 0.03
    height, width = pixels.shape
    for y in range(0, height - CELL + 1, CELL // 4):
        for x in range(0, width - CELL + 1, CELL // 4):
            assert marked[y : y + CELL, x : x + CELL].any(), (x, y)


def test_ink_is_dark_on_white_and_light_on_black(qtbot: QtBot, guard: ContentGuard) -> None:
    on_white = gray(flat_view(qtbot, guard, 1.0, 40).grab().toImage())
    on_black = gray(flat_view(qtbot, guard, 0.0, 40).grab().toImage())
    assert on_white.min() < 170  # dark ink shows on a white page
    assert on_black.max() > 85  # light ink shows on a black slice


def test_opacity_below_the_floor_is_raised_to_it(qtbot: QtBot, guard: ContentGuard) -> None:
    assert effective_opacity(0) == MIN_OPACITY_PERCENT
    assert effective_opacity(250) == 100
    at_zero = gray(flat_view(qtbot, guard, 1.0, 0).grab().toImage())
    at_floor = gray(flat_view(qtbot, guard, 1.0, MIN_OPACITY_PERCENT).grab().toImage())
    assert (at_zero < 250).any()
    assert np.array_equal(at_zero, at_floor)


def test_higher_opacity_marks_more_strongly(qtbot: QtBot, guard: ContentGuard) -> None:
    faint = gray(flat_view(qtbot, guard, 1.0, 12).grab().toImage())
    strong = gray(flat_view(qtbot, guard, 1.0, 60).grab().toImage())
    assert strong.min() < faint.min()


def test_the_stamp_changes_what_is_painted(qtbot: QtBot, guard: ContentGuard) -> None:
    view = flat_view(qtbot, guard, 1.0, 30)
    before = gray(view.grab().toImage())
    view.clock.set_identity("someone.else", DEVICE, SESSION)
    after = gray(view.grab().toImage())
    assert not np.array_equal(before, after)
