"""The work queue: assigned shards listed, a shard opened through the gate, Enter/N opens the
next unlabelled item, a skip needs a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.window_world import TEXTS, World, logged_in_window, open_first_shard


def test_queue_lists_assigned_shards(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    soon = world.project(ttl_s=3600)[0]
    later = world.project()[0]
    window.refresh_queue()
    qtbot.waitUntil(lambda: window.queue_screen.shards.rowCount() == 2, timeout=20_000)
    rows = {r.shard_id: r for r in window.queue_screen._rows}
    assert rows[soon].near_expiry
    assert not rows[later].near_expiry
    assert rows[soon].expires.startswith("in ")
    assert rows[later].progress == "0/?"
    assert not rows[later].downloaded
    bench.close()


def test_open_shard_then_n_shows_the_first_item(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    shard_id = world.project()[0]
    open_first_shard(qtbot, window, shard_id)
    assert window.current_screen == "queue"
    assert bench.held_buffers() == 0  # a list of items, no content yet
    window.queue_screen.items.setFocus()
    qtbot.keyClick(window.queue_screen.items, Qt.Key.Key_N)
    assert window.current_screen == "workspace"
    assert window.current is not None
    assert window.current.item_id == window.item_queue.items[0].item_id
    assert bench.held_buffers() == 1
    shown = window.workspace.item  # the views helper's LabelingWorkspace shows it
    assert shown.item_id == window.current.item_id
    assert shown.kind == "text"
    assert bytes(shown.data).decode() in TEXTS
    window.show_queue()  # leaving the item wipes it
    assert bench.held_buffers() == 0
    assert window.workspace.item is None
    bench.close()


def test_skip_needs_a_reason(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    shard_id = world.project()[0]
    open_first_shard(qtbot, window, shard_id)
    screen = window.queue_screen
    screen.items.selectRow(1)
    assert not screen.skip.isEnabled()  # no reason chosen yet
    screen.skip_reason.setCurrentIndex(screen.skip_reason.findData("needs_expert"))
    assert screen.skip.isEnabled()
    qtbot.mouseClick(screen.skip, Qt.MouseButton.LeftButton)
    assert window.item_queue.items[1].state == "skipped"
    assert screen.items.item(1, 2).text() == "skipped"
    assert screen.skip_reason.currentData() == ""  # the next skip asks again
    window.open_next_unlabelled()  # after the skipped item
    assert window.current.item_id == window.item_queue.items[2].item_id
    window.open_next_unlabelled()  # wraps round, past the skipped one
    assert window.current.item_id == window.item_queue.items[0].item_id
    bench.close()
