"""The privacy shade covers content when the lock is on, the window is minimised, or the
application loses focus; losing focus is journaled as focus.lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.models.guard_policy import StoreGuardJournal
from app.ui.qt.guard import ContentGuard
from app.ui.qt.shade import INACTIVE, LOCKED, MINIMISED, PrivacyShade, ShadeCover
from app.ui.qt.watermark import WatermarkClock
from app.workstation.store import Store
from tests.ui.test_watermark_render import gray
from tests.ui.xvfb_support import (
    CANARY,
    DEVICE,
    SESSION,
    USER,
    ProbeView,
    guard_entries,
    guard_store,
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = guard_store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def parts(qtbot: QtBot, store: Store) -> Iterator[tuple[ContentGuard, PrivacyShade, ProbeView]]:
    journal = StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
    guard = ContentGuard(journal)
    view = ProbeView(guard, WatermarkClock(USER, DEVICE, SESSION), CANARY, luma=1.0)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(
        lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    )
    shade = PrivacyShade(guard, journal)
    yield guard, shade, view
    guard.uninstall()


def covers(view: QWidget) -> list[ShadeCover]:
    return [c for c in view.findChildren(ShadeCover) if c.isVisible()]


def test_content_is_visible_while_active(
    parts: tuple[ContentGuard, PrivacyShade, ProbeView],
) -> None:
    _, shade, view = parts
    assert not shade.is_shaded()
    assert covers(view) == []


def test_lock_covers_content_in_every_grab(
    parts: tuple[ContentGuard, PrivacyShade, ProbeView], store: Store
) -> None:
    _, shade, view = parts
    before = gray(view.grab().toImage())
    shade.set_locked(True)
    assert shade.reason() == LOCKED
    [cover] = covers(view)
    after = gray(view.grab().toImage())
    assert not np.array_equal(before, after)
    assert np.array_equal(after, gray(cover.grab().toImage()))  # nothing of the content
    assert guard_entries(store) == []  # the lock is the session's to journal
    shade.set_locked(False)
    assert covers(view) == []


def test_minimising_covers_and_journals(
    qtbot: QtBot, parts: tuple[ContentGuard, PrivacyShade, ProbeView], store: Store
) -> None:
    _, shade, view = parts
    view.showMinimized()
    qtbot.waitUntil(shade.is_shaded)
    assert shade.reason() in {MINIMISED, INACTIVE}
    assert covers(view)
    assert guard_entries(store)[0][0] == "focus.lost"


def test_a_view_shown_while_shaded_is_covered(
    qtbot: QtBot, parts: tuple[ContentGuard, PrivacyShade, ProbeView]
) -> None:
    guard, shade, view = parts
    shade.set_locked(True)
    late = ProbeView(guard, view.clock, CANARY, luma=0.0)
    qtbot.addWidget(late)
    late.show()
    [cover] = covers(late)
    assert np.array_equal(gray(late.grab().toImage()), gray(cover.grab().toImage()))
