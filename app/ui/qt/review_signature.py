"""The signature dialog (21 CFR Part 11 §11.50, §11.200): before signing it shows the
printed name and the meaning of the signature; the lead re-enters the password (and the
TOTP code at the first signing of a session or after a lock); after signing it shows the
signed record: printed name, date and time, meaning.

The password field echoes dots and, in Qt's Password mode, gives nothing to copy, cut or
drag; it is cleared after every attempt and whenever the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.review_adjudication import MEANING_TEXT, SignedRecord
from app.ui.qt.theme import message_line, scaled_font, show_message


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class SignatureDialog(QDialog):
    sign_requested = Signal(str, str)  # password, TOTP code ("" when not asked)

    def __init__(
        self,
        printed_name: str,
        meaning: str,
        reason: str,
        *,
        totp_required: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sign the adjudication")
        self.setModal(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.meaning = meaning
        self.totp_required = totp_required
        layout = QVBoxLayout(self)
        heading = _plain("Electronic signature", self)
        heading.setFont(scaled_font(self, 1.3, bold=True))
        layout.addWidget(heading)
        form = QFormLayout()
        self.name = _plain(printed_name, self)
        self.meaning_text = _plain(MEANING_TEXT.get(meaning, meaning), self)
        form.addRow("Printed name", self.name)
        form.addRow("Meaning", self.meaning_text)
        if reason:
            form.addRow("Reason", _plain(reason, self))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password, to sign")
        self.password.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.password.setDragEnabled(False)
        self.totp = QLineEdit(self)
        self.totp.setAccessibleName("Authenticator code, to sign")
        self.totp.setEchoMode(QLineEdit.EchoMode.Password)
        self.totp.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.totp.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.totp))
        form.addRow("Password", self.password)
        self.totp_label = QLabel("Code", self)
        form.addRow(self.totp_label, self.totp)
        self.totp.setVisible(totp_required)
        self.totp_label.setVisible(totp_required)
        layout.addLayout(form)
        self.notice = _plain(
            "Signing binds your name, the time and this meaning to this label version; "
            "it is recorded in the journal and cannot be moved to another record.",
            self,
        )
        self.notice.setObjectName("hint")
        layout.addWidget(self.notice)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.record = _plain("", self)
        self.record.setObjectName("signed")
        self.record.hide()
        layout.addWidget(self.record)
        buttons = QHBoxLayout()
        self.cancel = QPushButton("Cancel", self)
        self.cancel.clicked.connect(self.reject)
        self.sign = QPushButton("Sign", self)
        self.sign.setObjectName("primary")
        self.sign.setDefault(True)
        self.sign.clicked.connect(self._submit)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.sign)
        layout.addLayout(buttons)
        self.password.setFocus()

    def ask_totp(self, message: str) -> None:
        """The server wants the code too (a lock since the last signing)."""
        self.totp_required = True
        self.totp.setVisible(True)
        self.totp_label.setVisible(True)
        self.show_error(message)
        self.totp.setFocus()

    def _submit(self) -> None:
        password, code = self.password.text(), self.totp.text().strip()
        if not password:
            self.show_error("Enter your password to sign.")
            return
        if self.totp_required and not code:
            self.show_error("Enter the code from your authenticator to sign.")
            return
        self.password.clear()  # the value is with the caller now; nothing stays in the field
        self.totp.clear()
        self.set_busy(True)
        self.sign_requested.emit(password, code)

    def set_busy(self, busy: bool) -> None:
        self.sign.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.totp.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        show_message(self.message, text)
        self.password.setFocus()

    def show_signed(self, record: SignedRecord) -> None:
        """After signing: the record, and the only button left closes the dialog."""
        self.set_busy(False)
        show_message(self.message, "")
        self.record.setText("\n".join(record.lines()))
        self.record.show()
        for widget in (self.password, self.totp, self.totp_label, self.notice):
            widget.hide()
        self.sign.hide()
        self.cancel.setText("Close")
        self.cancel.setDefault(True)
        self.cancel.setFocus()

    def done(self, result: int) -> None:
        self.password.clear()
        self.totp.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.password.clear()
        self.totp.clear()
        super().closeEvent(event)
