"""Qt runs here: offscreen by default, with the system libraries `make test` installs."""

from __future__ import annotations

import os

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_offscreen_platform_is_selected() -> None:
    assert os.environ["QT_QPA_PLATFORM"] in {"offscreen", "xcb"}


def test_widget_renders_to_pixels(qtbot: QtBot) -> None:
    label = QLabel("cleanroom")
    label.setStyleSheet("background: #102030; color: white;")
    label.resize(120, 40)
    qtbot.addWidget(label)
    label.show()
    image = label.grab().toImage()
    assert image.width() == 120
    assert image.pixelColor(2, 2) == QColor("#102030")
