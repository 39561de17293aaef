"""Issue 13 in the window, through the real TLS server: a device revoked during a session is
crypto-shredded at its next server call and shows IT's note, never content, now and at every
later start; an item erased on the server leaves the open shard (and the screen) after the
next sync while labels on the other items upload; a label the project's schema refuses is
refused inline and not saved; refused labels say so in the status bar."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.errors import LabelValueError
from app.core.labels import LabelDraft
from app.server.models import ErasedItem, Label
from app.server.services import devices
from app.server.services.erasure import erase_subject
from app.ui.qt.main_window import ERASED, REVOKED
from app.workstation.identity import IDENTITY_ENTRY, SECRET_ENTRIES
from tests.ui.window_world import (
    PASSWORD,
    World,
    class_draft,
    logged_in_window,
    open_first_shard,
    show_window,
)

NOTE = "Laptop reported stolen at the front desk"


def _revoke(world: World, device_id: str) -> None:
    with world.harness.db() as db:
        devices.revoke_device(db, world.harness.config, device_id, NOTE)


def _assert_revoked_page(window: Any) -> None:
    assert window.current_screen == "revoked"
    assert window.revoked_screen.message.text() == REVOKED
    assert window.revoked_screen.notice.text() == f"IT's note: {NOTE}."
    assert window.current is None
    assert window.item_queue is None


def test_revoked_during_a_session_shreds_at_the_next_sync(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    open_first_shard(qtbot, window, world.project()[0])
    window.open_next_unlabelled()
    item = window.current
    assert item is not None
    assert window.current_screen == "workspace"
    keys = bench.keys
    _revoke(world, bench.identity.device_id)
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync_now()  # the worker's push hears 403 device_revoked
    _assert_revoked_page(window)
    assert bytes(item.data) == bytes(len(item.data))  # the shown item's bytes are wiped
    assert bench.held_buffers() == 0
    assert bench.shredded is not None
    assert bench.shredded.shards_deleted == 1
    assert bench.store is None
    assert bench.identity is None
    assert all(keys.get(name) is None for name in SECRET_ENTRIES)  # the keys are gone
    assert "revoked_ms" in (keys.get(IDENTITY_ENTRY) or "")
    assert not window.sync.request()  # nothing left to push with
    assert not window.refresh_action.isEnabled()
    window.close()

    again = world.workbench()  # the next start of the same workstation
    restarted: Any = show_window(qtbot, again)
    _assert_revoked_page(restarted)
    restarted.revoked_screen.button.click()  # the way on: a new code from IT
    assert restarted.current_screen == "enrol"
    restarted.enrol_screen.code.setText(world.enrol_code())
    restarted.enrol_screen.button.click()
    qtbot.waitUntil(lambda: restarted.current_screen == "login", timeout=30_000)
    assert again.identity is not None
    assert again.identity.device_id != bench.shredded.device_id  # a new device, new keys
    again.close()


def test_revoked_answer_to_a_login_shreds(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    window.logout()
    _revoke(world, bench.identity.device_id)
    screen = window.login_screen
    screen.user.setText(world.username)
    screen.password.setText(PASSWORD)
    screen.totp.setText(world.totp())
    screen.button.click()
    qtbot.waitUntil(lambda: window.current_screen == "revoked", timeout=20_000)
    _assert_revoked_page(window)
    assert bench.shredded is not None
    assert screen.password.text() == ""
    window.close()


def test_revoked_answer_to_an_online_unlock_shreds(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    open_first_shard(qtbot, window, world.project()[0])
    window.open_next_unlabelled()
    window.lock("Locked by hand.")
    _revoke(world, bench.identity.device_id)
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.totp.setText(world.totp())
    window.lock_screen.button.click()
    qtbot.waitUntil(lambda: window.current_screen == "revoked", timeout=20_000)
    _assert_revoked_page(window)
    assert bench.shredded is not None
    assert bench.held_buffers() == 0
    window.close()


def test_an_erased_item_leaves_the_open_shard_and_the_screen(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    shard_id = world.project(("Kept note.", "Gone note."), subjects=("keep-1", "gone-1"))[0]
    open_first_shard(qtbot, window, shard_id)
    queue = window.item_queue
    assert len(queue) == 2
    with world.harness.db() as db:
        erase_subject(db, world.harness.config, "gone-1")
        (gone,) = [r.item_id for r in db.query(ErasedItem).filter_by(shard_id=shard_id)]
    (kept,) = [i.item_id for i in queue.items if i.item_id != gone]
    window.show_item(queue.index_of(kept))
    bench.save(class_draft(window.current, "routine"))  # a label on the item that stays
    window.show_item(queue.index_of(gone))
    shown = window.current
    assert shown is not None
    assert shown.item_id == gone
    with qtbot.waitSignal(window.sync.finished, timeout=20_000) as done:
        window.sync_now()
    assert done.args[0].ok
    assert window.current is None
    assert window.current_screen == "queue"
    assert window.queue_screen.message.text() == ERASED
    assert bytes(shown.data) == bytes(len(shown.data))
    assert [i.item_id for i in window.item_queue.items] == [kept]
    assert window.queue_screen.items.rowCount() == 1
    assert bench.status().labels_queued == 0  # the label on the kept item went up
    with world.harness.db() as db:
        assert [r.item_id for r in db.query(Label).filter_by(shard_id=shard_id)] == [kept]
    bench.close_shard(shard_id)  # reopened from the cache: still withheld
    assert [i.item_id for i in bench.open_shard(shard_id)] == [kept]
    bench.close()


def test_a_label_outside_the_schema_is_refused_inline(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    open_first_shard(qtbot, window, world.project()[0])
    window.open_next_unlabelled()
    item = window.current
    with pytest.raises(LabelValueError):
        bench.save(class_draft(item, "not-in-the-schema"))
    assert bench.labels_for_item(item.item_id) == []
    # A class an older client stored before the project's schema dropped it: adding a
    # comment keeps the class, which the schema refuses now; the comment box says so.
    old = LabelDraft(item.project_id, item.shard_id, item.item_id, "class", {"labels": ["gone"]})
    bench.store.save_label(old, user_id=bench.account_id)
    window.show_item(window.item_queue.current)
    box = window.workspace.comment_box
    box.edit.setText("Checked twice")
    assert not box.commit()
    assert "not in the project's schema" in box.status.text()
    assert len(bench.labels_for_item(item.item_id)) == 1  # nothing saved
    bench.close()


def test_refused_labels_show_in_the_status_bar(qtbot: QtBot, world: World) -> None:
    window, bench = logged_in_window(qtbot, world)
    open_first_shard(qtbot, window, world.project()[0])
    window.open_next_unlabelled()
    item = window.current
    refused = LabelDraft(item.project_id, item.shard_id, item.item_id, "class", {"labels": ["x"]})
    bench.store.save_label(refused, user_id=bench.account_id)  # queued by an older client
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync_now()
    text = window.status.refused.text()
    assert text.startswith("Labels refused by the server (")
    assert "\n" not in text
    assert bench.status().labels_queued == 1  # kept here, not lost
    bench.close()
