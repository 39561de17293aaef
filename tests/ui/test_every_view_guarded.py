"""Every widget class in app.ui that shows task content is guarded and watermarked by
construction, and no class in app.ui is built on a Qt widget with its own selectable text.

Walks every module of app.ui: each concrete ContentView subclass is instantiated with a real
guard, shown and grabbed twice under two different stamps; the two grabs differ in every
128 px square (the watermark is painted over the whole widget, in the same pass as the
content), and the guard reports the widget protected. A new view that forgets either, or a
class built on QTextEdit/QPlainTextEdit/QTextBrowser/QLabel/QLineEdit, fails here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextBrowser, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

import app.ui
from app.ui.models.guard_policy import StoreGuardJournal
from app.ui.qt.content_view import ContentView, ViewContext
from app.ui.qt.guard import ContentGuard
from app.ui.qt.watermark import WatermarkClock
from tests.ui.test_watermark_render import gray
from tests.ui.xvfb_support import DEVICE, SESSION, USER, guard_store

CELL = 128
SELECTABLE_TEXT_WIDGETS = (QTextEdit, QPlainTextEdit, QTextBrowser, QLabel, QLineEdit)


def ui_classes() -> list[type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[name] for name in sorted(found)]


CLASSES = ui_classes()
CONTENT_VIEWS = [c for c in CLASSES if issubclass(c, ContentView)]


def test_the_walk_finds_the_shipped_views() -> None:
    names = {c.__name__ for c in CONTENT_VIEWS}
    assert {"ContentView", "TextView", "ImageCanvas", "DicomView"} <= names
    # the lead's side-by-side views (review mode) are content views too
    assert {"ReviewTextView", "ReviewImageCanvas", "ReviewDicomView"} <= names


@pytest.mark.parametrize("cls", [c for c in CLASSES if issubclass(c, QWidget)], ids=str)
def test_no_class_is_built_on_a_text_widget_with_its_own_selection(cls: type) -> None:
    assert not issubclass(cls, SELECTABLE_TEXT_WIDGETS), cls


@pytest.fixture
def context(tmp_path: Path) -> Iterator[ViewContext]:
    store = guard_store(tmp_path)
    guard = ContentGuard(
        StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
    )
    clock = WatermarkClock(USER, DEVICE, SESSION, clock_ms=lambda: 1_800_000_000_000)
    yield ViewContext(guard, clock, 12)
    guard.uninstall()
    store.close()


@pytest.mark.parametrize("cls", CONTENT_VIEWS, ids=lambda c: c.__name__)
def test_each_content_view_is_guarded_and_watermarked_everywhere(
    qtbot: QtBot, context: ViewContext, cls: type[ContentView]
) -> None:
    view = cls(context)
    qtbot.addWidget(view)
    view.resize(520, 400)
    view.show()
    qtbot.waitExposed(view)
    assert context.guard.is_protected(view)
    assert not view.acceptDrops()
    first = gray(view.grab().toImage()).astype(int)
    context.clock.set_identity("another.viewer", "dev-other-2", "sess-other-2")
    second = gray(view.grab().toImage()).astype(int)
    changed = np.abs(first - second) > 0
    # Child widgets (a scroll bar) are chrome, not content: measure the view's own area.
    own = np.ones_like(changed, dtype=bool)
    for child in view.findChildren(QWidget):
        if child.isVisible() and child.parentWidget() is view:
            g = child.geometry()
            own[g.top() : g.bottom() + 1, g.left() : g.right() + 1] = False
    height, width = changed.shape
    for y in range(0, height - CELL + 1, CELL // 4):
        for x in range(0, width - CELL + 1, CELL // 4):
            if own[y : y + CELL, x : x + CELL].all():
                assert changed[y : y + CELL, x : x + CELL].any(), (cls.__name__, x, y)
