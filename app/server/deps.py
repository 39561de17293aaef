"""FastAPI dependencies: the database session and the authenticated caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session

from app.server import auth
from app.server.config import ServerConfig


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as db:
        yield db


def get_config(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


def principal(
    request: Request, db: Annotated[Session, Depends(get_db)],
    authorization: Annotated[str | None, Header()] = None,
) -> auth.Principal:  # fmt: skip
    return auth.authenticate(db, get_config(request), authorization)


def lead(caller: Annotated[auth.Principal, Depends(principal)]) -> auth.Principal:
    """The caller, who must hold the lead role (others get 403 wrong_role)."""
    auth.require_role(caller, "lead")
    return caller


Db = Annotated[Session, Depends(get_db)]
Config = Annotated[ServerConfig, Depends(get_config)]
Caller = Annotated[auth.Principal, Depends(principal)]
Lead = Annotated[auth.Principal, Depends(lead)]
