"""POST /v1/devices/enrol: a workstation enrols its public keys with a one-time code."""

from __future__ import annotations

from fastapi import APIRouter

from app.server.deps import Config, Db
from app.server.schemas import ERRORS, EnrolRequest, EnrolResponse
from app.server.services.devices import enrol_device

router = APIRouter(prefix="/v1")


@router.post("/devices/enrol", response_model=EnrolResponse, responses=ERRORS)
def enrol(body: EnrolRequest, db: Db, config: Config) -> EnrolResponse:
    user_id = enrol_device(
        db, config, code=body.code, device_id=body.device_id, enc_public=body.enc_public,
        sign_public=body.sign_public,
    )  # fmt: skip
    return EnrolResponse(
        device_id=body.device_id, user_id=user_id, server_kid=config.signing_key.kid
    )
