"""One look for the whole window: light, dark and high contrast.

Colours live here (one dict per theme) and fill the style sheet in resources/themes/base.qss;
the QPalette gets the same colours so widgets that paint themselves (views, charts) follow.
Fonts: nothing sets a size in pixels. The window uses the application font, which Qt takes
from the OS setting; headings are that font scaled (`scaled_font`), so a user who enlarges
the system font enlarges everything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

THEMES: Final = ("light", "dark", "high_contrast")
THEME_NAMES: Final = {"light": "Light", "dark": "Dark", "high_contrast": "High contrast"}
QSS_FILE: Final = Path(__file__).resolve().parents[3] / "resources" / "themes" / "base.qss"

COLOURS: Final[dict[str, dict[str, str]]] = {
    "light": {
        "window": "#f3f4f6", "base": "#ffffff", "alt_base": "#f8f9fb", "button": "#e9ebef",
        "text": "#1b1f24", "muted": "#5b6472", "border": "#c5cad3", "accent": "#1f5fbf",
        "accent_text": "#ffffff", "focus": "#0b57d0", "error": "#b3261e", "error_bg": "#fdecea",
        "warn": "#8a5a00", "info_bg": "#e8f0fe", "lock": "#1b1f24", "lock_text": "#f3f4f6",
        "near_expiry": "#fff1c2",
    },
    "dark": {
        "window": "#1e2126", "base": "#262a30", "alt_base": "#2b3037", "button": "#30353c",
        "text": "#e6e8eb", "muted": "#a2a9b4", "border": "#464c55", "accent": "#5b9cf5",
        "accent_text": "#0d1117", "focus": "#8ab4f8", "error": "#f2b8b5", "error_bg": "#3b1f1f",
        "warn": "#f0c674", "info_bg": "#1f2d44", "lock": "#0d0f12", "lock_text": "#e6e8eb",
        "near_expiry": "#4a3b12",
    },
    "high_contrast": {
        "window": "#000000", "base": "#000000", "alt_base": "#0a0a0a", "button": "#000000",
        "text": "#ffffff", "muted": "#ffffff", "border": "#ffffff", "accent": "#ffff00",
        "accent_text": "#000000", "focus": "#00ffff", "error": "#ff6b6b", "error_bg": "#000000",
        "warn": "#ffff00", "info_bg": "#000000", "lock": "#000000", "lock_text": "#ffffff",
        "near_expiry": "#5c4400",
    },
}  # fmt: skip


def colour(theme: str, name: str) -> QColor:
    return QColor(COLOURS[theme][name])


def style_sheet(theme: str) -> str:
    """The style sheet for `theme` (empty if the resource is missing: Qt's default look)."""
    try:
        template = QSS_FILE.read_text(encoding="utf-8")
    except OSError:
        return ""
    return template % COLOURS[theme]


def palette(theme: str) -> QPalette:
    c = COLOURS[theme]
    pal = QPalette()
    role = QPalette.ColorRole
    for r, name in (
        (role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"),
        (role.AlternateBase, "alt_base"), (role.Text, "text"), (role.Button, "button"),
        (role.ButtonText, "text"), (role.Highlight, "accent"),
        (role.HighlightedText, "accent_text"), (role.ToolTipBase, "base"),
        (role.ToolTipText, "text"), (role.PlaceholderText, "muted"), (role.Link, "accent"),
    ):  # fmt: skip
        pal.setColor(r, QColor(c[name]))
    return pal


def apply_theme(app: QApplication, theme: str) -> None:
    if theme not in THEMES:
        theme = "light"
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme))
    app.setProperty("cleanroom_theme", theme)


def current_theme(app: QApplication | None = None) -> str:
    app = app or QApplication.instance()  # type: ignore[assignment]
    value = app.property("cleanroom_theme") if app is not None else None
    return value if value in THEMES else "light"


def next_theme(theme: str) -> str:
    return THEMES[(THEMES.index(theme) + 1) % len(THEMES)] if theme in THEMES else THEMES[0]


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font (the OS size) scaled by `factor`: headings without fixed sizes."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:  # only when the platform font itself is in pixels
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


# --- shared building blocks of the screens' look -------------------------------------------


def busy_bar(parent: QWidget) -> QProgressBar:
    """A hidden progress bar that shows "busy" (the step it waits on has no measurable size)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.hide()
    return bar


def message_line(parent: QWidget) -> QLabel:
    """The one line that tells a person what happened (hidden while empty)."""
    label = QLabel(parent)
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, kind: str = "error") -> None:
    label.setProperty("kind", kind)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def card_screen(parent: QWidget, title: str, subtitle: str = "") -> tuple[QWidget, QVBoxLayout]:
    """A page with a centred card; returns (page, the card's layout)."""
    page = QWidget(parent)
    page.setObjectName("screen")
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    card = QFrame(page)
    card.setObjectName("card")
    card.setMinimumWidth(card.fontMetrics().averageCharWidth() * 56)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(10)
    heading = QLabel(title, card)
    heading.setObjectName("title")
    heading.setFont(scaled_font(card, 1.5, bold=True))
    layout.addWidget(heading)
    if subtitle:
        hint = QLabel(subtitle, card)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
    row.addWidget(card, 0)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page, layout
