"""The idle lock from the policy covers the whole window and drops every decrypted buffer;
any key or mouse activity touches the session; unlock online brings the item back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.window_world import (
    PASSWORD,
    Clock,
    World,
    logged_in_window,
    open_first_shard,
)


def test_idle_lock_covers_the_window_and_drops_buffers(qtbot: QtBot, world: World) -> None:
    clock = Clock()
    window, bench = logged_in_window(qtbot, world, clock)
    open_first_shard(qtbot, window, world.project()[0])
    window.open_next_unlabelled()
    item = window.current
    assert item is not None
    assert bench.held_buffers() == 1
    idle_s = world.harness.policy.idle_lock_s
    clock.advance(idle_s + 1)
    window._check_idle()  # the window's 1 s timer does this
    assert window.current_screen == "lock"
    assert not window.workspace_page.isVisible()
    assert not window.queue_screen.isVisible()
    assert bench.session.held_buffers == 0
    assert bytes(item.data) == bytes(len(item.data))  # wiped in place
    assert window.current is None
    assert window.workspace.item is None  # workspace.clear() ran
    locks = [r.entry for r in bench.store.journal_records() if r.entry["type"] == "session.locked"]
    assert [e["data"]["reason"] for e in locks] == ["idle"]
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.totp.setText(world.totp())
    qtbot.mouseClick(window.lock_screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "workspace", timeout=20_000)
    assert window.current.item_id == item.item_id  # back where the annotator was
    bench.close()


def test_activity_keeps_the_session_open(qtbot: QtBot, world: World) -> None:
    clock = Clock()
    window, bench = logged_in_window(qtbot, world, clock)
    idle_s = world.harness.policy.idle_lock_s
    clock.advance(idle_s - 10)
    qtbot.keyClick(window.queue_screen, Qt.Key.Key_Shift)
    clock.advance(idle_s - 10)
    window._check_idle()
    assert window.current_screen == "queue"
    clock.advance(11)
    window._check_idle()
    assert window.current_screen == "lock"
    bench.close()


def test_wrong_unlock_says_so_and_stays_locked(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    window.lock("Locked by hand.")
    window.lock_screen.password.setText("not the password")
    qtbot.mouseClick(window.lock_screen.offline, Qt.MouseButton.LeftButton)
    assert window.lock_screen.message.isVisible()
    assert window.current_screen == "lock"
    window.lock_screen.password.setText(PASSWORD)
    qtbot.mouseClick(window.lock_screen.offline, Qt.MouseButton.LeftButton)
    assert window.current_screen == "queue"
    bench.close()


def test_logout_closes_shards_and_wipes_buffers(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    shard_id = world.project()[0]
    open_first_shard(qtbot, window, shard_id)
    window.open_next_unlabelled()
    item = window.current
    window.logout_action.trigger()
    assert window.current_screen == "login"
    assert bench.held_buffers() == 0
    assert bytes(item.data) == bytes(len(item.data))
    assert window.item_queue is None
    assert window.login_screen.user.text() == world.username
    assert not window.sync_action.isEnabled()
    bench.close()
