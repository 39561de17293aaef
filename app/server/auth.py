"""Passwords (argon2id), TOTP logins bound to an enrolled device, and bearer tokens.

A login needs all of: user name, password, a fresh TOTP code, and a device proof (the
device's Ed25519 signature over the login's purpose, user, device and time). The token it
returns is 32 random bytes, stored only as its SHA-256, valid `token_ttl_s`, and bound to
that device: every request re-checks the user, the device and the token's age.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.encoding import b64u_decode, b64u_encode
from app.core.errors import EncodingError
from app.core.keys import VerifyKey
from app.core.protocol import login_proof_message
from app.server import totp
from app.server.config import ServerConfig
from app.server.errors import (
    AccountDisabledError,
    AuthError,
    DeviceRevokedError,
    LoginThrottledError,
    RoleError,
    SignatureRefusedError,
    TokenError,
    TokenExpiredError,
    TotpRequiredError,
)
from app.server.models import AuditRow, Device, DeviceRevocation, Token, User
from app.server.throttle import Backoff, SourceThrottle

ROLES: Final = ("annotator", "lead", "admin")
# Printable, unambiguous, and storable in any database (PostgreSQL refuses NUL in text).
USERNAME_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$"
_hasher = PasswordHasher()  # argon2id, library defaults (memory-hard)
# A hash to verify against when the user does not exist, so timing does not tell.
_DUMMY_HASH: Final = _hasher.hash("not a password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def audit(
    db: Session, config: ServerConfig, actor: str, action: str, target: str, **detail: object
) -> None:
    db.add(
        AuditRow(
            at_ms=int(config.clock_s() * 1000), actor=actor, action=action, target=target,
            detail=dict(detail),
        )
    )  # fmt: skip


@dataclass(frozen=True)
class Principal:
    user_id: str
    username: str
    role: str
    device_id: str
    token_hash: str = ""  # the session (bearer token) this request came with


def login(
    db: Session,
    config: ServerConfig,
    *,
    username: str,
    password: str,
    totp_code: str,
    device_id: str,
    proof_ts_ms: int,
    proof_sig: str,
    source: str = "",
    sources: SourceThrottle | None = None,
) -> tuple[str, int]:
    """Check every factor; return (token, expires_at). Failures slow further attempts from
    the account and from the `source` address (throttle.py), never for long per account."""
    now = config.clock_s()
    if sources is not None and (wait := sources.wait_s(source, now)) > 0:
        raise LoginThrottledError(wait)
    user = db.query(User).filter_by(username=username).one_or_none()
    if user is None:
        check_password(_DUMMY_HASH, password)
        if sources is not None:
            sources.failed(source, now)
        raise AuthError()
    if user.disabled:
        raise AccountDisabledError()
    if user.locked_until > now:
        raise LoginThrottledError(user.locked_until - now)
    backoff = account_backoff(config)

    def fail(reason: str) -> AuthError:
        user.failed_logins += 1
        delay = backoff.delay_s(user.failed_logins)
        user.locked_until = int(now) + delay if delay else 0
        if sources is not None:
            sources.failed(source, now)
        audit(db, config, user.id, "login.failed", user.id, reason=reason, delay_s=delay)
        db.commit()
        return AuthError()

    if not check_password(user.password_hash, password):
        raise fail("password")
    step = totp.match_step(user.totp_secret, totp_code, now, user.totp_last_step)
    if step is None:
        raise fail("totp")
    device = db.get(Device, device_id)
    if device is None or device.user_id != user.id:
        raise fail("device")
    if device.revoked:
        raise revoked(db, device.id)
    try:
        sig = b64u_decode(proof_sig, length=64)
    except EncodingError:
        raise fail("device_proof") from None
    fresh = abs(proof_ts_ms - now * 1000) <= config.login_proof_skew_s * 1000
    message = login_proof_message(username, device_id, proof_ts_ms)
    if not fresh or not VerifyKey(device.sign_public).verify(sig, message):
        raise fail("device_proof")
    user.failed_logins = 0
    user.locked_until = 0
    if sources is not None:
        sources.succeeded(source)
    user.totp_last_step = step
    token = b64u_encode(os.urandom(32))
    expires_at = int(now) + config.token_ttl_s
    db.add(
        Token(
            token_hash=secret_hash(token),
            user_id=user.id,
            device_id=device_id,
            expires_at=expires_at,
        )
    )
    audit(db, config, user.id, "login", device_id)
    db.commit()
    return token, expires_at


def revoked(db: Session, device_id: str) -> DeviceRevokedError:
    """403 device_revoked, its detail carrying IT's message when `revoke` was given one."""
    row = db.get(DeviceRevocation, device_id)
    if row is None or not row.message:
        return DeviceRevokedError()
    return DeviceRevokedError(
        f"This device was revoked; ask IT to enrol the workstation again. IT's note: "
        f"{row.message.rstrip('.')}."
    )


