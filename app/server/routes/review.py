"""The lead's review: GET /v1/review/queue (leads and admins) and
POST /v1/review/adjudications (leads only: label versions that settle an item)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.exc import IntegrityError

from app.core.labels import LabelVersion
from app.server import auth
from app.server.deps import Caller, Config, Db, Lead
from app.server.routes.labels import check_values, results
from app.server.schemas import ERRORS, LabelBatch, LabelBatchResponse, ReviewQueue
from app.server.services.review import adjudicate, review_queue

router = APIRouter(prefix="/v1/review")


@router.get("/queue", response_model=ReviewQueue, responses=ERRORS)
def get_review_queue(caller: Caller, db: Db) -> ReviewQueue:
    auth.require_role(caller, "lead", "admin")
    return ReviewQueue.model_validate({"items": review_queue(db)})


@router.post("/adjudications", response_model=LabelBatchResponse, responses=ERRORS)
def post_adjudications(body: LabelBatch, lead: Lead, db: Db, config: Config) -> LabelBatchResponse:
    """Each label: the lead's own (`user_id`), `shard_id` "adjudication", on an item of the
    project it names. Stored like any label version (idempotent), audited by ids."""
    labels = [LabelVersion.from_json(raw) for raw in body.labels]
    check_values(db, labels)
    try:
        return results(adjudicate(db, config, lead, labels))
    except IntegrityError:
        db.rollback()  # a concurrent upload stored some of them first: classify again
        return results(adjudicate(db, config, lead, labels))
