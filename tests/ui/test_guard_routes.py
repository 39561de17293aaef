"""Offscreen: every key and mouse route is swallowed on a ContentView and journaled once
(rate limit) in a real SQLCipher store's journal; no QAction bound to a copy key fires."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.ui.models.guard_policy import StoreGuardJournal
from app.ui.qt.content_view import ContentView, ViewContext
from app.ui.qt.guard import ContentGuard
from app.ui.qt.watermark import WatermarkClock
from app.workstation.store import Store
from tests.ui.xvfb_support import DEVICE, SESSION, USER, guard_entries, guard_store

MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Meta, Qt.Key.Key_Alt}
KEYS = [
    (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, "copy.blocked", "ctrl+c"),
    (Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier, "copy.blocked", "ctrl+ins"),
    (
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        "copy.blocked",
        "ctrl+shift+c",
    ),
    (Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier, "copy.blocked", "ctrl+x"),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier, "copy.blocked", "shift+del"),
    (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, "copy.blocked", "ctrl+a"),
    (Qt.Key.Key_C, Qt.KeyboardModifier.MetaModifier, "copy.blocked", "meta+c"),
    (Qt.Key.Key_Copy, Qt.KeyboardModifier.NoModifier, "copy.blocked", "copy"),
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "print.blocked", "ctrl+p"),
    (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, "print.blocked", "ctrl+s"),
    (
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        "print.blocked",
        "ctrl+shift+s",
    ),
]


class RecordingView(ContentView):
    """A ContentView that records what reaches it (it must see none of the routes)."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context)
        self.seen: list[str] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in MODIFIER_KEYS:  # QTest presses the modifiers on their own
            self.seen.append(f"key {event.key()}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.seen.append(f"press {event.button()}")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.seen.append("context")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = guard_store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def guard(store: Store) -> Iterator[ContentGuard]:
    journal = StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
    made = ContentGuard(journal)
    yield made
    made.uninstall()


@pytest.fixture
def view(qtbot: QtBot, guard: ContentGuard) -> RecordingView:
    context = ViewContext(guard, WatermarkClock(USER, DEVICE, SESSION), 12)
    made = RecordingView(context)
    qtbot.addWidget(made)
    made.resize(300, 200)
    made.show()
    qtbot.waitExposed(made)
    made.setFocus()
    return made


@pytest.mark.parametrize(("key", "mods", "event_type", "route"), KEYS)
def test_key_route_is_swallowed_and_journaled_once(  # noqa: PLR0917 - parametrized
    qtbot: QtBot, view: RecordingView, store: Store, key: Qt.Key, mods: object, event_type: str,
    route: str,
) -> None:  # fmt: skip
    fired: list[bool] = []
    action = QAction(view)
    action.setShortcut(QKeySequence(mods | key))  # type: ignore[operator]
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: fired.append(True))
    view.addAction(action)
    for _ in range(5):  # held down: auto-repeat
        qtbot.keyClick(view, key, mods)  # type: ignore[arg-type]
    assert view.seen == []
    assert fired == []
    assert guard_entries(store) == [(event_type, route)]


def test_other_keys_reach_the_view(qtbot: QtBot, view: RecordingView, store: Store) -> None:
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert view.seen == [f"key {int(Qt.Key.Key_1)}", f"key {int(Qt.Key.Key_V)}"]
    assert guard_entries(store) == []


def test_middle_button_is_swallowed(qtbot: QtBot, view: RecordingView, store: Store) -> None:
    for _ in range(3):
        qtbot.mouseClick(view, Qt.MouseButton.MiddleButton)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton)
    assert view.seen == [f"press {Qt.MouseButton.LeftButton}"]
    assert guard_entries(store) == [("copy.blocked", "middle-click")]


def test_context_menu_is_swallowed(view: RecordingView, store: Store) -> None:
    for reason in (QContextMenuEvent.Reason.Mouse, QContextMenuEvent.Reason.Keyboard):
        QApplication.sendEvent(view, QContextMenuEvent(reason, QPoint(5, 5), QPoint(5, 5)))
    assert view.seen == []
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert guard_entries(store) == [("copy.blocked", "context-menu")]


def _drag_enter() -> QDragEnterEvent:
    mime = QMimeData()
    mime.setText("outside")
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    try:
        return QDragEnterEvent(QPointF(5, 5), *args)  # PySide6 6.12 and later
    except TypeError:
        return QDragEnterEvent(QPoint(5, 5), *args)  # earlier PySide6 (pyproject: >= 6.8)


def test_views_take_no_drops(view: RecordingView) -> None:
    enter = _drag_enter()
    QApplication.sendEvent(view, enter)
    assert not enter.isAccepted()
    assert not view.acceptDrops()


def test_drags_are_swallowed_even_where_a_widget_accepts_drops(
    qtbot: QtBot, guard: ContentGuard, store: Store
) -> None:
    target = QWidget()
    qtbot.addWidget(target)
    target.setAcceptDrops(True)
    enter = _drag_enter()
    QApplication.sendEvent(target, enter)
    assert not enter.isAccepted()
    assert guard_entries(store) == [("drag.blocked", "drop-in")]


def test_a_drag_started_from_a_view_is_cancelled(
    qtbot: QtBot, view: RecordingView, store: Store
) -> None:
    drag = QDrag(view)
    mime = QMimeData()
    mime.setText("content")
    drag.setMimeData(mime)
    qtbot.waitUntil(lambda: guard_entries(store) == [("drag.blocked", "drag-out")])
    qtbot.waitUntil(lambda: view.findChildren(QDrag) == [])  # its data went with it


def test_labels_and_read_only_text_lose_selection(qtbot: QtBot, guard: ContentGuard) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("shown text", host)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown = QTextEdit(host)
    shown.setReadOnly(True)
    typed = QTextEdit(host)  # the user's own typing stays editable
    line = QLineEdit(host)
    line.setReadOnly(True)
    host.show()
    qtbot.waitExposed(host)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert shown.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert typed.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
    assert line.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_view_is_protected_by_construction(view: RecordingView, guard: ContentGuard) -> None:
    assert guard.is_protected(view)
    assert view in guard.protected_widgets()
    assert not view.acceptDrops()


def test_mouse_event_type_is_used(view: RecordingView) -> None:
    # Left press/move/release (drawing a box) are the views' own and pass through.
    event = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress, QPointF(3, 3), QPointF(3, 3),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(view, event)
    assert view.seen == [f"press {Qt.MouseButton.LeftButton}"]


def test_message_box_text_is_not_selectable(qtbot: QtBot, guard: ContentGuard) -> None:
    # The style asks QMessageBox for selectable text on some platforms; the guard wins.
    box = QMessageBox(QMessageBox.Icon.Warning, "Cleanroom", "A message with an id-42.")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    labels = box.findChildren(QLabel)
    assert labels
    assert all(
        label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction for label in labels
    )
    box.close()
