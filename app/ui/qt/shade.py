"""The privacy shade: task content is covered whenever nobody should be looking at it.

Covered while the application is not the active one (focus went to another program), while
a window holding content is minimised or not exposed (covered, as far as the platform
reports it: X11 without a compositor reports only full coverage), and while the idle lock
is on. Each cover is an opaque child of a protected widget, so a grab of the widget and a
screenshot of the screen both show the cover, not the content. Losing focus, being
minimised or obscured is journaled as `focus.lost` (rate-limited by the journal).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.models.guard_policy import FOCUS_LOST
from app.ui.qt.guard import ContentGuard, GuardJournal

LOCKED: Final = "locked"
INACTIVE: Final = "inactive"
MINIMISED: Final = "minimised"
OBSCURED: Final = "obscured"
COVER_TEXT: Final = {
    LOCKED: "Locked",
    INACTIVE: "Hidden while Cleanroom is not the active window",
    MINIMISED: "Hidden while minimised",
    OBSCURED: "Hidden while covered",
}
_WAS_EXPOSED: Final = "cleanroomWasExposed"
_WINDOW_EVENTS: Final = frozenset(
    {QEvent.Type.WindowStateChange, QEvent.Type.Expose, QEvent.Type.Show, QEvent.Type.Hide}
)


class ShadeCover(QWidget):
    """An opaque sheet over one content widget; follows its size, takes its mouse events."""

    def __init__(self, content: QWidget) -> None:
        super().__init__(content)
        self.setObjectName("privacyShade")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reason = INACTIVE
        content.installEventFilter(self)
        self.setGeometry(content.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(QRect(0, 0, watched.width(), watched.height()))
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        painter.setPen(palette.windowText().color())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, COVER_TEXT[self.reason])
        painter.end()


class PrivacyShade(QObject):
    """One per window: watches focus, minimise, exposure and the lock; covers content."""

    shaded_changed = Signal(bool)

    def __init__(
        self, guard: ContentGuard, journal: GuardJournal, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._journal = journal
        self._locked = False
        self._reason: str | None = None
        app = QApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self.refresh)
        app.focusWindowChanged.connect(self.refresh)
        guard.content_shown.connect(self._on_content_shown)
        self.refresh()

    # --- public -------------------------------------------------------------------------

    def is_shaded(self) -> bool:
        return self._reason is not None

    def reason(self) -> str | None:
        return self._reason

    def set_locked(self, locked: bool) -> None:
        """The idle lock (and logout) covers content at once, whatever the focus."""
        self._locked = locked
        self.refresh()

    def refresh(self, *_: object) -> None:
        reason = self._current_reason()
        changed = reason != self._reason
        if changed and reason in (INACTIVE, MINIMISED, OBSCURED):
            self._journal.blocked(FOCUS_LOST, reason)
        self._reason = reason
        for widget in self._guard.protected_widgets():
            self._apply(widget)
        if changed:
            self.shaded_changed.emit(reason is not None)

    # --- internals ----------------------------------------------------------------------

    def _current_reason(self) -> str | None:
        if self._locked:
            return LOCKED
        if QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
            return INACTIVE
        for widget in self._guard.protected_widgets():
            window = widget.window()
            if not window.isVisible():
                continue
            if window.isMinimized():
                return MINIMISED
            handle = window.windowHandle()
            if handle is None or not handle.isVisible():
                continue
            if handle.isExposed():
                handle.setProperty(_WAS_EXPOSED, True)
            elif handle.property(_WAS_EXPOSED):  # not the moment between show and expose
                return OBSCURED
        return None

    def _apply(self, widget: QWidget) -> None:
        cover = widget.findChild(ShadeCover, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if self._reason is None:
            if cover is not None:
                cover.hide()
            return
        if cover is None:
            cover = ShadeCover(widget)
        cover.reason = self._reason
        cover.setGeometry(widget.rect())
        cover.show()
        cover.raise_()
        cover.update()

    def _on_content_shown(self, widget: QWidget) -> None:
        if self._reason is not None:
            self._apply(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            handle = watched.windowHandle()
            if handle is not None:
                handle.setProperty(_WAS_EXPOSED, False)
        if event.type() in _WINDOW_EVENTS and (
            isinstance(watched, QWindow) or (isinstance(watched, QWidget) and watched.isWindow())
        ):
            self.refresh()
        return False
