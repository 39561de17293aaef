"""POST /v1/auth/login: password, TOTP and device proof give a device-bound bearer token."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.server import auth
from app.server.deps import Config, Db
from app.server.models import User
from app.server.schemas import ERRORS, LoginRequest, LoginResponse

router = APIRouter(prefix="/v1")


@router.post("/auth/login", response_model=LoginResponse, responses=ERRORS)
def login(body: LoginRequest, request: Request, db: Db, config: Config) -> LoginResponse:
    token, expires_at = auth.login(
        db, config, username=body.username, password=body.password, totp_code=body.totp,
        device_id=body.device_id, proof_ts_ms=body.proof_ts_ms, proof_sig=body.proof_sig,
        source=request.client.host if request.client else "",
        sources=request.app.state.login_sources,
    )  # fmt: skip
    who = auth.authenticate(db, config, f"Bearer {token}")
    user = db.get(User, who.user_id)
    printed = (user.full_name if user is not None else None) or who.username
    return LoginResponse(
        token=token, expires_at=expires_at, user_id=who.user_id, role=who.role,
        printed_name=printed,
    )  # fmt: skip
