"""GET /v1/shards (the caller's live shards), GET /v1/shards/{id} (the sealed bytes) and
GET /v1/erasures (the items of the caller's shards that were erased since: to purge)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from app.server.auth import audit
from app.server.deps import Caller, Config, Db
from app.server.errors import NotFoundError
from app.server.models import ErasedItem, Shard
from app.server.schemas import ERRORS, ErasureList, ShardInfo, ShardList

router = APIRouter(prefix="/v1")


@router.get("/shards", response_model=ShardList, responses=ERRORS)
def list_shards(caller: Caller, db: Db, config: Config) -> ShardList:
    now = int(config.clock_s())
    rows = (
        db.query(Shard)
        .filter(Shard.user_id == caller.user_id, Shard.device_id == caller.device_id)
        .filter(Shard.not_after > now, Shard.sha256 != "")  # "": withdrawn by an erasure
        .order_by(Shard.issued_at, Shard.id)
        .all()
    )
    return ShardList(
        shards=[
            ShardInfo(
                shard_id=r.id, project_id=r.project_id, issued_at=r.issued_at,
                not_after=r.not_after, sha256=r.sha256, size=len(r.sealed),
            )
            for r in rows
        ]
    )  # fmt: skip


@router.get(
    "/shards/{shard_id}",
    responses={**ERRORS, 200: {"content": {"application/octet-stream": {}}}},
    response_class=Response,
)
def get_shard(shard_id: str, caller: Caller, db: Db, config: Config) -> Response:
    row = db.get(Shard, shard_id)
    # Another user's or device's shard is "not found": do not confirm it exists.
    mine = row is not None and row.user_id == caller.user_id and row.device_id == caller.device_id
    if row is None or not mine or not row.sealed:
        raise NotFoundError("There is no such shard for this device; sync to list yours.")
    audit(db, config, caller.user_id, "shard.downloaded", shard_id)
    db.commit()
    return Response(
        row.sealed, media_type="application/octet-stream", headers={"Cache-Control": "no-store"}
    )


@router.get("/erasures", response_model=ErasureList, responses=ERRORS)
def list_erasures(caller: Caller, db: Db) -> ErasureList:
    """Every erased item of a shard issued to this device (ids only): the device blocks
    them in its store and purges their labels. Only this device's shards, so the list tells
    no one about another user's items."""
    rows = (
        db.query(ErasedItem.item_id)
        .join(Shard, Shard.id == ErasedItem.shard_id)
        .filter(Shard.user_id == caller.user_id, Shard.device_id == caller.device_id)
        .distinct()
        .order_by(ErasedItem.item_id)
        .all()
    )
    return ErasureList(item_ids=[r.item_id for r in rows])
