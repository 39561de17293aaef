"""The session's online check done by the server: password, TOTP and the device's proof.

`Session` takes any `OnlineAuth`; this is the real one. It logs in through the pinned
`SyncClient` and turns the server's answers into the session's errors:

    401 (wrong password or TOTP)        -> UnlockError, so the UI asks again
    network down (not TLS)              -> OfflineUnlockError, so the UI offers offline unlock
    TLS failure, lockout                 -> raised as they are: never a silent fallback
    403 device_revoked                   -> DeviceRevokedError (an IdentityError): shred
"""

from __future__ import annotations

from app.core.keys import SigningKey
from app.workstation.errors import (
    OfflineUnlockError,
    SyncServerError,
    SyncTlsError,
    SyncTransportError,
    UnlockError,
)
from app.workstation.sync import SyncClient


class ServerAuth:
    def __init__(self, client: SyncClient, signing_key: SigningKey) -> None:
        self.client = client
        self.signing_key = signing_key

    def __call__(self, username: str, password: str, totp: str) -> None:
        try:
            self.client.login(username, password, totp, self.signing_key)
        except SyncTlsError:
            raise
        except SyncTransportError:
            raise OfflineUnlockError(
                "The server cannot be reached; unlock offline (allowed within the policy's "
                "offline limit) or try again when the network is back."
            ) from None
        except SyncServerError as exc:
            if exc.status == 401:
                raise UnlockError("Wrong user name, password or code; try again.") from None
            raise
