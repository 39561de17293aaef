"""Small helpers every service shares: the admin actor name, new ids, user look-up."""

from __future__ import annotations

import secrets
from typing import Final

from sqlalchemy.orm import Session

from app.server.errors import NotFoundError
from app.server.models import Project, User

ADMIN: Final = "admin-cli"  # the actor of every command-line action in the audit table


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(8)}"


def get_user(db: Session, username: str) -> User:
    user = db.query(User).filter_by(username=username).one_or_none()
    if user is None:
        raise NotFoundError(f"There is no user {username!r}; check the name.")
    return user


def get_project(db: Session, project_id: str) -> Project:
    project = db.get(Project, project_id)
    if project is None:
        raise NotFoundError(f"There is no project {project_id!r}; check the id.")
    return project
