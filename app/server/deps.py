"""FastAPI dependencies: the database session and the authenticated caller."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from sqlalchemy.orm import Session

from app.server import auth
from app.server.config import ServerConfig
from app.server.errors import NotFoundError
from app.server.services.members import is_lead


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


@dataclass(frozen=True)
class ProjectLead:
    """A caller checked to lead `project_id` (see `require_project_lead`)."""

    principal: auth.Principal
    project_id: str


def require_project_lead(db: Session, caller: auth.Principal, project_id: str) -> ProjectLead:
    """The one check every /v1/review/* endpoint makes: the caller holds the role lead
    (else 403 wrong_role) and leads this project (else 404: a project someone does not lead
    is, to them, one that does not exist)."""
    auth.require_role(caller, "lead")
    if not is_lead(db, caller.user_id, project_id):
        raise NotFoundError("There is no project with this id that you lead; check the id.")
    return ProjectLead(caller, project_id)


def project_lead(
    caller: Annotated[auth.Principal, Depends(principal)],
    db: Annotated[Session, Depends(get_db)],
    project_id: Annotated[str, Query(min_length=1, max_length=128)],
) -> ProjectLead:
    """For routes that name the project in the query (`?project_id=P`)."""
    return require_project_lead(db, caller, project_id)


Db = Annotated[Session, Depends(get_db)]
Config = Annotated[ServerConfig, Depends(get_config)]
Caller = Annotated[auth.Principal, Depends(principal)]
Lead = Annotated[auth.Principal, Depends(lead)]
LeadOf = Annotated[ProjectLead, Depends(project_lead)]
