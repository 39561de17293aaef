"""Every error of the workstation: vault (keyring, identity, store, session, logs), refused
free text, and sync.

Each class's docstring first line is its default message and says what to do.

    CleanroomError
    └── VaultError
        ├── KeyringError                 no usable keyring
        │   ├── InsecureKeyringError     `fail`, null or plaintext (keyrings.alt) backend
        │   └── KeyringUnavailableError  the keyring refused or failed a read or write
        ├── IdentityError
        │   ├── IdentityMissingError     an enrolled key is missing (IT must re-enrol)
        │   ├── IdentityCorruptError     a key in the keyring is unreadable
        │   ├── IdentityExistsError      enrolment would overwrite an enrolled identity
        │   └── DeviceRevokedError       IT revoked the device (also a SyncServerError)
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
        ├── LogPolicyError               a log call carried something not allow-listed
        └── FiguresSaveError             the quality figures' CSV could not be saved
    CommentPiiError                      a comment holds an identifier; the save was refused
    SyncError                            the server could not be reached or refused
    ├── SyncTransportError               network or TLS failure (nothing was acknowledged)
    │   └── SyncTlsError                 the server's certificate is not from the pinned CA
    ├── SyncRedirectError                the server answered with a redirect
    ├── SyncServerError                  the server answered with an error (carries its code)
    │   └── SyncJournalRejectedError     the journal batch was refused (reason code)
    └── SyncOfflineError                 offline longer than the policy allows

Exit codes (README): vault 40, keyring 41, identity 42, store 43, session 44, refused
comment 45, sync 51, offline too long 52.
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
    """The database key does not open this store (wrong key or not a Cleanroom store); keep
    the file and ask IT."""


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
    """The password or one-time code is wrong; try again."""


class OfflineUnlockError(SessionError):
    """Offline unlock is not allowed now; connect to the server and unlock online."""


# --- logs --------------------------------------------------------------------------------


class LogPolicyError(VaultError):
    """A log call carried a field that is not an allow-listed id or count; nothing was
    logged (a bug: please report it)."""


# --- free text ---------------------------------------------------------------------------


class FiguresSaveError(VaultError):
    """The figures could not be saved in your documents folder; check that it exists and
    has room, then try again."""


class CommentPiiError(CleanroomError):
    """The comment holds personal data; remove it and save again."""

    exit_code = 45

    def __init__(self, kinds: list[str]) -> None:
        # Kinds only: the value stays out of the message, the log and the journal.
        super().__init__(
            f"The comment holds {', '.join(kinds)}; remove it and save again (nothing was saved)."
        )
        self.kinds = kinds


# --- sync --------------------------------------------------------------------------------


class SyncError(CleanroomError):
    """Sync with the server failed; your work is kept and will be sent later."""

    exit_code = 51


class SyncTransportError(SyncError):
    """The server cannot be reached; your work is kept. Check the network and try again."""


class SyncTlsError(SyncTransportError):
    """The server's certificate is not from the CA in the policy; the connection was refused."""


class SyncRedirectError(SyncError):
    """The server answered with a redirect, which Cleanroom never follows; tell IT."""


class SyncServerError(SyncError):
    """The server refused the request; your work is kept. Try again or tell IT."""

    def __init__(self, message: str | None = None, *, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class SyncJournalRejectedError(SyncServerError):
    """The server refused the journal batch; keep the workstation as it is and call security."""


class DeviceRevokedError(IdentityError, SyncServerError):
    """IT revoked this workstation; its keys and cached work were erased. Ask IT to enrol it."""

    # An identity error first (exit 42, never retried as a sync hiccup); also a
    # SyncServerError with code `device_revoked`, so a caller that reads the server's code
    # keeps working. Whoever catches it must crypto-shred (app/workstation/revocation.py).

    def __init__(self, message: str | None = None, *, notice: str = "") -> None:
        SyncServerError.__init__(self, message, status=403, code="device_revoked")
        self.notice = notice  # IT's words from the server (no task content), for the window


class SyncOfflineError(SyncError):
    """This workstation has been offline longer than the policy allows; sync before working."""

    exit_code = 52
