"""Enrolment: make this workstation's identity, register it with the server, start its
journal with an `enrolled` entry (seq 1).

The order is chosen so that every failure can be retried with a fresh enrolment code and
nothing is made twice:

1. the identity comes from the keyring if a previous attempt made it, else it is made now
   (keys never leave the keyring except into this process);
2. the store is opened (created on the first attempt);
3. a store whose journal has started belongs to an enrolled device: refused, never redone;
4. the server registers the two public keys against the code's user;
5. `enrolled` is written to the journal, so the chain's first entry names the keys the
   server holds. If step 4 fails, nothing was journaled and the next attempt resumes at 4.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from app.core.clock import now_ms
from app.core.keys import SUITE_HYBRID, DevicePublicKey, VerifyKey
from app.workstation.errors import IdentityExistsError
from app.workstation.identity import (
    IDENTITY_ENTRY,
    DeviceIdentity,
    create_identity,
    load_identity,
    revoked_marker,
)
from app.workstation.keystore import KeyStore
from app.workstation.paths import store_path
from app.workstation.revocation import move_aside
from app.workstation.store import Store, open_store


class Registrar(Protocol):
    """What enrolment needs of the server; `SyncClient` is one."""

    def enrol(
        self, code: str, device_id: str, enc_public: DevicePublicKey, sign_public: VerifyKey
    ) -> Any: ...


def _identity(keys: KeyStore, suite: str, path: Path | None) -> DeviceIdentity:
    revoked = revoked_marker(keys)
    if revoked is not None:
        # A revoked (crypto-shredded) device enrolling again with a new code: its old
        # store cannot be opened by anyone; it moves aside and a new one starts.
        move_aside(path or store_path(), f"revoked-{revoked.get('revoked_ms', 0)}")
        return create_identity(keys, suite=suite)
    if keys.get(IDENTITY_ENTRY) is None:
        return create_identity(keys, suite=suite)  # refuses if a partial identity exists
    return load_identity(keys)


def enrol_workstation(
    keys: KeyStore,
    server: Registrar,
    code: str,
    *,
    path: Path | None = None,
    suite: str = SUITE_HYBRID,
    clock_ms: Callable[[], int] = now_ms,
) -> tuple[DeviceIdentity, Store]:
    """Enrol with a one-time `code` through `server` (a `SyncClient`); returns the identity
    and the open store, whose journal starts with `enrolled`."""
    identity = _identity(keys, suite, path)
    store = open_store(keys, identity, path, clock_ms=clock_ms)
    try:
        if store.chain_state.seq > 0:
            raise IdentityExistsError(
                f"This workstation is already enrolled as device {identity.device_id!r}; "
                "IT must revoke it and erase its store before enrolling it again."
            )
        encryption = identity.encryption_key.public_key()
        signing = identity.signing_key.verify_key()
        answer = server.enrol(code, identity.device_id, encryption, signing)
        user_id = answer.get("user_id") if isinstance(answer, dict) else None
        store.append_journal(
            "enrolled",
            {
                "encryption_kid": encryption.kid,
                "signing_kid": signing.kid,
                "suite": encryption.suite,
                "server_kid": answer.get("server_kid") if isinstance(answer, dict) else None,
            },
            user_id=user_id if isinstance(user_id, str) else None,
        )
    except BaseException:
        store.close()
        raise
    return identity, store
