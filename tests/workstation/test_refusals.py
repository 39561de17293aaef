"""Refusals: each is one clear VaultError, and nothing on disk or in the keyring changes.

Named cases, one failure kind each: wrong key, truncated file, empty file, another device's
store, an older copy put back, a deleted store, a schema from the future, insecure keyring
backends, missing and malformed keys, enrolment over an enrolled identity.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend

from app.core.keys import SUITE_X25519
from app.core.labels import LabelDraft
from app.workstation.errors import (
    IdentityCorruptError,
    IdentityExistsError,
    IdentityMissingError,
    InsecureKeyringError,
    StoreCorruptError,
    StoreDeviceError,
    StoreError,
    StoreKeyError,
    StoreRollbackError,
    StoreSchemaError,
    VaultError,
)
from app.workstation.identity import (
    DB_KEY_ENTRY,
    ENCRYPTION_ENTRY,
    IDENTITY_ENTRY,
    SIGNING_ENTRY,
    DeviceIdentity,
    create_identity,
    generation_guard,
    load_identity,
)
from app.workstation.keystore import DemoFileKeyring, KeyStore, check_backend
from app.workstation.store import Store
from tests.support.memkeyring import MemoryKeyring, never_auto_selected
from tests.workstation.conftest import Clock, open_store


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def make_store(folder: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock) -> Path:
    store = open_store(folder / "vault.db", identity, keys, clock)
    store.save_label(
        LabelDraft(project_id="p", shard_id="s", item_id="i", kind="class", value={"c": 1}),
        user_id="u",
    )
    store.close()
    return folder / "vault.db"


def assert_refused(
    error: type[VaultError], folder: Path, keys: KeyStore, attempt: types.FunctionType
) -> VaultError:
    files_before = snapshot(folder)
    secrets_before = dict(keys.backend.secrets)  # type: ignore[attr-defined]
    with pytest.raises(error) as caught:
        attempt()
    assert snapshot(folder) == files_before
    assert keys.backend.secrets == secrets_before  # type: ignore[attr-defined]
    message = caught.value.message
    assert "Traceback" not in message
    assert len(message) > 20
    return caught.value


# --- store ---------------------------------------------------------------------------------


def test_wrong_key(tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    guard = generation_guard(keys, identity)

    def attempt() -> None:
        Store.open(path, bytes(32), identity.device_id, guard, signing_key=identity.signing_key)

    err = assert_refused(StoreKeyError, tmp_path, keys, attempt)
    assert "wrong key" in err.message


@pytest.mark.parametrize("keep", [0.5, 0.9, 100 / 8192], ids=["half", "most", "under-a-page"])
def test_truncated_file(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock, keep: float
) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])

    def attempt() -> None:
        open_store(path, identity, keys, clock)

    assert_refused((StoreCorruptError, StoreKeyError), tmp_path, keys, attempt)  # type: ignore[arg-type]


def test_empty_file(tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    path.write_bytes(b"")
    assert_refused(
        StoreCorruptError, tmp_path, keys, lambda: open_store(path, identity, keys, clock)
    )


def test_store_of_another_device(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    other_keys = KeyStore("cleanroom-other", MemoryKeyring(), allow_demo=True)
    other = create_identity(other_keys, device_id="dev-other", suite=SUITE_X25519)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other_path = make_store(other_dir, other, other_keys, clock)
    mine_dir = tmp_path / "mine"
    mine_dir.mkdir()
    shutil.copy(other_path, mine_dir / "vault.db")
    # Copied over with this device's own key: the key does not open it.
    assert_refused(
        StoreKeyError,
        mine_dir,
        keys,
        lambda: open_store(mine_dir / "vault.db", identity, keys, clock),
    )
    # Even with the right database key, the store is bound to its device id.
    guard = generation_guard(keys, identity)

    def attempt() -> None:
        Store.open(
            mine_dir / "vault.db",
            other.db_key,
            identity.device_id,
            guard,
            signing_key=identity.signing_key,
        )

    err = assert_refused(StoreDeviceError, mine_dir, keys, attempt)
    assert "dev-other" in err.message


def test_older_copy_put_back(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    backup = tmp_path / "backup"
    backup.mkdir()
    shutil.copy(path, backup / "vault.db")
    store = open_store(path, identity, keys, clock)
    store.save_label(
        LabelDraft(project_id="p", shard_id="s", item_id="i", kind="class", value={"c": 2}),
        user_id="u",
    )
    store.close()
    shutil.copy(backup / "vault.db", path)
    err = assert_refused(
        StoreRollbackError, tmp_path, keys, lambda: open_store(path, identity, keys, clock)
    )
    assert "older copy" in err.message


def test_copy_taken_while_open_is_older(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    store = open_store(path, identity, keys, clock)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stolen = path.read_bytes()  # a copy taken while the store was open
    store.close()
    path.write_bytes(stolen)
    assert_refused(
        StoreRollbackError, tmp_path, keys, lambda: open_store(path, identity, keys, clock)
    )


def test_store_deleted(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    path.unlink()
    assert_refused(
        StoreRollbackError, tmp_path, keys, lambda: open_store(path, identity, keys, clock)
    )
    assert not path.exists()  # no new, empty store was made in its place


def test_schema_from_the_future(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    store = open_store(path, identity, keys, clock)
    store.conn.execute("INSERT INTO schema_version VALUES (99, 0)")
    store.close()
    assert_refused(
        StoreSchemaError, tmp_path, keys, lambda: open_store(path, identity, keys, clock)
    )


def test_plain_sqlite_file_is_refused(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = tmp_path / "vault.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert_refused(StoreKeyError, tmp_path, keys, lambda: open_store(path, identity, keys, clock))


# --- keyring backends ----------------------------------------------------------------------


@never_auto_selected
class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt.file.PlaintextKeyring (keyrings.alt is not installed)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must never be written to")


PlaintextKeyring.__module__ = "keyrings.alt.file"


@never_auto_selected
class ZeroPriorityKeyring(PlaintextKeyring):
    priority = 0  # type: ignore[assignment]


ZeroPriorityKeyring.__module__ = "some.vendor.keyring"


@never_auto_selected
class ViableKeyring(KeyringBackend):
    """A backend check_backend accepts (a priority, not a known insecure module): the
    positive control. Never written to."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must never be written to")


