"""The lead's review, every endpoint for leads of the project only (deps.require_project_lead:
403 wrong_role for other roles, 404 for a project the caller does not lead):

    GET  /v1/review/projects                          the projects the caller leads
    GET  /v1/review/queue?project_id=P&limit&offset   disagreeing items, worst first
    GET  /v1/review/items/{item_id}/labels?project_id=P   each annotator's layer
    POST /v1/review/shards                            seal items to the lead's device
    POST /v1/review/adjudications                     a signed adjudicated label
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.exc import IntegrityError

from app.core.labels import LabelVersion
from app.server import auth
from app.server.deps import Caller, Config, Db, LeadOf, require_project_lead
from app.server.routes.labels import check_values
from app.server.schemas import (
    ERRORS,
    AdjudicationRequest,
    AdjudicationResponse,
    ItemLayers,
    LabelResult,
    ReviewProjects,
    ReviewQueue,
    ReviewShardRequest,
    ReviewShardResponse,
)
from app.server.services import review

router = APIRouter(prefix="/v1/review")


@router.get("/projects", response_model=ReviewProjects, responses=ERRORS)
def get_projects(caller: Caller, db: Db) -> ReviewProjects:
    auth.require_role(caller, "lead")
    return ReviewProjects.model_validate({"projects": review.review_projects(db, caller)})


@router.get("/queue", response_model=ReviewQueue, responses=ERRORS)
def get_queue(
    lead: LeadOf,
    db: Db,
    limit: Annotated[int, Query(ge=0, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> ReviewQueue:
    page = review.review_queue(db, lead.project_id, limit=limit, offset=offset)
    return ReviewQueue.model_validate(page)


@router.get("/items/{item_id}/labels", response_model=ItemLayers, responses=ERRORS)
def get_item_layers(item_id: str, lead: LeadOf, db: Db) -> ItemLayers:
    return ItemLayers.model_validate(review.item_layers(db, lead.project_id, item_id))


@router.post("/shards", response_model=ReviewShardResponse, responses=ERRORS)
def post_review_shard(
    body: ReviewShardRequest, caller: Caller, db: Db, config: Config
) -> ReviewShardResponse:
    lead = require_project_lead(db, caller, body.project_id)
    ids = review.review_shard(db, config, lead.principal, body.project_id, body.item_ids)
    return ReviewShardResponse(shard_ids=ids)


@router.post("/adjudications", response_model=AdjudicationResponse, responses=ERRORS)
def post_adjudication(
    body: AdjudicationRequest, caller: Caller, db: Db, config: Config
) -> AdjudicationResponse:
    """A signed adjudication: the password (and TOTP when the session has not signed
    since its login) re-checked, the label stored, and the signature bound to its hash."""
    label = LabelVersion.from_json(body.label)
    lead = require_project_lead(db, caller, label.project_id)
    check_values(db, [label])
    source = body.source_annotation.model_dump() if body.source_annotation else None
    request = review.SignRequest(
        label, body.meaning, body.reason, body.password, body.totp, source, body.label_sha256
    )
    try:
        signature, status = review.sign_adjudication(db, config, lead.principal, request)
    except IntegrityError:
        db.rollback()  # a concurrent upload stored it first: sign the stored version
        signature, status = review.sign_adjudication(db, config, lead.principal, request)
    result = LabelResult(annotation_id=label.annotation_id, version=label.version, status=status)  # type: ignore[arg-type]
    return AdjudicationResponse.model_validate(
        {"signature": review.signature_json(signature), "result": result.model_dump()}
    )
