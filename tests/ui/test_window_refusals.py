"""An expired shard, a revoked device and the offline limit each show one clear message and
never content (no item shown, no decrypted buffer held)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.server.services import devices
from app.ui.qt.main_window import OFFLINE_LIMIT, REVOKED
from tests.ui.window_world import Clock, World, logged_in_window, open_first_shard


def test_expired_shard_shows_a_message_not_content(qtbot: QtBot, world: World) -> None:
    clock = Clock()
    window, bench = logged_in_window(qtbot, world, clock)
    shard_id = world.project(ttl_s=60)[0]
    open_first_shard(qtbot, window, shard_id)
    window.show_queue()
    bench.close_shard(shard_id)
    clock.advance(120)
    assert not window.open_shard(shard_id)
    message = window.queue_screen.message
    assert message.text() == "The shard has expired; sync to receive a fresh one."
    assert window.current is None
    assert window.item_queue is None
    assert bench.held_buffers() == 0
    bench.close()


def test_revoked_device_shreds_with_a_message(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    open_first_shard(qtbot, window, world.project()[0])
    window.open_next_unlabelled()
    assert window.current is not None
    with world.harness.db() as db:
        devices.revoke_device(db, world.harness.config, bench.identity.device_id)
    window.refresh_queue()  # the next server call (the shard list) hears 403 device_revoked
    qtbot.waitUntil(lambda: window.current_screen == "revoked", timeout=20_000)
    assert window.revoked_screen.message.text() == REVOKED
    assert window.current is None
    assert bench.held_buffers() == 0
    assert bench.shredded is not None  # the worker's list call shredded the device
    assert bench.store is None
    bench.close()


def test_offline_limit_locks_with_a_message(qtbot: QtBot, world: World) -> None:
    clock = Clock()
    window, bench = logged_in_window(qtbot, world, clock)
    shard_id = world.project()[0]
    open_first_shard(qtbot, window, shard_id)
    window.open_next_unlabelled()
    item = window.current
    clock.advance(world.harness.policy.max_offline_s + 1)
    window._check_idle()
    assert window.current_screen == "lock"
    assert OFFLINE_LIMIT in window.lock_screen.reason.text()
    assert bench.held_buffers() == 0
    assert bytes(item.data) == bytes(len(item.data))
    window.lock_screen.password.setText("any")
    window.lock_screen._offline()  # offline unlock is past the limit too
    assert "connect to the server" in window.lock_screen.message.text()
    assert window.current_screen == "lock"
    bench.close()
