"""Log in: user, password, TOTP code. The server's answer is one clear line; when the server
cannot be reached and the policy allows it, "Work offline" checks the password locally."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.qt.theme import busy_bar, card_screen, message_line, show_message


class LoginScreen(QWidget):
    login_requested = Signal(str, str, str)  # user, password, TOTP code
    offline_requested = Signal(str, str)  # user, password

    def __init__(self, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page, layout = card_screen(self, "Log in", f"Server: {server_url}")
        QVBoxLayout(self).addWidget(page)
        form = QFormLayout()
        self.user = QLineEdit(self)
        self.user.setAccessibleName("User name")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        self.totp = QLineEdit(self)
        self.totp.setPlaceholderText("6 digits from your authenticator")
        self.totp.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.totp))
        self.totp.setAccessibleName("One-time code")
        form.addRow("User", self.user)
        form.addRow("Password", self.password)
        form.addRow("Code", self.totp)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.offline = QPushButton("Work offline", self)
        self.offline.setToolTip("Check the password on this workstation; sync when back online")
        self.offline.hide()
        self.offline.clicked.connect(self._offline)
        self.button = QPushButton("Log in", self)
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        buttons.addWidget(self.offline)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        layout.addLayout(buttons)
        self.progress = busy_bar(self)
        layout.addWidget(self.progress)
        self.message = message_line(self)
        layout.addWidget(self.message)
        for field in (self.user, self.password, self.totp):
            field.returnPressed.connect(self._submit)

    def prefill(self, user: str | None) -> None:
        if user:
            self.user.setText(user)
            self.password.setFocus()
        else:
            self.user.setFocus()

    def _submit(self) -> None:
        user, password, code = self.user.text().strip(), self.password.text(), self.totp.text()
        if not user or not password or not code:
            show_message(self.message, "Fill in user, password and the code from your app.")
            return
        self.login_requested.emit(user, password, code)

    def _offline(self) -> None:
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            show_message(self.message, "Fill in user and password to work offline.")
            return
        self.offline_requested.emit(user, password)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.user, self.password, self.totp, self.button, self.offline):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            show_message(self.message, "")

    def show_error(self, text: str, *, offline_offered: bool = False) -> None:
        self.set_busy(False)
        self.offline.setVisible(offline_offered)
        show_message(self.message, text)
        self.totp.clear()
        self.password.setFocus()

    def show_info(self, text: str) -> None:
        show_message(self.message, text, kind="info")

    def clear_secrets(self) -> None:
        self.password.clear()
        self.totp.clear()
        self.offline.hide()


NOTE_MARK = "IT's note: "


class RevokedScreen(QWidget):
    """What a revoked (crypto-shredded) workstation shows instead of the login: why, with
    IT's note, and the one way on (a new enrolment code from IT). Never any content."""

    enrol_again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page, layout = card_screen(self, "This workstation is revoked")
        QVBoxLayout(self).addWidget(page)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.notice = message_line(self)
        layout.addWidget(self.notice)
        self.button = QPushButton("Enrol again with a new code", self)
        self.button.clicked.connect(self.enrol_again_requested.emit)
        layout.addWidget(self.button)

    def show_revoked(self, text: str, notice: str) -> None:
        show_message(self.message, text)
        note = " ".join(notice.split())
        # The server's answer reads "<why>. IT's note: <note>."; the why is `text` already.
        note = note.split(NOTE_MARK, 1)[1] if NOTE_MARK in note else note
        show_message(self.notice, f"{NOTE_MARK}{note}" if note else "", kind="info")
