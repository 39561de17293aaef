"""Errors of the workstation vault: keyring, device identity, encrypted store, session, logs.

Each class's docstring first line is its default message and says what to do.

    CleanroomError
    └── VaultError
        ├── KeyringError                 no usable keyring
        │   ├── InsecureKeyringError     `fail`, null or plaintext (keyrings.alt) backend
        │   └── KeyringUnavailableError  the keyring refused or failed a read or write
        ├── IdentityError
        │   ├── IdentityMissingError     an enrolled key is missing (IT must re-enrol)
        │   ├── IdentityCorruptError     a key in the keyring is unreadable
        │   └── IdentityExistsError      enrolment would overwrite an enrolled identity
        ├── StoreError
        │   ├── StoreKeyError            wrong database key (or not a database at all)
        │   ├── StoreCorruptError        truncated or damaged database file
        │   ├── StoreDeviceError         the database belongs to another device
        │   ├── StoreRollbackError       an older copy of the database was put back
        │   ├── StoreSchemaError         schema newer than this build, or unknown
        │   └── StoreClosedError
        ├── SessionError
        │   ├── SessionLockedError       the session is locked or logged out
        │   ├── UnlockError              wrong password / TOTP
        │   └── OfflineUnlockError       offline unlock not allowed (too long offline)
        └── LogPolicyError               a log call carried something not allow-listed
"""

from __future__ import annotations

from app.core.errors import CleanroomError


class VaultError(CleanroomError):
    """The workstation vault cannot be used; ask IT to run `cleanroom doctor`."""

    exit_code = 40


# --- keyring -----------------------------------------------------------------------------


class KeyringError(VaultError):
    """No secure keyring is available; IT must install and unlock the OS keyring."""

    exit_code = 41


class InsecureKeyringError(KeyringError):
    """The keyring backend is not secure (fail, null or plaintext); IT must configure the OS
    keyring (Windows Credential Manager, macOS Keychain or Secret Service)."""


class KeyringUnavailableError(KeyringError):
    """The OS keyring refused the request (locked or not running); IT must unlock it."""


# --- device identity ---------------------------------------------------------------------


class IdentityError(VaultError):
    """The device identity cannot be used; IT must re-enrol this workstation."""

    exit_code = 42


class IdentityMissingError(IdentityError):
    """This workstation's keys are missing from the keyring; IT must re-enrol it."""


class IdentityCorruptError(IdentityError):
    """A device key in the keyring is unreadable; IT must re-enrol this workstation."""


class IdentityExistsError(IdentityError):
    """This workstation is already enrolled; IT must revoke and erase it before re-enrolling."""


# --- store -------------------------------------------------------------------------------


class StoreError(VaultError):
    """The encrypted store cannot be used; keep the file and ask IT to check it."""

    exit_code = 43


class StoreKeyError(StoreError):
    """The database key does not open this store (wrong key or not a Cleanroom store)."""


class StoreCorruptError(StoreError):
    """The encrypted store is truncated or damaged; keep the file and ask IT to restore it."""


class StoreDeviceError(StoreError):
    """The encrypted store belongs to another device; IT must put back this device's store."""


class StoreRollbackError(StoreError):
    """The encrypted store is an older copy than the last one used; keep it and tell IT."""


class StoreSchemaError(StoreError):
    """The store's schema is newer than this build or unknown; update Cleanroom."""


class StoreClosedError(StoreError):
    """The store was closed; open it again."""


# --- session -----------------------------------------------------------------------------


class SessionError(VaultError):
    """The session cannot continue; log in again."""

    exit_code = 44


class SessionLockedError(SessionError):
    """The session is locked; unlock it with your password."""


class UnlockError(SessionError):
    """The password or one-time code is wrong."""


class OfflineUnlockError(SessionError):
    """Offline unlock is not allowed now; connect to the server and unlock online."""


# --- logs --------------------------------------------------------------------------------


class LogPolicyError(VaultError):
    """A log call carried a field that is not an allow-listed id or count."""
