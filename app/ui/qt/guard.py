"""The content guard: one application-wide event filter that closes every way out.

Defence in depth, route by route (FACTS.md "Qt on X11" says which held under Xvfb):
- copy, cut, select-all, print and save keys are swallowed on ShortcutOverride (so no
  QAction fires) and on KeyPress (so no widget acts), in every window of the process;
- the middle button (X11's paste/selection gesture), context menus and drags in or out;
- a QDrag started from a protected widget is cancelled;
- every QLabel (and any read-only text widget) loses text interaction when polished, so
  no selection, hence nothing reaches X11's PRIMARY by mere selection;
- whatever CLIPBOARD/PRIMARY/find buffer our own process comes to own is cleared, and only
  that: `owns*` is checked first so the user's own clipboard from other programs is kept.
Each blocked attempt is reported to a `GuardJournal` (route only, never content), which
rate-limits and writes the journal (`StoreGuardJournal` in models/guard_policy.py).
"""

from __future__ import annotations

import contextlib
from typing import Final, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QDrag, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.ui.models.guard_policy import (
    CONTEXT_MENU,
    COPY_BLOCKED,
    DRAG_BLOCKED,
    DRAG_OUT,
    DROP_IN,
    MIDDLE_CLICK,
    PRINT_BLOCKED,
    key_event_type,
    route_name,
)

PROTECTED_PROPERTY: Final = "cleanroomProtected"

_STANDARD_KEYS: Final = (
    (QKeySequence.StandardKey.Copy, COPY_BLOCKED),
    (QKeySequence.StandardKey.Cut, COPY_BLOCKED),
    (QKeySequence.StandardKey.SelectAll, COPY_BLOCKED),
    (QKeySequence.StandardKey.Print, PRINT_BLOCKED),
    (QKeySequence.StandardKey.Save, PRINT_BLOCKED),
    (QKeySequence.StandardKey.SaveAs, PRINT_BLOCKED),
)
_MODIFIER_KEYS: Final = frozenset(
    {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)
_MOUSE_BUTTON_EVENTS: Final = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick}
)
_DRAG_EVENTS: Final = frozenset({QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop})
_SWEEP_EVENTS: Final = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.KeyRelease})
# Every event of the process passes the filter: anything else returns at the first test.
_WATCHED: Final = (
    frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.ContextMenu,
            QEvent.Type.ChildAdded,
            QEvent.Type.Polish,
            QEvent.Type.Show,
        }
    )
    | _MOUSE_BUTTON_EVENTS
    | _DRAG_EVENTS
    | _SWEEP_EVENTS
)


class GuardJournal(Protocol):
    def blocked(self, event_type: str, route: str) -> None:
        """Record one blocked attempt: "copy.blocked", "ctrl+c". Never raises into Qt."""


def blocked_key(event: QKeyEvent) -> tuple[str, str] | None:
    """(journal event type, route) when the key is a way out, else None."""
    combo = event.keyCombination()
    if combo.key() in _MODIFIER_KEYS:
        return None
    modifiers = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    text = QKeySequence(modifiers | combo.key()).toString(QKeySequence.SequenceFormat.PortableText)
    event_type = key_event_type(text)
    if event_type is None:
        for standard, standard_type in _STANDARD_KEYS:
            if event.matches(standard):
                event_type = standard_type
                break
    if event_type is None:
        return None
    return event_type, route_name(text)


def _quiet_text(widget: QObject) -> None:
    """No selectable text: selection alone sets X11's PRIMARY, and selections drag out."""
    if isinstance(widget, QLabel):
        if widget.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction:
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        if widget.isReadOnly():
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    elif isinstance(widget, QLineEdit) and widget.isReadOnly():
        # A line edit cannot drop selection; a read-only one takes neither focus nor mouse.
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)


