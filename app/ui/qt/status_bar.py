"""The status bar: what waits to be sent, when the last sync was, and how long this
workstation may still work offline before the policy closes the shards."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.ui.models.queue import duration_text
from app.workstation.workbench import Status

WARN_LEFT_MS = 3600_000  # the offline countdown turns amber in its last hour


def _set_kind(label: QLabel, kind: str) -> None:
    if label.property("kind") != kind:
        label.setProperty("kind", kind)
        label.style().unpolish(label)
        label.style().polish(label)


def refusal_text(code: str | None) -> str:
    """One line for labels the server refused at the last sync (they stay queued here)."""
    if not code:
        return ""
    if code == "conflict":
        return "Labels kept for review: the server holds a newer version; tell your lead."
    return f"Labels refused by the server ({code}): kept on this workstation; tell IT."


class StatusBar(QStatusBar):
    def __init__(
        self, parent: QWidget | None = None, *, clock_ms: Callable[[], int] | None = None
    ) -> None:
        super().__init__(parent)
        self._clock_ms = clock_ms or (lambda: time.time_ns() // 1_000_000)
        self.queued = QLabel(self)
        self.synced = QLabel(self)
        self.offline = QLabel(self)
        self.refused = QLabel(self)
        self.user = QLabel(self)
        for label in (self.queued, self.synced, self.offline, self.refused):
            self.addWidget(label)
        self.addPermanentWidget(self.user)
        self.show_status(None)

    def show_status(self, status: Status | None, *, syncing: bool = False) -> None:
        if status is None:
            self.queued.setText("")
            self.synced.setText("")
            self.offline.setText("")
            self.refused.setText("")
            return
        self.queued.setText(
            f"Queued: {status.labels_queued} labels, {status.journal_queued} journal entries"
        )
        now = self._clock_ms()
        if syncing:
            self.synced.setText("Syncing…")
        elif status.last_sync_ms is None:
            self.synced.setText("Never synced")
        else:
            ago = max(0, (now - status.last_sync_ms) // 1000)
            when = "just now" if ago < 60 else f"{duration_text(ago)} ago"
            prefix = "Synced" if status.online else "Offline since last sync"
            self.synced.setText(f"{prefix}: {when}")
        left = status.offline_left_ms
        if left <= 0:
            self.offline.setText("Offline limit reached: shards closed until the next sync")
            _set_kind(self.offline, "error")
        else:
            self.offline.setText(f"Offline work left: {duration_text(left // 1000)}")
            _set_kind(self.offline, "warn" if left <= WARN_LEFT_MS else "")

        self.refused.setText(refusal_text(status.label_refusal))
        _set_kind(self.refused, "error" if status.label_refusal else "")

    def show_user(self, text: str) -> None:
        self.user.setText(text)
