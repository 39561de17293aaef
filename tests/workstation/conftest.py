"""Fixtures for the vault: an in-memory keyring, an enrolled identity, an open store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.keys import SUITE_X25519
from app.workstation.identity import DeviceIdentity, create_identity, generation_guard
from app.workstation.keystore import KeyStore
from app.workstation.store import Store
from tests.support.memkeyring import MemoryKeyring


class Clock:
    """A settable clock in milliseconds (stores) and seconds (sessions)."""

    def __init__(self, ms: int = 1_800_000_000_000) -> None:
        self.ms = ms

    def now_ms(self) -> int:
        return self.ms

    def now_s(self) -> float:
        return self.ms / 1000

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


@pytest.fixture
def keys() -> KeyStore:
    return KeyStore("cleanroom-test", MemoryKeyring(), allow_demo=True)


@pytest.fixture
def identity(keys: KeyStore) -> DeviceIdentity:
    # X25519 keeps key generation fast; the hybrid suite is covered in test_identity.
    return create_identity(keys, device_id="dev-test-1", suite=SUITE_X25519)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def open_store(path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock) -> Store:
    return Store.open(
        path,
        identity.db_key,
        identity.device_id,
        generation_guard(keys, identity),
        signing_key=identity.signing_key,
        clock_ms=clock.now_ms,
    )


@pytest.fixture
def store(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> Iterator[Store]:
    opened = open_store(tmp_path / "vault.db", identity, keys, clock)
    yield opened
    opened.close()