class ContentGuard(QObject):
    """One per QApplication; installs itself as the application's event filter."""

    content_shown = Signal(QWidget)  # a protected widget was shown (the shade covers it)

    def __init__(self, journal: GuardJournal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.blocked_count = 0
        self._drag_check_pending = False
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Create the QApplication before the ContentGuard.")
        app.installEventFilter(self)
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.changed.connect(self._clear_own)

    # --- the contract -------------------------------------------------------------------

    def protect(self, widget: QWidget) -> None:
        """Mark `widget` as task content: no context menu, no drops, no drags, shaded."""
        widget.setProperty(PROTECTED_PROPERTY, True)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        widget.setAcceptDrops(False)
        widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def is_protected(self, widget: QWidget) -> bool:
        return bool(widget.property(PROTECTED_PROPERTY))

    def protected_widgets(self) -> list[QWidget]:
        return [w for w in QApplication.allWidgets() if self.is_protected(w)]

    def uninstall(self) -> None:
        """Remove the filter (tests; the window keeps one guard for the process)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._clipboard.changed.disconnect(self._clear_own)

    # --- the filter ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            hit = blocked_key(event)
            if hit is not None:
                event.accept()  # accepted override: no shortcut fires; then KeyPress eaten
                if kind == QEvent.Type.KeyPress:
                    self._report(*hit)
                return True
        elif kind in _MOUSE_BUTTON_EVENTS:
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.MiddleButton:
                if kind == QEvent.Type.MouseButtonPress:
                    self._report(COPY_BLOCKED, MIDDLE_CLICK)
                return True
        elif kind == QEvent.Type.ContextMenu:
            self._report(COPY_BLOCKED, CONTEXT_MENU)
            return True
        elif kind in _DRAG_EVENTS:
            event.ignore()
            if kind == QEvent.Type.DragEnter:
                self._report(DRAG_BLOCKED, DROP_IN)
            return True
        elif kind == QEvent.Type.ChildAdded:
            # A QDrag is parented to its source; its type is only known once constructed.
            if isinstance(watched, QWidget) and self._within_protected(watched):
                self._schedule_drag_check()
        elif kind == QEvent.Type.Polish:
            _quiet_text(watched)
        elif (
            kind == QEvent.Type.Show and isinstance(watched, QWidget) and self.is_protected(watched)
        ):
            self.content_shown.emit(watched)
        if kind in _SWEEP_EVENTS:
            self._sweep()
        return False

    # --- helpers ------------------------------------------------------------------------

    def _within_protected(self, widget: QWidget | None) -> bool:
        while widget is not None:
            if self.is_protected(widget):
                return True
            widget = widget.parentWidget()
        return False

    def _schedule_drag_check(self) -> None:
        if not self._drag_check_pending:
            self._drag_check_pending = True
            # Runs inside QDrag.exec's own event loop too, so a started drag is cancelled.
            QTimer.singleShot(0, self._cancel_drags)

    def _cancel_drags(self) -> None:
        self._drag_check_pending = False
        for widget in self.protected_widgets():
            drags = widget.findChildren(QDrag)
            if drags:
                QDrag.cancel()
                for drag in drags:
                    drag.setMimeData(None)  # type: ignore[arg-type]
                    drag.deleteLater()
                self._report(DRAG_BLOCKED, DRAG_OUT)

    def _report(self, event_type: str, route: str) -> None:
        self.blocked_count += 1
        # The block already happened; a failing journal must never raise into Qt.
        with contextlib.suppress(Exception):
            self._journal.blocked(event_type, route)

    def _sweep(self) -> None:
        for mode in (
            QClipboard.Mode.Selection,
            QClipboard.Mode.Clipboard,
            QClipboard.Mode.FindBuffer,
        ):
            self._clear_own(mode)

    def _clear_own(self, mode: QClipboard.Mode) -> None:
        """Clear a selection only if this process owns it (never the user's own clipboard)."""
        clipboard = self._clipboard
        owns = {
            QClipboard.Mode.Clipboard: clipboard.ownsClipboard,
            QClipboard.Mode.Selection: clipboard.ownsSelection,
            QClipboard.Mode.FindBuffer: clipboard.ownsFindBuffer,
        }[mode]
        if owns():
            clipboard.clear(mode)


def install_content_guard(journal: GuardJournal) -> ContentGuard:
    """The one guard of the process, parented to the application so it lives as long."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication before the ContentGuard.")
    existing = app.findChild(ContentGuard)
    if isinstance(existing, ContentGuard):
        return existing
    return ContentGuard(journal, parent=app)
