"""First run in the window: enrol with the one-time code, then log in; the server's answers
(wrong code, revoked device, throttled login, unreachable with "Work offline") each in one
clear line."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.server.models import User
from app.server.services import devices
from app.ui.qt.main_window import REVOKED
from tests.ui.window_world import PASSWORD, World, enrolled, show_window


def _login(qtbot: QtBot, window: Any, user: str, password: str, code: str) -> None:
    screen = window.login_screen
    screen.user.setText(user)
    screen.password.setText(password)
    screen.totp.setText(code)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)


def test_enrol_then_login_reaches_the_queue(qtbot: QtBot, world: World) -> None:
    bench = world.workbench()
    window: Any = show_window(qtbot, bench)
    assert window.current_screen == "enrol"
    window.enrol_screen.code.setText(world.enrol_code())
    qtbot.keyClick(window.enrol_screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen == "login", timeout=20_000)
    assert bench.enrolled
    _login(qtbot, window, world.username, PASSWORD, world.totp())
    qtbot.waitUntil(lambda: window.current_screen == "queue", timeout=20_000)
    assert window.login_screen.password.text() == ""  # secrets leave the form


def test_a_wrong_enrolment_code_is_refused_in_one_line(qtbot: QtBot, world: World) -> None:
    bench = world.workbench()
    window: Any = show_window(qtbot, bench)
    window.enrol_screen.code.setText("not-a-real-code-123")
    qtbot.mouseClick(window.enrol_screen.button, Qt.MouseButton.LeftButton)
    message = window.enrol_screen.message
    qtbot.waitUntil(message.isVisible, timeout=20_000)
    assert "\n" not in message.text()
    assert "Traceback" not in message.text()
    assert window.current_screen == "enrol"
    assert not bench.enrolled


def test_wrong_code_says_so(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world, login=False)
    window: Any = show_window(qtbot, bench)
    assert window.current_screen == "login"
    assert window.login_screen.user.text() == ""
    _login(qtbot, window, world.username, PASSWORD, "000000")
    message = window.login_screen.message
    qtbot.waitUntil(message.isVisible, timeout=20_000)
    assert message.text() == "Wrong user name, password or code; check them and try again."
    assert window.current_screen == "login"
    assert not window.login_screen.offline.isVisible()


def test_revoked_device_says_so(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world, login=False)
    assert bench.identity is not None
    with world.harness.db() as db:
        devices.revoke_device(db, world.harness.config, bench.identity.device_id)
    window: Any = show_window(qtbot, bench)
    _login(qtbot, window, world.username, PASSWORD, world.totp())
    qtbot.waitUntil(lambda: window.current_screen == "revoked", timeout=20_000)
    assert window.revoked_screen.message.text() == REVOKED
    assert bench.shredded is not None  # the login that heard it shredded the device


def test_unreachable_server_offers_work_offline(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world)  # one online login leaves the offline verifier
    bench.logout()
    world.harness.stop()
    try:
        window: Any = show_window(qtbot, bench)
        assert window.login_screen.user.text() == world.username  # remembered
        _login(qtbot, window, world.username, PASSWORD, "123456")
        offline = window.login_screen.offline
        qtbot.waitUntil(offline.isVisible, timeout=30_000)
        assert window.login_screen.message.text().startswith("The server cannot be reached.")
        window.login_screen.password.setText(PASSWORD)
        qtbot.mouseClick(offline, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current_screen == "queue", timeout=20_000)
        assert not bench.online
    finally:
        world.harness.start()


def test_throttled_login_says_how_long_to_wait(qtbot: QtBot, world: World) -> None:
    bench = enrolled(world, login=False)
    window: Any = show_window(qtbot, bench)
    # The state the server's throttle leaves after failed logins (set here, not provoked:
    # failures from 127.0.0.1 would also slow every later test's logins).
    with world.harness.db() as db:
        user = db.query(User).filter_by(username=world.username).one()
        user.locked_until = int(time.time()) + 25
        db.commit()
    _login(qtbot, window, world.username, PASSWORD, world.totp())
    qtbot.waitUntil(lambda: not window.background.busy, timeout=20_000)
    text = window.login_screen.message.text()
    assert text.startswith("Too many failed logins; wait ")
    assert 1 <= int(text.split("wait ")[1].split(" s")[0]) <= 25
    assert window.current_screen == "login"
