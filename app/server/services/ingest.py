"""Ingest: run each source through the redaction pipeline with the project's settings, store
what passes, and write one redaction report row per source (stored or refused).

Items that only passed the pass-through hook (`--no-redaction`, or a build without the
pipeline's engines) are stored as `unredacted`, and `assign` refuses to issue them unless the
project allows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from app.core.errors import CleanroomError
from app.redaction.inputs import Source
from app.redaction.item import RedactedItem
from app.redaction.settings import RedactionSettings
from app.server.auth import audit
from app.server.config import ServerConfig
from app.server.models import Item, ItemGeometryRow, RedactionReportRow
from app.server.services.common import ADMIN, get_project, new_id
from app.server.services.projects import project_redaction_settings, source_key, subject_key


class Redactor(Protocol):
    def __call__(
        self, source: Source, *, project_secret: bytes, settings: RedactionSettings
    ) -> RedactedItem: ...


def passthrough_redactor(
    source: Source, *, project_secret: bytes, settings: RedactionSettings
) -> RedactedItem:
    """`ingest --no-redaction`: marks every item unredacted, so `assign` refuses it unless
    the project allows unredacted items."""
    return RedactedItem(
        source.data, source.media_type, report={"pipeline": "none"}, pipeline_ran=False
    )


def pipeline_redactor() -> Redactor:
    """The redaction pipeline if this build has its engines, else the documented pass-through."""
    try:
        from app.redaction.pipeline import redact_item  # noqa: PLC0415
    except ImportError:
        return passthrough_redactor

    def run(source: Source, *, project_secret: bytes, settings: RedactionSettings) -> RedactedItem:
        return redact_item(
            source.kind, source.data, project_secret=project_secret, settings=settings
        )

    return run


@dataclass(frozen=True)
class IngestReport:
    ingest_id: str
    stored: int
    unredacted: int
    failed: list[tuple[str, str]]  # (keyed source-name hash, error message)


def ingest(
    db: Session,
    config: ServerConfig,
    project_id: str,
    sources: Sequence[Source],
    redactor: Redactor | None = None,
    *,
    progress: Callable[[int, int, int], None] | None = None,
    on_stored: Callable[[Source, str, RedactedItem], None] | None = None,
) -> IngestReport:
    """Redact and store every source with the project's settings; one report row per source.

    A source the pipeline refuses (malformed, undecodable, too big) is not stored: its report
    row carries the error's message, and the ingest goes on with the next one.
    `progress(done, total, refused)` is called after each source (OCR makes images slow);
    `on_stored(source, item_id, redacted)` after each stored one (Label Studio import).
    """
    project = get_project(db, project_id)
    settings = project_redaction_settings(db, project_id)
    redactor = redactor or pipeline_redactor()
    ingest_id = new_id("ing")
    now_ms = int(config.clock_s() * 1000)
    stored = unredacted = 0
    failed: list[tuple[str, str]] = []
    for position, source in enumerate(sources, start=1):
        if progress is not None and position > 1:
            progress(position - 1, len(sources), len(failed))
        name_key = source_key(project.secret, source.name)
        row = RedactionReportRow(
            ingest_id=ingest_id, project_id=project_id, at_ms=now_ms, position=position,
            item_id=None, source_key=name_key, kind=source.kind, status="refused",
            redaction="none", report={},
        )  # fmt: skip
        db.add(row)
        if source.refused is not None:
            row.report = {"error": "SourceRefusedError", "message": source.refused}
            failed.append((name_key, source.refused))
            continue
        # The item's own region of interest (from its sidecar) replaces the project's.
        item_settings = settings if source.crop is None else settings.with_crop(source.crop)
        try:
            out = redactor(source, project_secret=project.secret, settings=item_settings)
        except CleanroomError as exc:  # the item is not released; the batch goes on
            row.report = {"error": type(exc).__name__, "message": exc.message}
            failed.append((name_key, exc.message))
            continue
        item_id = new_id("it")
        redaction = "redacted" if out.pipeline_ran else "unredacted"
        db.add(
            Item(
                id=item_id, project_id=project_id, kind=source.kind,
                media_type=out.media_type, data=out.data, meta=out.meta,
                subject_id=subject_key(project, source.subject_id) if source.subject_id else None,
                redaction=redaction, source_name_sha256=name_key,
            )
        )  # fmt: skip
        if out.geometry is not None:
            db.add(ItemGeometryRow(item_id=item_id, geometry=out.geometry.to_json()))
        row.item_id, row.status, row.redaction, row.report = (
            item_id,
            "stored",
            redaction,
            out.report,
        )
        stored += 1
        unredacted += 0 if out.pipeline_ran else 1
        if on_stored is not None:
            on_stored(source, item_id, out)
    if progress is not None and sources:
        progress(len(sources), len(sources), len(failed))
    audit(
        db, config, ADMIN, "ingest", project_id, ingest_id=ingest_id, stored=stored,
        refused=len(failed), unredacted=unredacted,
    )  # fmt: skip
    db.commit()
    return IngestReport(ingest_id, stored, unredacted, failed)


def redaction_reports(
    db: Session, config: ServerConfig, project_id: str, ingest_id: str | None = None
) -> list[RedactionReportRow]:
    """The stored report rows of a project (or of one ingest), oldest first. Reading them
    is an admin action and is audited like the others."""
    get_project(db, project_id)
    query = db.query(RedactionReportRow).filter_by(project_id=project_id)
    if ingest_id is not None:
        query = query.filter_by(ingest_id=ingest_id)
    rows = query.order_by(RedactionReportRow.id).all()
    audit(db, config, ADMIN, "redaction_report.read", project_id, rows=len(rows))
    db.commit()
    return rows
