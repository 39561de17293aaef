"""Projects: the label schema, instructions and redaction settings; keyed hashes of subject
ids and source names under the project's own secret."""

from __future__ import annotations

import hashlib
import hmac
import os

from sqlalchemy.orm import Session

from app.core.encoding import JsonObject
from app.core.errors import LabelSchemaError
from app.core.label_schema import LabelSchema
from app.redaction.settings import RedactionSettings
from app.server.auth import audit
from app.server.config import ServerConfig
from app.server.errors import BadRequestError, ConflictError
from app.server.models import Project, ProjectLabelStudio, ProjectRedaction
from app.server.services.common import ADMIN


def create_project(
    db: Session,
    config: ServerConfig,
    project_id: str,
    schema: JsonObject,
    *,
    instructions: str = "",
    allow_unredacted: bool = False,
    redaction_settings: RedactionSettings | None = None,
    labeling_config: str | None = None,
    preannotation: bool = False,
) -> Project:
    """A project with its label schema and its redaction settings (checked when parsed),
    the Label Studio labeling config it was derived from (checked by the caller), and
    whether imported labels go to annotators as pre-annotations.
    The schema is read strictly (docs/FORMATS.md §6.1): a key the format does not define is
    refused by name, so a misspelling is not stored and silently ignored by every reader."""
    try:
        LabelSchema.from_json(schema, strict=True)
    except LabelSchemaError as exc:
        raise BadRequestError(exc.message) from None
    settings = redaction_settings or RedactionSettings()
    if db.get(Project, project_id) is not None:
        raise ConflictError(f"The project {project_id!r} exists; choose another id.")
    project = Project(
        id=project_id, schema=schema, instructions=instructions,
        allow_unredacted=allow_unredacted, secret=os.urandom(32), created_at=int(config.clock_s()),
    )  # fmt: skip
    db.add(project)
    db.flush()
    db.add(ProjectRedaction(project_id=project_id, settings=settings.to_json()))
    if labeling_config is not None or preannotation:
        db.add(
            ProjectLabelStudio(
                project_id=project_id, labeling_config=labeling_config,
                preannotation=preannotation,
            )
        )  # fmt: skip
    audit(
        db, config, ADMIN, "project.created", project_id, allow_unredacted=allow_unredacted,
        redaction_settings=settings.given(), labeling_config=labeling_config is not None,
        preannotation=preannotation,
    )  # fmt: skip
    db.commit()
    return project


def project_redaction_settings(db: Session, project_id: str) -> RedactionSettings:
    """The settings stored with the project (defaults for a project made before they
    existed; a plain object stored before settings had versions loads as version 1)."""
    row = db.get(ProjectRedaction, project_id)
    return (
        RedactionSettings.from_json(dict(row.settings)) if row is not None else RedactionSettings()
    )


def subject_key(project: Project, subject_id: str) -> str:
    """Subjects are stored only as a keyed hash, so the database holds no subject ids."""
    return hmac.new(project.secret, subject_id.encode(), hashlib.sha256).hexdigest()


def source_key(project_secret: bytes, name: str) -> str:
    """A source file's name as a keyed hash: file names often carry patient names, and a
    plain SHA-256 of a guessable name can be confirmed by anyone who reads the database."""
    return hmac.new(project_secret, b"source-name\x00" + name.encode(), hashlib.sha256).hexdigest()
