"""Secrets in the OS keyring: the only place device keys and the database key live.

`KeyStore` wraps one `keyring` backend and one service name. It refuses backends that do
not protect secrets: keyring's `fail` and `null` backends, anything from `keyrings.alt`
(which writes secrets in plain text and silently becomes the default when installed), and
any backend whose priority says it is not viable. The chainer backend is accepted only if
every backend it chains is.

`DemoFileKeyring` is for `cleanroom demo` and tests that need a keyring shared between
processes. It keeps secrets in one 0600 JSON file inside the demo's own folder. It is NOT a
secure store (anyone who can read the file has the keys) and is never auto-selected: like
every `ExplicitOnlyKeyring` (the tests' in-memory keyring is another), its priority is not
viable, and a `KeyStore` accepts it only when built with `allow_demo=True`.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any, Final

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.compat import properties

from app.workstation.errors import (
    IdentityCorruptError,
    InsecureKeyringError,
    KeyringUnavailableError,
)

DEFAULT_SERVICE: Final = "cleanroom"
INSECURE_MODULES: Final = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
GENERATION_ENTRY: Final = "store-generation"


class ExplicitOnlyKeyring(KeyringBackend):
    """A keyring that is never selected automatically and that a `KeyStore` accepts only
    when built with `allow_demo=True`: the demo's file keyring, and the tests' in-memory
    one. Neither is a secure store."""

    @properties.classproperty
    def priority(cls) -> float:
        """Raising marks the class not viable, so keyring never selects it by itself."""
        raise RuntimeError("This keyring is chosen explicitly, never automatically.")


class DemoFileKeyring(ExplicitOnlyKeyring):
    """DEMO ONLY: secrets in a 0600 file in the demo folder. Not a secure keyring."""

    FILE_NAME: Final = "demo-keyring.json"

    def __init__(self, folder: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = Path(folder) / self.FILE_NAME
        self._lock = threading.Lock()

    def __str__(self) -> str:
        return f"{type(self).__module__}.{type(self).__name__} (demo only)"

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise keyring.errors.KeyringError(
                "The demo keyring file is damaged; run the demo in a new folder."
            )
        return data

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        # Write a new file and rename it over the old one, so a crash leaves either.
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(json.dumps(data, sort_keys=True).encode())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._read().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            data = self._read()
            data.setdefault(service, {})[username] = password
            self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            data = self._read()
            if username not in data.get(service, {}):
                raise keyring.errors.PasswordDeleteError(username)
            del data[service][username]
            self._write(data)


def _class_path(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def check_backend(backend: KeyringBackend, *, allow_demo: bool = False) -> None:
    """Raise InsecureKeyringError unless `backend` keeps secrets protected."""
    name = _class_path(backend)
    if isinstance(backend, ExplicitOnlyKeyring):
        if allow_demo:
            return
        raise InsecureKeyringError(
            f"Keyring backend {name} is for `cleanroom demo` and tests only; IT must configure "
            "the OS keyring."
        )
    module = type(backend).__module__
    if any(module == bad or module.startswith(bad + ".") for bad in INSECURE_MODULES):
        raise InsecureKeyringError(
            f"Keyring backend {name} does not protect secrets; IT must configure the OS "
            "keyring (Windows Credential Manager, macOS Keychain or Secret Service)."
        )
    inner = getattr(backend, "backends", None)
    if inner is not None:  # the chainer: every chained backend must pass
        chained = list(inner)
        if not chained:
            raise InsecureKeyringError("The keyring chains no backend; IT must configure one.")
        for each in chained:
            check_backend(each, allow_demo=allow_demo)
        return
    try:
        priority = float(type(backend).priority)
    except Exception:  # keyring's backends signal "not viable" by raising from priority
        raise InsecureKeyringError(
            f"Keyring backend {name} is not usable here; IT must configure the OS keyring."
        ) from None
    if priority <= 0:
        raise InsecureKeyringError(
            f"Keyring backend {name} has priority {priority:g}, which marks it unsuitable; "
            "IT must configure the OS keyring."
        )


class KeyStore:
    """Named secrets of one service in one checked keyring backend."""

    def __init__(
        self,
        service: str = DEFAULT_SERVICE,
        backend: KeyringBackend | None = None,
        *,
        allow_demo: bool = False,
    ) -> None:
        if backend is None:
            try:
                backend = keyring.get_keyring()
            except Exception as exc:
                raise KeyringUnavailableError(
                    f"The keyring could not be loaded ({type(exc).__name__}); IT must "
                    "install and unlock the OS keyring."
                ) from None
        check_backend(backend, allow_demo=allow_demo)
        self.service = service
        self.backend = backend

    def get(self, name: str) -> str | None:
        try:
            return self.backend.get_password(self.service, name)
        except Exception as exc:  # backends raise their own types (dbus, win32, ...)
            raise KeyringUnavailableError(
                f"Reading {name!r} from keyring service {self.service!r} failed "
                f"({type(exc).__name__}); IT must unlock the OS keyring."
            ) from None

    def set(self, name: str, value: str) -> None:
        try:
            self.backend.set_password(self.service, name, value)
        except Exception as exc:
            raise KeyringUnavailableError(
                f"Writing {name!r} to keyring service {self.service!r} failed "
                f"({type(exc).__name__}); IT must unlock the OS keyring."
            ) from None

    def delete(self, name: str) -> None:
        """Remove one entry; an entry that is already gone is not an error."""
        try:
            self.backend.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            return
        except Exception as exc:
            raise KeyringUnavailableError(
                f"Deleting {name!r} from keyring service {self.service!r} failed "
                f"({type(exc).__name__}); IT must unlock the OS keyring."
            ) from None


class KeyringGeneration:
    """The store's generation counter as the keyring remembers it (see Store.open)."""

    def __init__(self, keys: KeyStore, device_id: str) -> None:
        self._keys = keys
        self._device_id = device_id

    def get(self) -> int:
        raw = self._keys.get(GENERATION_ENTRY)
        if raw is None:
            return 0
        try:
            obj: Any = json.loads(raw)
            device_id, generation = obj["device_id"], obj["generation"]
        except (ValueError, KeyError, TypeError):
            raise IdentityCorruptError(
                "The store generation in the keyring is unreadable; IT must re-enrol."
            ) from None
        if device_id != self._device_id or not isinstance(generation, int):
            raise IdentityCorruptError(
                "The store generation in the keyring belongs to another device; IT must re-enrol."
            )
        return generation

    def set(self, generation: int) -> None:
        value = json.dumps({"device_id": self._device_id, "generation": generation})
        self._keys.set(GENERATION_ENTRY, value)
