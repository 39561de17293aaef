"""The Workbench facade against the real TLS server: enrol, login, queue, open, save, skip,
lock, push, offline limit."""

from __future__ import annotations

import pytest

from app.core.errors import UsageError
from app.workstation.errors import OfflineUnlockError, SessionLockedError, UnlockError
from app.workstation.session import State
from app.workstation.workbench import SKIP_EVENT, OpenedItem, Workbench
from tests.server.harness import Harness
from tests.ui.window_world import PASSWORD, TEXTS, World, class_draft, enrolled


def _open_first(bench: Workbench, shard_id: str) -> OpenedItem:
    bench.list_shards()
    bench.download_shard(shard_id)
    items = bench.open_shard(shard_id)
    return bench.open_item(shard_id, items[0].item_id)


def test_enrol_login_queue_open_save_push(world: World) -> None:
    steps: list[str] = []
    bench = world.workbench()
    assert not bench.enrolled
    bench.enrol(world.enrol_code(), steps.append)
    assert bench.enrolled
    assert "Registering the device with the server" in steps
    shard_id = world.project()[0]
    bench.login(world.username, PASSWORD, world.totp())
    shards = bench.list_shards()
    assert [s.shard_id for s in shards] == [shard_id]
    assert shards[0].on_server
    assert not shards[0].cached
    item = _open_first(bench, shard_id)
    assert item.kind == "text"
    assert bytes(item.data).decode() in TEXTS
    assert bench.held_buffers() == 1
    label = bench.save(class_draft(item, "routine"))
    states = {e.item_id: e.state for e in bench.item_states(shard_id)}
    assert states[item.item_id] == "needs sync"
    assert bench.status().labels_queued == 1
    report = bench.pusher()()  # the worker's own client
    assert report.labels_acked == 1
    states = {e.item_id: e.state for e in bench.item_states(shard_id)}
    assert states[item.item_id] == "labelled"
    assert bench.labels_for_item(item.item_id) == [label]
    assert bench.status().labels_queued == 0
    assert bench.status().offline_left_ms > 0
    bench.close()


def test_skip_needs_a_known_reason_and_is_journaled(world: World) -> None:
    bench = enrolled(world)
    shard_id = world.project()[0]
    item = _open_first(bench, shard_id)
    with pytest.raises(UsageError):
        bench.skip(shard_id, item.item_id, "")
    bench.skip(shard_id, item.item_id, "unreadable")
    states = {e.item_id: e.state for e in bench.item_states(shard_id)}
    assert states[item.item_id] == "skipped"
    assert bench.store is not None
    last = bench.store.journal_records()[-1].entry
    assert last["type"] == SKIP_EVENT
    assert last["data"]["skipped"] == "unreadable"
    bench.close()


def test_lock_wipes_buffers_and_closes_shards(world: World) -> None:
    bench = enrolled(world)
    shard_id = world.project()[0]
    item = _open_first(bench, shard_id)
    shown = bytes(item.data)
    bench.lock("idle")
    assert bench.held_buffers() == 0
    assert bytes(item.data) == bytes(len(item.data))
    with pytest.raises(SessionLockedError):
        bench.open_item(shard_id, item.item_id)
    with pytest.raises(UnlockError):
        bench.unlock_online("wrong password", world.totp())
    bench.unlock_online(PASSWORD, world.totp())
    bench.open_shard(shard_id)  # opens again from the cached copy
    assert bytes(bench.open_item(shard_id, item.item_id).data) == shown
    bench.logout()
    assert bench.state is State.LOGGED_OUT
    assert bench.held_buffers() == 0
    bench.close()


def test_offline_login_after_an_online_one(world: World, harness: Harness) -> None:
    bench = enrolled(world)
    bench.logout()
    harness.stop()
    try:
        with pytest.raises(OfflineUnlockError):
            bench.login(world.username, PASSWORD, world.totp())
        assert bench.offline_allowed(world.username)
        with pytest.raises(UnlockError):
            bench.login_offline(world.username, "wrong")
        assert bench.state is State.LOGGED_OUT
        bench.login_offline(world.username, PASSWORD)
        assert bench.state is State.ACTIVE
        assert not bench.online
        assert bench.list_shards() == []  # nothing cached, server away: an empty queue
    finally:
        harness.start()
    bench.close()


def test_offline_limit_locks_and_wipes(world: World) -> None:
    now = [0]
    bench = enrolled(world)
    shard_id = world.project()[0]
    item = _open_first(bench, shard_id)
    bench.push()
    real_now = bench._clock_ms()
    bench._clock_ms = lambda: real_now + now[0]
    assert not bench.enforce_offline_limit()
    now[0] = world.harness.policy.max_offline_s * 1000 + 1000
    assert bench.offline_left_ms() <= 0
    assert bench.enforce_offline_limit()
    assert bench.held_buffers() == 0
    assert bytes(item.data) == bytes(len(item.data))
    bench.close()
