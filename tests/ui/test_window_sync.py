"""The sync worker pushes on demand (Ctrl+Alt+S) off the UI thread and the status bar
follows: queued labels go to zero and the last sync is shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.server.models import Token
from app.ui.qt.main_window import SERVER_SESSION_ENDED
from tests.ui.window_world import (
    World,
    class_draft,
    logged_in_window,
    open_first_shard,
    press,
)


def test_sync_shortcut_pushes_and_the_status_bar_follows(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    open_first_shard(qtbot, window, world.project()[0])
    window.open_next_unlabelled()
    item = window.current
    bench.save(class_draft(item, "urgent"))
    window._saved(item.item_id)
    assert bench.status().labels_queued == 1
    assert window.status.queued.text().startswith("Queued: 1 labels")
    with qtbot.waitSignal(window.sync.finished, timeout=20_000) as done:
        press(window, "Ctrl+Alt+S")  # Ctrl+Shift+S is swallowed by the guard (Save As)
    assert done.args[0].ok
    assert done.args[0].labels_sent == 1
    assert bench.status().labels_queued == 0
    assert window.status.queued.text().startswith("Queued: 0 labels")
    assert window.status.synced.text() == "Synced: just now"
    window.show_queue()
    assert window.item_queue.items[0].state == "labelled"
    bench.close()


def test_sync_failure_keeps_the_work_and_says_so(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    world.harness.stop()
    try:
        with qtbot.waitSignal(window.sync.finished, timeout=30_000) as done:
            window.sync_now()
        assert not done.args[0].ok
        assert done.args[0].message.startswith("Sync failed: ")
        assert window.current_screen == "queue"
    finally:
        world.harness.start()
    bench.close()


def test_an_ended_server_session_stops_sync_and_says_what_to_do(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    # A timer push that started before the tokens go could still succeed and answer first.
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=60_000)
    with world.harness.db() as db:  # the server forgets every login token (expiry, restart)
        db.query(Token).delete()
        db.commit()
    # Generous: under a loaded CI machine the refused push can take a while to come back.
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as done:
        window.sync_now()
    assert not done.args[0].ok
    assert window.status.currentMessage() == SERVER_SESSION_ENDED
    assert not window.sync.request()  # stopped until a new online login
    assert window.current_screen == "queue"
    bench.close()
