"""First run: enrol this workstation with the one-time code IT gave (server from the policy)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.qt.theme import busy_bar, card_screen, message_line, show_message


class EnrolScreen(QWidget):
    enrol_requested = Signal(str)  # the one-time code

    def __init__(self, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page, layout = card_screen(
            self,
            "Enrol this workstation",
            f"Server: {server_url} (from the signed policy). Type the one-time code IT gave "
            "you; this device's keys are made here and never leave it.",
        )
        QVBoxLayout(self).addWidget(page)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("One-time enrolment code")
        self.code.setAccessibleName("One-time enrolment code")
        self.code.returnPressed.connect(self._submit)
        self.button = QPushButton("Enrol", self)
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.step = QLabel(self)
        self.step.setObjectName("hint")
        self.progress = busy_bar(self)
        self.message = message_line(self)
        for widget in (self.code, self.button, self.progress, self.step, self.message):
            layout.addWidget(widget)

    def _submit(self) -> None:
        code = self.code.text().strip()
        if not code:
            show_message(self.message, "Type the one-time enrolment code from IT.")
            self.code.setFocus()
            return
        self.enrol_requested.emit(code)

    def set_busy(self, busy: bool, step: str = "") -> None:
        self.code.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.step.setText(step)
        if busy:
            show_message(self.message, "")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        show_message(self.message, text)
        self.code.selectAll()
        self.code.setFocus()
