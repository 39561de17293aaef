"""The quality figures of a project for its leads: GET /v1/review/quality?project_id=P (JSON)
and GET /v1/review/quality.csv?project_id=P (the same figures as a CSV table).

Only a lead of the project reaches them (`LeadOf`: 403 for other roles, 404 for a project
the caller does not lead). Figures only: counts, shares and scores, never a label value.
The response bodies are declared here, beside the one route that returns them.
"""

from __future__ import annotations

from fastapi import APIRouter, Response
from pydantic import BaseModel

from app.server.deps import Db, LeadOf
from app.server.schemas import ERRORS
from app.server.services.quality import project_quality, quality_csv

router = APIRouter(prefix="/v1/review")


class LabelFigure(BaseModel):
    agreement: float | None
    n: int


class AnnotatorDay(BaseModel):
    day: str
    labels: int
    agreement: float | None


class ProjectDay(BaseModel):
    day: str
    labels: int


class AnnotatorFigures(BaseModel):
    annotator: str
    labels: int
    items: int
    accuracy_vs_adjudicated: float | None
    adjudicated_items: int
    accuracy_vs_gold: float | None
    gold_items: int
    agreement: float | None
    per_label: dict[str, LabelFigure]
    per_day: list[AnnotatorDay]


class OverallFigures(BaseModel):
    items: int
    annotators: int
    labels: int
    items_adjudicated: int
    gold_items: int
    percent_agreement: float | None
    fleiss_kappa: float | None
    krippendorff_alpha_nominal: float | None
    span_f1_overlap: float | None
    box_iou_agreement: float | None
    mean_iou: float | None
    per_label: dict[str, LabelFigure]
    per_day: list[ProjectDay]


class QualityFigures(BaseModel):
    project_id: str
    annotators: list[AnnotatorFigures]
    overall: OverallFigures


@router.get("/quality", response_model=QualityFigures, responses=ERRORS)
def get_quality(lead: LeadOf, db: Db) -> QualityFigures:
    return QualityFigures.model_validate(project_quality(db, lead.project_id))


@router.get(
    "/quality.csv",
    responses={**ERRORS, 200: {"content": {"text/csv": {}}, "description": "the figures"}},
)
def get_quality_csv(lead: LeadOf, db: Db) -> Response:
    body = quality_csv(project_quality(db, lead.project_id))
    return Response(
        body.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": 'attachment; filename="quality.csv"',
            "Cache-Control": "no-store",
        },
    )