def account_backoff(config: ServerConfig) -> Backoff:
    return Backoff(
        config.login_free_failures, config.login_base_delay_s, config.login_account_max_delay_s
    )


def source_throttle(config: ServerConfig) -> SourceThrottle:
    return SourceThrottle(
        Backoff(
            config.login_source_free_failures, config.login_base_delay_s,
            config.login_source_max_delay_s,
        )
    )  # fmt: skip


def authenticate(db: Session, config: ServerConfig, authorization: str | None) -> Principal:
    """The caller of this request, re-checked now: token age, user state, device state."""
    if not authorization or not authorization.startswith("Bearer "):
        raise TokenError()
    # One query for token, user and device: this runs before every request.
    found = db.execute(
        select(Token, User, Device)
        .join(User, User.id == Token.user_id)
        .join(Device, Device.id == Token.device_id)
        .where(Token.token_hash == secret_hash(authorization[len("Bearer ") :].strip()))
    ).one_or_none()
    if found is None:
        raise TokenError()
    row, user, device = found
    if row.expires_at <= config.clock_s():
        raise TokenExpiredError()
    if user.disabled:
        raise AccountDisabledError()
    if device.revoked:
        raise revoked(db, device.id)
    return Principal(user.id, user.username, user.role, device.id, row.token_hash)


def verify_signing(
    db: Session, config: ServerConfig, caller: Principal, password: str, totp_code: str | None
) -> tuple[User, Token]:
    """Re-check the signer's credential for an electronic signature (21 CFR 11.200): the
    password every time, throttled like a login; the TOTP code when given, and required
    when this session (token) has not signed yet. Every login and online unlock makes a
    new token, so a new session, and a lock, starts unsigned; the workstation sends the
    code after an offline unlock too. The caller commits after signing (Token.signed_ms)."""
    now = config.clock_s()
    user = db.get(User, caller.user_id)
    token = db.get(Token, caller.token_hash)
    if user is None or token is None:
        raise TokenError()
    if user.locked_until > now:
        raise LoginThrottledError(user.locked_until - now)
    backoff = account_backoff(config)

    def fail(reason: str) -> SignatureRefusedError:
        user.failed_logins += 1
        delay = backoff.delay_s(user.failed_logins)
        user.locked_until = int(now) + delay if delay else 0
        audit(db, config, user.id, "signature.failed", user.id, reason=reason, delay_s=delay)
        db.commit()
        return SignatureRefusedError()

    if not check_password(user.password_hash, password):
        raise fail("password")
    if totp_code is None:
        if token.signed_ms is None:
            raise TotpRequiredError()
    else:
        step = totp.match_step(user.totp_secret, totp_code, now, user.totp_last_step)
        if step is None:
            raise fail("totp")
        user.totp_last_step = step
    user.failed_logins = 0
    return user, token


def require_role(principal: Principal, *roles: str) -> None:
    if principal.role not in roles:
        raise RoleError(f"This needs the role {' or '.join(roles)}; ask an admin.")
