"""POST /v1/labels: an annotator uploads label versions made on their own shards."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.exc import IntegrityError

from app.core.label_schema import LabelSchema
from app.core.label_values import check_label_version
from app.core.labels import LabelVersion
from app.server.deps import Caller, Config, Db
from app.server.models import Project
from app.server.schemas import ERRORS, LabelBatch, LabelBatchResponse, LabelResult
from app.server.services.labels import (
    Outcome,
    check_label_owner,
    split_erased,
    store_labels,
)

router = APIRouter(prefix="/v1")


def results(outcomes: list[Outcome]) -> LabelBatchResponse:
    return LabelBatchResponse(results=[LabelResult(**o._asdict()) for o in outcomes])


def check_values(db: Db, labels: list[LabelVersion]) -> None:
    """Every value against FORMATS.md §6.2 and its project's schema (after the ownership
    check, so nobody learns the schema of a project they do not work on)."""
    project_ids = {label.project_id for label in labels}
    schemas = {
        p.id: LabelSchema.from_json(p.schema)
        for p in db.query(Project).filter(Project.id.in_(project_ids))
    }
    for label in labels:
        check_label_version(label, schemas.get(label.project_id))


@router.post("/labels", response_model=LabelBatchResponse, responses=ERRORS)
def upload_labels(body: LabelBatch, caller: Caller, db: Db, config: Config) -> LabelBatchResponse:
    labels = [LabelVersion.from_json(raw) for raw in body.labels]
    labels, erased = split_erased(db, caller, labels)
    if not labels:
        return results(erased)
    check_label_owner(db, caller, labels)
    check_values(db, labels)
    try:
        stored = store_labels(db, config, caller, labels)
        db.commit()
    except IntegrityError:
        db.rollback()  # a concurrent upload stored some of them first: classify again
        stored = store_labels(db, config, caller, labels)
        db.commit()
    return results(stored + erased)
