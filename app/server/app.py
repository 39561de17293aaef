"""The HTTP API's app factory: `create_app(config)` wires the database, the error handlers,
the middleware and one router per resource (app/server/routes). Served only over TLS (see
`cleanroom-server serve`). Every refusal is a 4xx JSON body `{"error", "detail"}`.
"""

from __future__ import annotations

import sys

from fastapi import APIRouter, FastAPI
from sqlalchemy.orm import sessionmaker

from app.server.auth import source_throttle
from app.server.config import ServerConfig
from app.server.errors import ServerSetupError
from app.server.middleware import ASGIApp, BodyLimit, FaultInjector, install_error_handlers
from app.server.models import make_engine
from app.server.routes import ROUTERS
from app.server.schemas import FaultRequest


def create_app(config: ServerConfig) -> FastAPI:
    if config.enable_test_faults and "pytest" not in sys.modules:
        raise ServerSetupError("The fault-injection route exists only under pytest; turn it off.")
    engine = make_engine(config.database_url)
    app = FastAPI(
        title="Cleanroom reference server",
        version="1",
        description="Sync API for Cleanroom workstations. TLS only; see docs/SERVER.md.",
    )
    app.state.config = config
    app.state.engine = engine
    app.state.sessions = sessionmaker(engine, expire_on_commit=False)
    app.state.login_sources = source_throttle(config)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(BodyLimit, limit=config.max_body_bytes)
    if config.enable_test_faults:
        _add_fault_route(app)
    return app


def _add_fault_route(app: FastAPI) -> None:
    """Test only: POST /v1/test/faults arms the FaultInjector middleware (see middleware.py)."""
    injectors: list[FaultInjector] = []

    def factory(inner: ASGIApp) -> FaultInjector:
        injector = FaultInjector(inner)
        injectors.append(injector)
        return injector

    app.add_middleware(factory)
    router = APIRouter()

    @router.post("/v1/test/faults", include_in_schema=False)
    def add_fault(body: FaultRequest) -> dict[str, str]:
        if not injectors:
            raise ServerSetupError("The fault injector is not running; start the server first.")
        injectors[-1].plans.append(body.model_dump())
        return {"status": "armed"}

    app.include_router(router)
