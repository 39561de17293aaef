"""The guard and the shortcut tables agree: every action keeps at least one key the guard
lets through (a key it swallows would be advertised on the cheat sheet and do nothing), and
no key of the labeling tools is one the guard swallows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence

from app.ui.models.shortcuts import SHORTCUTS
from app.ui.qt.guard import blocked_key
from app.ui.qt.main_window import WINDOW_SHORTCUTS

pytestmark = pytest.mark.usefixtures("qapp")  # key matching needs the platform's key theme


def swallowed(key_text: str) -> bool:
    combo = QKeySequence(key_text)[0]
    event = QKeyEvent(QEvent.Type.KeyPress, combo.key(), combo.keyboardModifiers())
    return blocked_key(event) is not None


def test_the_check_sees_a_swallowed_key() -> None:
    assert swallowed("Ctrl+C")
    assert swallowed("Ctrl+Shift+S")
    assert not swallowed("Ctrl+Z")


@pytest.mark.parametrize("shortcut", SHORTCUTS, ids=lambda s: s.action)
def test_no_labeling_key_is_swallowed(shortcut: object) -> None:
    keys = shortcut.keys  # type: ignore[attr-defined]
    assert not [k for k in keys if swallowed(k)]


@pytest.mark.parametrize("shortcut", WINDOW_SHORTCUTS, ids=lambda s: s.action)
def test_every_window_action_keeps_a_key_that_reaches_it(shortcut: object) -> None:
    keys = shortcut.keys  # type: ignore[attr-defined]
    assert [k for k in keys if not swallowed(k)]
