"""Users: add, disable, reset. Passwords and TOTP secrets are shown once, stored hashed."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.server import totp
from app.server.auth import ROLES, USERNAME_PATTERN, audit, hash_password
from app.server.config import ServerConfig
from app.server.errors import BadRequestError, ConflictError
from app.server.models import Token, User
from app.server.services.common import ADMIN, get_user, new_id


@dataclass(frozen=True)
class Credentials:
    """Shown once to the admin, never stored in clear."""

    user_id: str
    username: str
    password: str
    totp_secret: str
    otpauth_uri: str


def add_user(
    db: Session,
    config: ServerConfig,
    username: str,
    role: str,
    password: str | None = None,
    *,
    full_name: str | None = None,
) -> Credentials:
    """A new account; `full_name` is the printed name its electronic signatures show."""
    if role not in ROLES:
        raise BadRequestError(f"The role must be one of {', '.join(ROLES)}; choose one.")
    if not re.match(USERNAME_PATTERN, username):
        raise BadRequestError(
            "A user name is 1 to 128 letters, digits, '.', '_', '@' or '-', "
            "starting with a letter or digit; choose another."
        )
    if full_name is not None and not (0 < len(full_name) <= 200 and full_name.isprintable()):
        raise BadRequestError("A full name is 1 to 200 printable characters; fix it.")
    if db.query(User).filter_by(username=username).one_or_none() is not None:
        raise ConflictError(f"The user {username!r} exists; use `user reset`.")
    password = password or secrets.token_urlsafe(18)
    secret = totp.new_secret()
    user = User(
        id=new_id("u"), username=username, role=role, password_hash=hash_password(password),
        totp_secret=secret, failed_logins=0, locked_until=0, disabled=False,
        created_at=int(config.clock_s()), full_name=full_name,
    )  # fmt: skip
    db.add(user)
    audit(db, config, ADMIN, "user.added", user.id, role=role)
    db.commit()
    return Credentials(user.id, username, password, secret, totp.otpauth_uri(secret, username))


def disable_user(db: Session, config: ServerConfig, username: str) -> None:
    user = get_user(db, username)
    user.disabled = True
    db.query(Token).filter_by(user_id=user.id).delete()
    audit(db, config, ADMIN, "user.disabled", user.id)
    db.commit()


def reset_user(
    db: Session, config: ServerConfig, username: str, password: str | None = None
) -> Credentials:
    """New password and TOTP secret; clears lockout and re-enables; ends open sessions."""
    user = get_user(db, username)
    password = password or secrets.token_urlsafe(18)
    user.password_hash = hash_password(password)
    user.totp_secret = totp.new_secret()
    user.totp_last_step = None
    user.failed_logins = 0
    user.locked_until = 0
    user.disabled = False
    db.query(Token).filter_by(user_id=user.id).delete()
    audit(db, config, ADMIN, "user.reset", user.id)
    db.commit()
    secret = user.totp_secret
    return Credentials(user.id, username, password, secret, totp.otpauth_uri(secret, username))
