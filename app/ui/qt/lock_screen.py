"""The lock: covers the whole window (no content page is visible behind it) once the session
locks, idle or by hand. Unlock online (password + code) or, when allowed, offline."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.qt.theme import busy_bar, card_screen, message_line, show_message


class LockScreen(QWidget):
    unlock_requested = Signal(str, str)  # password, TOTP code
    offline_unlock_requested = Signal(str)  # password
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock")
        page, layout = card_screen(self, "Locked", "Task content was cleared from memory.")
        QVBoxLayout(self).addWidget(page)
        self.reason = QLabel(self)
        self.reason.setObjectName("hint")
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        self.totp = QLineEdit(self)
        self.totp.setPlaceholderText("Code (online unlock)")
        self.totp.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.totp))
        form.addRow("Password", self.password)
        form.addRow("Code", self.totp)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.logout = QPushButton("Log out", self)
        self.logout.clicked.connect(self.logout_requested.emit)
        self.offline = QPushButton("Unlock offline", self)
        self.offline.setToolTip("Password only; allowed within the policy's offline limit")
        self.offline.clicked.connect(self._offline)
        self.button = QPushButton("Unlock", self)
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        buttons.addWidget(self.logout)
        buttons.addStretch(1)
        buttons.addWidget(self.offline)
        buttons.addWidget(self.button)
        layout.addLayout(buttons)
        self.progress = busy_bar(self)
        layout.addWidget(self.progress)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.password.returnPressed.connect(self._submit)
        self.totp.returnPressed.connect(self._submit)

    def show_locked(self, user: str, reason: str) -> None:
        self.password.clear()
        self.totp.clear()
        self.set_busy(False)
        show_message(self.message, "")
        self.reason.setText(f"{user}: {reason}")
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.password.text():
            show_message(self.message, "Type your password.")
            return
        if not self.totp.text():
            self._offline()
            return
        self.unlock_requested.emit(self.password.text(), self.totp.text())

    def _offline(self) -> None:
        if not self.password.text():
            show_message(self.message, "Type your password.")
            return
        self.offline_unlock_requested.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password, self.totp, self.button, self.offline, self.logout):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        show_message(self.message, text)
        self.totp.clear()
        self.password.selectAll()
        self.password.setFocus()
