"""Devices: one-time enrolment codes, enrolment by a workstation, revocation."""

from __future__ import annotations

import secrets
from typing import Final

from sqlalchemy.orm import Session

from app.core.encoding import b64u_decode
from app.core.errors import CleanroomError
from app.core.keys import DevicePublicKey, VerifyKey
from app.server.auth import audit, secret_hash
from app.server.config import ServerConfig
from app.server.errors import BadRequestError, ConflictError, EnrolmentError, NotFoundError
from app.server.models import Device, DeviceRevocation, EnrolmentCode
from app.server.services.common import ADMIN, get_user


def enrol_code(db: Session, config: ServerConfig, username: str, ttl_s: int = 900) -> str:
    """A one-time code that lets one device enrol for `username`; stored only hashed."""
    user = get_user(db, username)
    code = secrets.token_urlsafe(16)
    db.add(
        EnrolmentCode(
            code_hash=secret_hash(code), user_id=user.id,
            expires_at=int(config.clock_s()) + ttl_s, used=False,
        )
    )  # fmt: skip
    audit(db, config, ADMIN, "enrol_code.issued", user.id, ttl_s=ttl_s)
    db.commit()
    return code


def enrol_device(
    db: Session, config: ServerConfig, *, code: str, device_id: str, enc_public: str,
    sign_public: str,
) -> str:  # fmt: skip
    """Enrol a device's public keys (b64u, as sent) with a one-time code; return the user id
    the code was issued for."""
    try:
        enc_key = DevicePublicKey.from_raw(b64u_decode(enc_public))
        sign_key = VerifyKey.from_raw(b64u_decode(sign_public))
    except CleanroomError as exc:
        raise BadRequestError(f"The device key is not valid: {exc.message}") from None
    row = db.get(EnrolmentCode, secret_hash(code))
    if row is None or row.used or row.expires_at <= config.clock_s():
        raise EnrolmentError()
    if db.get(Device, device_id) is not None:
        raise ConflictError("A device with this id is already enrolled; enrol a new identity.")
    row.used = True
    db.add(
        Device(
            id=device_id, user_id=row.user_id, enc_public=enc_key.raw, sign_public=sign_key.raw,
            revoked=False, enrolled_at=int(config.clock_s()),
        )
    )  # fmt: skip
    audit(db, config, row.user_id, "device.enrolled", device_id)
    db.commit()
    return row.user_id


MAX_REVOKE_MESSAGE: Final = 300


def revoke_device(db: Session, config: ServerConfig, device_id: str, message: str = "") -> None:
    """Effective at once: every request re-checks the flag (403 device_revoked, whose
    detail carries IT's `message` for the workstation to show as it shreds itself), and no
    new shard is sealed to the device. The message must hold no task content or PII."""
    device = db.get(Device, device_id)
    if device is None:
        raise NotFoundError(f"There is no device {device_id!r}; check the id.")
    message = " ".join(message.split())
    if len(message) > MAX_REVOKE_MESSAGE or "\x00" in message:
        raise BadRequestError(
            f"The revocation message is at most {MAX_REVOKE_MESSAGE} characters; shorten it."
        )
    device.revoked = True
    if message:
        db.merge(
            DeviceRevocation(
                device_id=device_id, at_ms=int(config.clock_s() * 1000), message=message
            )
        )
    audit(db, config, ADMIN, "device.revoked", device_id)
    db.commit()