@never_auto_selected
class FakeChainer(keyring.backends.chainer.ChainerBackend):
    """A chainer whose chain holds one good and one plaintext backend."""

    backends = (ViableKeyring(), PlaintextKeyring())  # type: ignore[assignment]


@pytest.mark.parametrize(
    "backend",
    [
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        PlaintextKeyring(),
        ZeroPriorityKeyring(),
        FakeChainer(),
    ],
    ids=["fail", "null", "keyrings.alt-plaintext", "priority-0", "chainer-with-plaintext"],
)
def test_insecure_keyring_backend(backend: KeyringBackend) -> None:
    with pytest.raises(InsecureKeyringError) as caught:
        KeyStore("cleanroom-test", backend)
    assert "IT must" in caught.value.message


def test_demo_keyring_needs_explicit_consent(tmp_path: Path) -> None:
    with pytest.raises(InsecureKeyringError):
        KeyStore("cleanroom-test", DemoFileKeyring(tmp_path))
    KeyStore("cleanroom-test", DemoFileKeyring(tmp_path), allow_demo=True)
    check_backend(ViableKeyring())  # the positive control: a viable backend passes
    with pytest.raises(InsecureKeyringError):
        KeyStore("cleanroom-test", MemoryKeyring())  # the tests' keyring needs consent too
    KeyStore("cleanroom-test", MemoryKeyring(), allow_demo=True)


def test_demo_and_memory_keyrings_are_never_auto_selected() -> None:
    viable = set(KeyringBackend.get_viable_backends())
    assert DemoFileKeyring not in viable
    assert MemoryKeyring not in viable
    assert ViableKeyring not in viable  # taken out of keyring's registry


AUTO_SELECT = """
import keyring
from keyring.backend import KeyringBackend
import tests.support.memkeyring as mem

class Old(mem.MemoryKeyring):  # the old declaration: a priority above every real backend
    priority = 100

picked = type(keyring.get_keyring())
print(picked.__name__, mem.MemoryKeyring in set(KeyringBackend.get_viable_backends()))
"""


