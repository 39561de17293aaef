"""POST /v1/journal: a device's journal records, answered with a signed receipt."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.exc import IntegrityError

from app.server.deps import Caller, Config, Db
from app.server.errors import ForbiddenError
from app.server.models import Device
from app.server.schemas import ERRORS, JournalBatch, ReceiptOut
from app.server.services.journal import accept_batch

router = APIRouter(prefix="/v1")


@router.post("/journal", response_model=ReceiptOut, responses=ERRORS)
def upload_journal(body: JournalBatch, caller: Caller, db: Db, config: Config) -> dict[str, object]:
    device = db.get(Device, caller.device_id)
    if device is None:  # pragma: no cover - authenticate checked it
        raise ForbiddenError()
    try:
        return accept_batch(db, config, device, body.records)
    except IntegrityError:
        # A concurrent upload of the same records committed first: answer again against
        # the new head (the client then gets "replayed" with a receipt, not a 500).
        db.rollback()
        return accept_batch(db, config, device, body.records)
