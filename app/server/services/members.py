"""Who leads which project, and each project's review settings.

A user with the global role `lead` sees review data only of the projects where they are a
member with the role "lead" (`is_lead`). Review settings live in a table of their own;
`REVIEW_DEFAULTS` fills every setting a project has not set.
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.server.auth import audit
from app.server.config import ServerConfig
from app.server.errors import BadRequestError
from app.server.models import ProjectMember, ProjectReview, User
from app.server.services.common import ADMIN, get_project, get_user
from app.server.services.review_scores import settings_changed

MEMBER_ROLES: Final = ("annotator", "lead")
REVIEW_DEFAULTS: Final[dict[str, Any]] = {
    "min_span_f1": 0.8,  # two annotators' spans agree at this F1 (overlap) or above
    "min_iou": 0.5,  # boxes and polygons match at this IoU or above
    "double_label_fraction": 0.0,  # share of items `assign` gives to one more annotator
    "pseudonymous": True,  # the lead sees annotators as A1, A2 ... (stable per project)
}


def add_member(
    db: Session, config: ServerConfig, project_id: str, username: str, role: str
) -> None:
    """Make the user a member of the project with this role (idempotent). A project lead
    must hold the global role `lead`."""
    if role not in MEMBER_ROLES:
        raise BadRequestError(f"The member role must be one of {', '.join(MEMBER_ROLES)}.")
    get_project(db, project_id)
    user = get_user(db, username)
    if role == "lead" and user.role != "lead":
        raise BadRequestError(
            f"The user {username!r} does not hold the role lead; add a lead account instead."
        )
    if db.get(ProjectMember, (project_id, user.id, role)) is None:
        db.add(ProjectMember(project_id=project_id, user_id=user.id, role=role))
        audit(db, config, ADMIN, "project.member_added", project_id, user_id=user.id, role=role)
    db.commit()


def members(db: Session, project_id: str) -> list[tuple[str, str]]:
    """(username, role) of every member, sorted."""
    get_project(db, project_id)
    rows = db.execute(
        select(User.username, ProjectMember.role)
        .join(ProjectMember, ProjectMember.user_id == User.id)
        .where(ProjectMember.project_id == project_id)
        .order_by(User.username, ProjectMember.role)
    )
    return [(name, role) for name, role in rows]


def is_lead(db: Session, user_id: str, project_id: str) -> bool:
    return db.get(ProjectMember, (project_id, user_id, "lead")) is not None


def led_projects(db: Session, user_id: str) -> list[str]:
    rows = db.scalars(
        select(ProjectMember.project_id)
        .where(ProjectMember.user_id == user_id, ProjectMember.role == "lead")
        .order_by(ProjectMember.project_id)
    )
    return list(rows)


def review_settings(db: Session, project_id: str) -> dict[str, Any]:
    row = db.get(ProjectReview, project_id)
    return {**REVIEW_DEFAULTS, **(row.settings if row is not None else {})}


def set_review_settings(
    db: Session, config: ServerConfig, project_id: str, **changes: Any
) -> dict[str, Any]:
    """Change some settings (None leaves one as it is); return all of them. A moved
    threshold rescores the project's contested items (streamed: a large project takes a
    while)."""
    get_project(db, project_id)
    given = {k: v for k, v in changes.items() if v is not None}
    unknown = set(given) - set(REVIEW_DEFAULTS)
    if unknown:
        raise BadRequestError(f"Unknown review settings {sorted(unknown)}; remove them.")
    for name in ("min_span_f1", "min_iou", "double_label_fraction"):
        value = given.get(name)
        if value is not None and not (isinstance(value, int | float) and 0.0 <= value <= 1.0):
            raise BadRequestError(f"The setting {name} must be a number from 0 to 1; fix it.")
    if "pseudonymous" in given and not isinstance(given["pseudonymous"], bool):
        raise BadRequestError("The setting pseudonymous must be true or false; fix it.")
    row = db.get(ProjectReview, project_id)
    merged = {**(row.settings if row is not None else {}), **given}
    if row is None:
        db.add(ProjectReview(project_id=project_id, settings=merged))
    else:
        row.settings = merged
    audit(db, config, ADMIN, "project.review_settings", project_id, **given)
    # Thresholds move the scores of contested items: rescored in the same transaction.
    settings = {**REVIEW_DEFAULTS, **merged}
    settings_changed(db, project_id, settings, int(config.clock_s() * 1000))
    db.commit()
    return settings


def printed_name(user: User) -> str:
    """The name a signature shows: the full name, or the username when none was given."""
    return user.full_name or user.username
