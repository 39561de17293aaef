"""The look: three themes switched from the View menu or Ctrl+Shift+T, fonts that follow the
application font (no pixel sizes), the cheat sheet on `?` listing the shortcuts table and the
window's own keys, and the About box with the version and where the policy came from."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.models.shortcuts import SHORTCUTS
from app.ui.qt import theme
from app.ui.qt.main_window import WINDOW_SHORTCUTS
from tests.ui.window_world import World, enrolled, show_window


@pytest.mark.parametrize("name", theme.THEMES)
def test_style_sheets_fill_every_colour_and_set_no_font_size(name: str) -> None:
    sheet = theme.style_sheet(name)
    assert sheet
    assert "%(" not in sheet
    assert not re.search(r"font(-size)?\s*:", sheet)  # sizes come from the OS font only


def test_theme_shortcut_cycles_and_is_remembered(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world, login=False)
    window = show_window(qtbot, bench)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.set_theme("light")
    base = app.palette().color(QPalette.ColorRole.Window).name()
    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert theme.current_theme() == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).name() != base
    assert window.theme_actions["dark"].isChecked()
    window.theme_actions["high_contrast"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert bench.store is not None
    assert bench.store.get_setting("ui.theme") == "high_contrast"
    window.set_theme("light")
    bench.close()


def test_headings_scale_with_the_application_font(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world, login=False)
    window = show_window(qtbot, bench)
    small = theme.scaled_font(window, 1.5).pointSizeF()
    bigger = QFont(window.font())
    bigger.setPointSizeF(window.font().pointSizeF() * 2)
    window.setFont(bigger)
    assert theme.scaled_font(window, 1.5).pointSizeF() == pytest.approx(small * 2)
    bench.close()


def test_cheat_sheet_lists_every_shortcut(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world, login=False)
    window = show_window(qtbot, bench)
    window.cheat_action.trigger()
    sheets = [w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Keyboard shortcuts"]
    assert sheets
    descriptions = {description for _keys, description in sheets[-1].rows()}
    for shortcut in (*SHORTCUTS, *WINDOW_SHORTCUTS):
        assert shortcut.description in descriptions
    sheets[-1].close()
    bench.close()


def test_about_names_version_and_policy_source(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world, login=False)
    window = show_window(qtbot, bench)
    box = window.show_about()
    text = "\n".join(box.lines)
    assert text.startswith("Cleanroom ")
    assert "Policy: test policy" in text
    assert world.harness.url in text
    assert bench.identity is not None
    assert bench.identity.device_id in text
    box.close()
    bench.close()
