"""Offscreen screenshots of the demo's first items (one per kind), taken from the real window:
what the annotator would see, watermark included."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.qt.main_window import MainWindow
from app.workstation.paths import ensure_private_dir

KIND_ORDER = ("text", "image", "dicom")


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let queued signals and paints run (the window's background calls included)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def first_of_each_kind(window: MainWindow) -> dict[str, int]:
    """Index of the first item of each kind in the open shard, in manifest order."""
    out: dict[str, int] = {}
    if window.item_queue is not None:
        for index, item in enumerate(window.item_queue.items):
            out.setdefault(item.kind, index)
    return out


def take_screenshots(app: QApplication, window: MainWindow, folder: Path) -> list[Path]:
    """Show the first text, image and DICOM item in turn and grab the window each time."""
    folder = ensure_private_dir(folder)
    written: list[Path] = []
    first = first_of_each_kind(window)
    shown = [(kind, first[kind]) for kind in KIND_ORDER if kind in first]
    for number, (kind, index) in enumerate(shown, start=1):
        if not window.show_item(index):
            continue
        settle(app)
        path = folder / f"{number:02}-{kind}.png"
        window.grab().save(str(path))
        written.append(path)
    window.show_queue()
    settle(app)
    path = folder / f"{len(written) + 1:02}-queue.png"
    window.grab().save(str(path))
    written.append(path)
    return written
