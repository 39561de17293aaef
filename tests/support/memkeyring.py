"""An in-memory keyring backend for tests: the real `keyring` API, secrets kept in a dict.

It lives under tests/ and is never shipped. Like the demo keyring it is an
`ExplicitOnlyKeyring`: keyring never selects it by itself (its priority raises), and a
`KeyStore` takes it only when built with `allow_demo=True`.
"""

from __future__ import annotations

from typing import TypeVar

import keyring.errors
from keyring.backend import KeyringBackend

from app.workstation.keystore import ExplicitOnlyKeyring


class MemoryKeyring(ExplicitOnlyKeyring):
    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


B = TypeVar("B", bound=type[KeyringBackend])


def never_auto_selected(cls: B) -> B:
    """Take a test's stand-in backend class out of keyring's registry of backends.

    keyring registers every concrete KeyringBackend subclass when it is defined and picks
    the viable one with the highest priority. A stand-in with a priority (a positive
    control, or a fake plaintext backend) must never become that choice.
    """
    KeyringBackend._classes.discard(cls)  # type: ignore[attr-defined]
    return cls
