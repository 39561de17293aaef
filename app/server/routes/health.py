"""GET /v1/health: liveness and the server key id the workstation pins."""

from __future__ import annotations

from fastapi import APIRouter

from app.server.deps import Config

router = APIRouter(prefix="/v1")


@router.get("/health")
def health(config: Config) -> dict[str, str]:
    return {"status": "ok", "server_kid": config.signing_key.kid}
