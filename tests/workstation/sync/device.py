"""A workstation made of the real parts (memory keyring, SQLCipher store, pinned SyncClient)
enrolled with the test server, for tests that follow a server decision to the device."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from app.core.keys import SUITE_HYBRID
from app.server.services import devices, users
from app.workstation.enrolment import enrol_workstation
from app.workstation.identity import DeviceIdentity
from app.workstation.keystore import KeyStore
from app.workstation.store import Store
from app.workstation.sync import SyncClient
from tests.server.harness import Harness, fresh_totp
from tests.support.memkeyring import MemoryKeyring


@dataclass
class Device:
    harness: Harness
    keys: KeyStore
    identity: DeviceIdentity
    store: Store
    client: SyncClient
    username: str
    password: str
    user_id: str

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    def login(self) -> None:
        code = fresh_totp(self.harness, self.username)
        self.client.login(self.username, self.password, code, self.identity.signing_key)


def enrolled_device(harness: Harness, folder: Path) -> Device:
    username = f"user-{uuid.uuid4().hex[:8]}"
    with harness.db() as db:
        creds = users.add_user(db, harness.config, username, "annotator", password="pw-42 horse")
        code = devices.enrol_code(db, harness.config, username)
    keys = KeyStore(f"cleanroom-{username}", MemoryKeyring(), allow_demo=True)
    client = SyncClient(harness.sync_config())
    identity, store = enrol_workstation(
        keys, client, code, path=folder / "vault.db", suite=SUITE_HYBRID
    )
    device = Device(harness, keys, identity, store, client, username, creds.password, creds.user_id)
    device.login()
    return device