def test_keyring_never_picks_the_memory_keyring_by_itself(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    result = subprocess.run(
        [sys.executable, "-c", AUTO_SELECT], capture_output=True, text=True, env=env, check=True
    )
    # Only a declared priority gets a backend picked: `Old` is, MemoryKeyring never is.
    assert result.stdout.split() == ["Old", "False"]


def test_demo_keyring_file_is_private(tmp_path: Path) -> None:
    keys = KeyStore("s", DemoFileKeyring(tmp_path), allow_demo=True)
    keys.set("a", "b")
    assert (tmp_path / DemoFileKeyring.FILE_NAME).stat().st_mode & 0o777 == 0o600
    assert keys.get("a") == "b"


# --- identity ------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", [IDENTITY_ENTRY, ENCRYPTION_ENTRY, SIGNING_ENTRY, DB_KEY_ENTRY])
def test_missing_key(keys: KeyStore, identity: DeviceIdentity, entry: str) -> None:
    del keys.backend.secrets[(keys.service, entry)]  # type: ignore[attr-defined]
    with pytest.raises(IdentityMissingError) as caught:
        load_identity(keys)
    assert "IT must" in caught.value.message
    if entry != IDENTITY_ENTRY:
        assert entry in caught.value.message


@pytest.mark.parametrize(
    "value",
    ["not json", '{"device_id": "dev-test-1", "key": "!!"}', '{"device_id": "dev-x", "key": "AA"}'],
    ids=["not-json", "bad-base64", "other-device"],
)
def test_malformed_key(keys: KeyStore, identity: DeviceIdentity, value: str) -> None:
    keys.set(SIGNING_ENTRY, value)
    with pytest.raises(IdentityCorruptError) as caught:
        load_identity(keys)
    assert "IT must" in caught.value.message


def test_enrolment_never_overwrites(keys: KeyStore, identity: DeviceIdentity) -> None:
    before = dict(keys.backend.secrets)  # type: ignore[attr-defined]
    with pytest.raises(IdentityExistsError):
        create_identity(keys, device_id="dev-new")
    assert keys.backend.secrets == before  # type: ignore[attr-defined]
    # Half an enrolment (no identity marker) is refused as well.
    del keys.backend.secrets[(keys.service, IDENTITY_ENTRY)]  # type: ignore[attr-defined]
    with pytest.raises(IdentityExistsError):
        create_identity(keys, device_id="dev-new")


def test_bit_flip_in_a_page(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    data = bytearray(path.read_bytes())
    data[len(data) - 4096 + 100] ^= 0x01  # inside the last page's ciphertext
    path.write_bytes(bytes(data))

    def attempt() -> None:
        Store.open(
            path,
            identity.db_key,
            identity.device_id,
            generation_guard(keys, identity),
            signing_key=identity.signing_key,
            verify_pages=True,
        )

    assert_refused(StoreCorruptError, tmp_path, keys, attempt)
    # Without the page scan, either open meets the page or `check_integrity` (doctor) does.
    try:
        store = open_store(path, identity, keys, clock)
    except StoreCorruptError:
        return
    problems = store.check_integrity()
    with contextlib.suppress(StoreError):
        store.close()  # SQLCipher makes the connection read-only after a failed HMAC
    assert problems
    assert any("HMAC" in p or "hmac" in p for p in problems), problems


def test_lost_wal_is_refused_as_older_copy(
    tmp_path: Path, identity: DeviceIdentity, keys: KeyStore, clock: Clock
) -> None:
    path = make_store(tmp_path, identity, keys, clock)
    store = open_store(path, identity, keys, clock)
    store.save_label(
        LabelDraft(project_id="p", shard_id="s", item_id="i", kind="class", value={"c": 3}),
        user_id="u",
    )
    # A crash, then the WAL (holding the last commits) is lost: only the main file remains.
    copy = tmp_path / "after-crash"
    copy.mkdir()
    shutil.copy(path, copy / "vault.db")
    store.close()
    err = assert_refused(
        StoreRollbackError, copy, keys, lambda: open_store(copy / "vault.db", identity, keys, clock)
    )
    assert "older copy" in err.message
