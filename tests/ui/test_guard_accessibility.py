"""Assistive technology is another reader of the screen (AT-SPI over D-Bus on Linux, UIA on
Windows): the shipped views showing canary content expose none of it through their
accessible interfaces, tooltips or window titles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.models.guard_policy import StoreGuardJournal
from app.ui.qt.guard import ContentGuard
from app.ui.qt.watermark import WatermarkClock
from tests.ui.xvfb_support import CANARY, DEVICE, SESSION, USER, guard_store, real_views

ROLES = (
    QAccessible.Text.Name,
    QAccessible.Text.Value,
    QAccessible.Text.Description,
    QAccessible.Text.Help,
    QAccessible.Text.Accelerator,
)


def exposed(interface: QAccessibleInterface | None, depth: int = 0) -> list[str]:
    if interface is None or depth > 6:
        return []
    found = [interface.text(role) for role in ROLES]
    text = interface.textInterface()
    if text is not None:
        found.append(text.text(0, text.characterCount()))
    for index in range(interface.childCount()):
        found += exposed(interface.child(index), depth + 1)
    return found


@pytest.fixture
def views(qtbot: QtBot, tmp_path: Path) -> Iterator[dict[str, QWidget]]:
    store = guard_store(tmp_path)
    guard = ContentGuard(
        StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
    )
    shown = real_views(guard, WatermarkClock(USER, DEVICE, SESSION), store)
    for view in shown.values():
        qtbot.addWidget(view)
        view.show()
    yield shown
    guard.uninstall()
    store.close()


@pytest.mark.parametrize("name", ["text", "image", "dicom"])
def test_no_canary_reaches_assistive_technology(views: dict[str, QWidget], name: str) -> None:
    view = views[name]
    texts = exposed(QAccessible.queryAccessibleInterface(view))
    texts += [view.toolTip(), view.windowTitle(), view.accessibleName()]
    assert texts  # the walk did reach the view
    assert not any(CANARY in text for text in texts)
