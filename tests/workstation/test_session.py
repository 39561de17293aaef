"""Session: idle lock on an injected clock, wiping on lock, online and offline unlock."""

from __future__ import annotations

import pytest

from app.core.errors import ShardChunkError
from app.core.journal import verify_jsonl
from app.core.shard import OpenedShard, open_shard
from app.workstation.errors import (
    OfflineUnlockError,
    SessionError,
    SessionLockedError,
    UnlockError,
)
from app.workstation.identity import DeviceIdentity
from app.workstation.session import Session, State, Verifier
from app.workstation.store import Store
from tests.support.shards import make_shard
from tests.workstation.conftest import Clock

PASSWORD = "correct horse battery staple"


class Server:
    """The online check the sync layer would provide (password + TOTP), with a switch."""

    def __init__(self) -> None:
        self.up = True
        self.calls = 0

    def __call__(self, user_id: str, password: str, totp: str) -> None:
        self.calls += 1
        if not self.up:
            raise OfflineUnlockError("the server cannot be reached")
        if (user_id, password, totp) != ("u1", PASSWORD, "123456"):
            raise UnlockError()


def real_shard(identity: DeviceIdentity, now: int) -> OpenedShard:
    built = make_shard(identity.device_id, identity.encryption_key.public_key(), now=now)
    return open_shard(
        built.sealed, issuer_keys=built.issuer_keys, device_key=identity.encryption_key,
        device_id=identity.device_id, now=now,
    )  # fmt: skip


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def session(store: Store, clock: Clock, server: Server) -> Session:
    s = Session(
        store, idle_lock_s=300, max_offline_s=3600, clock_s=clock.now_s, online_auth=server,
        scrypt_n=2**12,
    )  # fmt: skip
    s.login("u1", PASSWORD, "123456")
    return s


def test_login_needs_the_server(store: Store, clock: Clock, server: Server) -> None:
    session = Session(store, idle_lock_s=300, max_offline_s=3600, clock_s=clock.now_s)
    with pytest.raises(OfflineUnlockError):
        session.login("u1", PASSWORD, "123456")
    session = Session(
        store, idle_lock_s=300, max_offline_s=3600, clock_s=clock.now_s, online_auth=server
    )
    with pytest.raises(UnlockError):
        session.login("u1", "wrong", "123456")
    assert session.state is State.LOGGED_OUT
    assert store.get_verifier("u1") is None


def test_idle_lock_wipes_buffers_and_closes_shards(
    session: Session, clock: Clock, identity: DeviceIdentity
) -> None:
    item = session.register_buffer(bytearray(b"item text that must go"))
    shard = real_shard(identity, int(clock.now_s()))
    session.register_shard(shard)
    assert shard.read_item("i1") == b"item text"
    clock.advance(299)
    assert session.touch()  # activity resets the timer
    clock.advance(299)
    assert not session.check_idle()
    assert item == bytearray(b"item text that must go")
    clock.advance(1)
    assert session.check_idle()
    assert session.state is State.LOCKED
    assert item == bytearray(len(item))
    with pytest.raises(ShardChunkError):
        shard.read_item("i1")  # the payload key was dropped
    assert session.held_buffers == 0
    with pytest.raises(SessionLockedError):
        session.require_active()
    with pytest.raises(SessionLockedError):
        session.register_buffer(bytearray(b"x"))


def test_touch_after_idle_locks(session: Session, clock: Clock) -> None:
    clock.advance(300)
    assert not session.touch()
    assert session.state is State.LOCKED


def test_release_wipes_at_once(session: Session) -> None:
    item = session.register_buffer(bytearray(b"secret"))
    session.release_buffer(item)
    assert item == bytearray(6)
    assert session.held_buffers == 0


def test_offline_unlock_within_max_offline(session: Session, clock: Clock) -> None:
    session.lock()
    clock.advance(3000)
    with pytest.raises(UnlockError):
        session.unlock_offline("wrong")
    assert session.state is State.LOCKED
    session.unlock_offline(PASSWORD)
    assert session.state is State.ACTIVE


def test_offline_unlock_refused_after_max_offline(
    session: Session, clock: Clock, server: Server
) -> None:
    session.lock()
    clock.advance(3601)
    with pytest.raises(OfflineUnlockError) as caught:
        session.unlock_offline(PASSWORD)
    assert "unlock online" in caught.value.message
    session.unlock_online(PASSWORD, "123456")  # the server check renews the offline window
    session.lock()
    clock.advance(3000)
    session.unlock_offline(PASSWORD)


def test_offline_unlock_stops_after_repeated_failures(session: Session) -> None:
    session.lock()
    for _ in range(5):
        with pytest.raises(UnlockError):
            session.unlock_offline("guess")
    with pytest.raises(OfflineUnlockError):
        session.unlock_offline(PASSWORD)  # even the right one: online only now
    session.unlock_online(PASSWORD, "123456")
    assert session.state is State.ACTIVE


def test_online_unlock_wrong_totp(session: Session) -> None:
    session.lock()
    with pytest.raises(UnlockError):
        session.unlock_online(PASSWORD, "000000")
    assert session.state is State.LOCKED


def test_unlock_when_not_locked(session: Session) -> None:
    with pytest.raises(SessionError):
        session.unlock_offline(PASSWORD)


def test_verifier_in_store_is_not_the_password(session: Session, store: Store) -> None:
    stored = store.get_verifier("u1")
    assert stored is not None
    assert PASSWORD not in stored[0]
    assert Verifier.from_text(stored[0]).matches(PASSWORD)


def test_session_events_are_journaled(
    session: Session, store: Store, clock: Clock, identity: DeviceIdentity
) -> None:
    clock.advance(301)
    session.check_idle()
    session.unlock_offline(PASSWORD)
    session.logout()
    records = store.journal_records()
    assert [r.entry["type"] for r in records] == [
        "login", "session.locked", "session.unlocked", "logout"
    ]  # fmt: skip
    assert records[1].entry["data"] == {"reason": "idle"}
    assert records[2].entry["data"] == {"mode": "offline"}
    assert all(r.entry["session_id"] == records[0].entry["session_id"] for r in records)
    verify_jsonl(store.export_journal_jsonl(), identity.signing_key.verify_key())
