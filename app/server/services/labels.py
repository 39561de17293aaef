"""Label versions: who may upload which, storing them idempotently, and the latest version
of each annotation (one SQL query, used by review and export)."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.core.labels import LabelVersion
from app.server.auth import Principal
from app.server.config import ServerConfig
from app.server.errors import ForbiddenError
from app.server.models import ADJUDICATION_SHARD, ErasedItem, Item, Label, Shard, ShardItem
from app.server.services.members import review_settings
from app.server.services.review_scores import refresh_items

# ADJUDICATION_SHARD lives with the Label table (models.py), which review_scores also reads.
__all__ = [
    "ADJUDICATION_SHARD", "Outcome", "check_adjudication", "check_label_owner",
    "latest_labels", "split_erased", "store_labels",
]  # fmt: skip


class Outcome(NamedTuple):
    """What happened to one uploaded label version."""

    annotation_id: str
    version: int
    status: str  # stored | duplicate | conflict | erased


def latest_labels(db: Session, project_id: str | None = None) -> list[Label]:
    """The latest version of each annotation (of one project, or of all), ordered by item and
    annotation id. The database picks them: no loop over every stored version."""
    newest = select(
        Label.user_id, Label.annotation_id, func.max(Label.version).label("version")
    ).group_by(Label.user_id, Label.annotation_id)
    if project_id is not None:
        newest = newest.where(Label.project_id == project_id)
    sub = newest.subquery()
    query = (
        select(Label)
        .join(
            sub,
            (Label.user_id == sub.c.user_id)
            & (Label.annotation_id == sub.c.annotation_id)
            & (Label.version == sub.c.version),
        )
        .order_by(Label.item_id, Label.annotation_id)
    )
    return list(db.scalars(query))


def split_erased(
    db: Session, caller: Principal, labels: list[LabelVersion]
) -> tuple[list[LabelVersion], list[Outcome]]:
    """(labels to check and store, `erased` outcomes for labels on erased items). A label is
    erased only if its (shard, item) pair is on the erasure list and the shard was issued to
    the caller, so the answer tells nobody about items they never held. One query."""
    pairs = {(label.shard_id, label.item_id) for label in labels}
    erased = {
        (row.shard_id, row.item_id)
        for row in db.query(ErasedItem.shard_id, ErasedItem.item_id)
        .join(Shard, Shard.id == ErasedItem.shard_id)
        .filter(Shard.user_id == caller.user_id)
        .filter(ErasedItem.item_id.in_({item_id for _, item_id in pairs}))
        if (row.shard_id, row.item_id) in pairs
    }
    keep = [label for label in labels if (label.shard_id, label.item_id) not in erased]
    dropped = [
        Outcome(label.annotation_id, label.version, "erased")
        for label in labels
        if (label.shard_id, label.item_id) in erased and label.user_id == caller.user_id
    ]
    if len(keep) + len(dropped) != len(labels):
        raise ForbiddenError("A label names another user; upload only your own labels.")
    return keep, dropped


def check_label_owner(db: Session, caller: Principal, labels: list[LabelVersion]) -> None:
    """Annotators' labels must be their own, on items of a shard issued to them.

    Three queries per batch, whatever its size: other users' versions, the shards named,
    and their item pairs."""
    _check_own(db, caller, labels)
    shard_ids = {label.shard_id for label in labels}
    shards = {s.id: s for s in db.query(Shard).filter(Shard.id.in_(shard_ids))}
    for label in labels:
        shard = shards.get(label.shard_id)
        if shard is None or shard.user_id != caller.user_id or shard.project_id != label.project_id:
            raise ForbiddenError("A label names a shard that was not issued to you; sync again.")
    item_ids = {label.item_id for label in labels}
    held = {
        (row.shard_id, row.item_id)
        for row in db.query(ShardItem.shard_id, ShardItem.item_id).filter(
            ShardItem.shard_id.in_(shard_ids), ShardItem.item_id.in_(item_ids)
        )
    }
    if any((label.shard_id, label.item_id) not in held for label in labels):
        raise ForbiddenError("A label names an item that is not in its shard; sync again.")


def check_adjudication(db: Session, caller: Principal, labels: list[LabelVersion]) -> None:
    """A lead's adjudicated versions: the lead's own, marked as adjudications, each on an
    item of the project it names. Two queries per batch."""
    _check_own(db, caller, labels)
    if any(label.shard_id != ADJUDICATION_SHARD for label in labels):
        raise ForbiddenError(
            f"An adjudicated label carries the shard id {ADJUDICATION_SHARD!r}; set it."
        )
    item_ids = {label.item_id for label in labels}
    project_of = dict(db.query(Item.id, Item.project_id).filter(Item.id.in_(item_ids)).all())
    if any(project_of.get(label.item_id) != label.project_id for label in labels):
        raise ForbiddenError("A label names an item that is not in its project; check the ids.")


def _check_own(db: Session, caller: Principal, labels: list[LabelVersion]) -> None:
    """The caller's own labels only. Annotation ids are per user (the table's unique key is
    (user_id, annotation_id, version)), so reusing another user's id neither continues their
    annotation nor tells the caller it exists."""
    if any(label.user_id != caller.user_id for label in labels):
        raise ForbiddenError("A label names another user; upload only your own labels.")


def store_labels(
    db: Session, config: ServerConfig, caller: Principal, labels: list[LabelVersion]
) -> list[Outcome]:
    """Store new (annotation_id, version) pairs; say duplicate for an identical repeat and
    conflict for a different value under a stored pair. One read and one insert per batch,
    then the review scores of the items that got a version (review_scores.refresh_items:
    their labels only); the caller commits."""
    now = int(config.clock_s())
    annotation_ids = {label.annotation_id for label in labels}
    stored: dict[tuple[str, int], tuple[str, str, str]] = {
        (row.annotation_id, row.version): (row.value_sha256, row.user_id, row.item_id)
        for row in db.query(
            Label.annotation_id, Label.version, Label.value_sha256, Label.user_id, Label.item_id
        )
        .filter(Label.user_id == caller.user_id)
        .filter(Label.annotation_id.in_(annotation_ids))
    }
    results: list[Outcome] = []
    new_rows: list[dict[str, Any]] = []
    for label in labels:
        key = (label.annotation_id, label.version)
        digest = label.value_sha256
        held = stored.get(key)
        if held is None:
            stored[key] = (digest, label.user_id, label.item_id)
            new_rows.append(
                {
                    "annotation_id": label.annotation_id, "version": label.version,
                    "project_id": label.project_id, "shard_id": label.shard_id,
                    "item_id": label.item_id, "user_id": label.user_id,
                    "device_id": caller.device_id, "kind": label.kind, "value": label.value,
                    "value_sha256": digest, "created_ms": label.created_ms, "received_at": now,
                }
            )  # fmt: skip
            status = "stored"
        elif held == (digest, label.user_id, label.item_id):
            status = "duplicate"
        else:
            status = "conflict"
        results.append(Outcome(key[0], key[1], status))
    if new_rows:
        db.execute(insert(Label), new_rows)
        touched: dict[str, set[str]] = {}
        for row in new_rows:
            touched.setdefault(row["project_id"], set()).add(row["item_id"])
        for project_id, item_ids in sorted(touched.items()):
            thresholds = review_settings(db, project_id)
            refresh_items(db, project_id, item_ids, thresholds, int(config.clock_s() * 1000))
    return results
