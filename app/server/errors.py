"""Errors of the reference server. Each carries the HTTP status and the machine-readable
code that the API answers with, as `{"error": code, "detail": message}`.

    CleanroomError
    └── ServerError                      (500-free: every subclass maps to a 4xx)
        ├── BadRequestError              400 bad_request
        ├── AuthError                    401 auth_failed
        │   ├── TokenError               401 token_invalid
        │   ├── TokenExpiredError        401 token_expired
        │   └── SignatureRefusedError    401 signature_refused (wrong password or TOTP)
        │       └── TotpRequiredError    401 signature_totp_required
        ├── ForbiddenError               403 forbidden
        │   ├── AccountDisabledError     403 account_disabled
        │   ├── DeviceRevokedError       403 device_revoked
        │   └── RoleError                403 wrong_role
        ├── LoginThrottledError          429 login_throttled
        ├── NotFoundError                404 not_found
        ├── ConflictError                409 conflict
        │   ├── SignatureMismatchError   409 signature_mismatch (not the stored label)
        │   └── JournalRejectedError     409 journal_* (reason names the failure)
        ├── EnrolmentError               400 enrolment_failed
        ├── ServerSetupError             the server home or its config is unusable (CLI)
        ├── AssignError                  items cannot be issued (e.g. unredacted)
        └── ExportError                  an export does not verify

Every one exits 50 from the command line (the COMMON exit-code table); redaction errors
(60-63) live in app/redaction/errors.py.
"""

from __future__ import annotations

from typing import Any

from app.core.errors import CleanroomError


class ServerError(CleanroomError):
    """The server refused the request; see the detail for what to change."""

    exit_code = 50
    status = 400
    code = "bad_request"

    def payload(self) -> dict[str, Any]:
        return {"error": self.code, "detail": self.message}


class BadRequestError(ServerError):
    """The request is malformed; fix it and send it again."""


class AuthError(ServerError):
    """Login failed: check user name, password, TOTP code and device."""

    status = 401
    code = "auth_failed"


class TokenError(AuthError):
    """The bearer token is missing or not valid; log in again."""

    code = "token_invalid"


class TokenExpiredError(TokenError):
    """The bearer token has expired; log in again."""

    code = "token_expired"


class SignatureRefusedError(AuthError):
    """The password or TOTP code is wrong, so nothing was signed; enter them again."""

    code = "signature_refused"


class TotpRequiredError(SignatureRefusedError):
    """This signature needs your TOTP code too (first signing of the session or after a lock);
    enter it."""

    code = "signature_totp_required"


class ForbiddenError(ServerError):
    """This account may not do that; ask an admin if it should."""

    status = 403
    code = "forbidden"


class LoginThrottledError(ServerError):
    """Too many failed logins; wait a little and try again."""

    status = 429
    code = "login_throttled"

    def __init__(self, wait_s: float) -> None:
        seconds = max(1, int(wait_s + 0.999))
        super().__init__(f"Too many failed logins; wait {seconds} s and try again.")
        self.retry_after_s = seconds


class AccountDisabledError(ForbiddenError):
    """The account is disabled; ask an admin."""

    code = "account_disabled"


class DeviceRevokedError(ForbiddenError):
    """This device was revoked; ask IT to enrol the workstation again."""

    code = "device_revoked"


class RoleError(ForbiddenError):
    """Your role does not allow this action; ask an admin for the role it needs."""

    code = "wrong_role"


class NotFoundError(ServerError):
    """There is no such object, or it is not yours; check the id."""

    status = 404
    code = "not_found"


class ConflictError(ServerError):
    """The request conflicts with what the server stores; check it and retry."""

    status = 409
    code = "conflict"


class SignatureMismatchError(ConflictError):
    """The signature is not bound to the label stored under these ids; sync and sign again."""

    code = "signature_mismatch"


class JournalRejectedError(ConflictError):
    """The journal batch does not continue the stored chain; see the detail."""

    code = "journal_rejected"

    def __init__(
        self,
        code: str,
        message: str,
        *,
        line: int | None = None,
        receipt: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.line = line
        self.receipt = receipt

    def payload(self) -> dict[str, Any]:
        out = super().payload()
        out["line"] = self.line
        if self.receipt is not None:
            out["receipt"] = self.receipt
        return out


class EnrolmentError(ServerError):
    """The enrolment code is unknown, used or expired; ask an admin for a new one."""

    code = "enrolment_failed"


class ServerSetupError(ServerError):
    """The server home is missing or incomplete; run `cleanroom-server init DIR` first."""

    code = "server_setup"


class AssignError(ServerError):
    """The items cannot be issued as shards; see the detail for what to change."""

    code = "assign_refused"


class ExportError(ServerError):
    """The export does not verify; a file or the manifest was changed, export again."""

    code = "export_invalid"


class LabelStudioError(BadRequestError):
    """The Label Studio config or export cannot be used; see the detail for what to fix."""

    code = "labelstudio_refused"
