"""About: the version, where the policy came from and what it sets, and this device."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.policy import Policy


def app_version() -> str:
    try:
        return metadata.version("cleanroom")
    except metadata.PackageNotFoundError:
        return "development build"


def about_lines(policy: Policy, policy_source: str, device_id: str | None) -> list[str]:
    kids = ", ".join(policy.server_kids)
    return [
        f"Cleanroom {app_version()}",
        f"Policy: {policy_source}",
        f"Server: {policy.server_url} (server keys {kids})",
        f"Idle lock after {policy.idle_lock_s} s; offline work up to {policy.max_offline_s} s",
        f"Watermark opacity {policy.watermark.opacity}%; capture protection "
        f"{policy.capture_protection}",
        f"Device: {device_id or 'not enrolled'}",
    ]


class AboutBox(QDialog):
    def __init__(
        self,
        policy: Policy,
        policy_source: str,
        device_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Cleanroom")
        layout = QVBoxLayout(self)
        self.lines = about_lines(policy, policy_source, device_id)
        for index, line in enumerate(self.lines):
            label = QLabel(line, self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            if index == 0:
                font = label.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.3)
                label.setFont(font)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
