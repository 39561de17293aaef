"""Erasure of a data subject: every item and label tied to them goes, and the sealed bytes
of every shard that held one of their items; a deletion record keeps only a keyed hash of
the subject and the ids.

The erasure must reach workstations too, without breaking their sync: the shard records
stay (so labels saved offline on the other items of a shard are still accepted), each
erased (shard, item) pair goes on the erasure list (`ErasedItem`) that every sync returns
to the device the shard was issued to, and a label still sent for an erased item is
answered `erased` (accepted and dropped). The device blocks those items in its store and
refuses them even from an older cached copy of the shard."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session

from app.server.auth import audit
from app.server.config import ServerConfig
from app.server.models import (
    DeletionRecord,
    ErasedItem,
    Item,
    ItemGeometryRow,
    Label,
    Project,
    RedactionReportRow,
    Shard,
    ShardItem,
)
from app.server.services.common import ADMIN
from app.server.services.projects import subject_key
from app.server.services.review_scores import forget_items


@dataclass(frozen=True)
class Erasure:
    items: int
    labels: int
    shards: int


def erasure_digest(config: ServerConfig, subject_id: str) -> str:
    """The subject as a deletion record names it: an HMAC under a key derived from the
    server key. A plain SHA-256 of a guessable id (an MRN, a name) would let anyone with
    the database confirm who was erased; with the key, only the server can answer
    "was X erased?" by recomputing it."""
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"cleanroom-erasure-record/1"
    ).derive(config.signing_key.raw())
    return hmac.new(key, subject_id.encode(), hashlib.sha256).hexdigest()


def erase_subject(db: Session, config: ServerConfig, subject_id: str) -> Erasure:
    """Remove every item, label and shard record tied to a data subject; record the deletion
    by keyed hash and ids. The journal holds only ids and stays as it is."""
    item_ids: list[str] = []
    for project in db.query(Project).all():
        key = subject_key(project, subject_id)
        item_ids += [i.id for i in db.query(Item).filter_by(project_id=project.id, subject_id=key)]
    at_ms = int(config.clock_s() * 1000)
    project_of = dict(db.query(Item.id, Item.project_id).filter(Item.id.in_(item_ids)).all())
    pairs = [
        (row.shard_id, row.item_id)
        for row in db.query(ShardItem).filter(ShardItem.item_id.in_(item_ids))
    ]
    shard_ids = sorted({shard_id for shard_id, _ in pairs})
    in_shard = {item_id for _, item_id in pairs}
    rows: list[tuple[str | None, str]] = [(shard_id, item_id) for shard_id, item_id in pairs]
    rows += [(None, item_id) for item_id in item_ids if item_id not in in_shard]
    db.add_all(
        ErasedItem(item_id=item_id, project_id=project_of[item_id], shard_id=shard_id, at_ms=at_ms)
        for shard_id, item_id in rows
    )
    labels = db.query(Label).filter(Label.item_id.in_(item_ids)).delete()
    forget_items(db, item_ids)  # their review scores go with them
    db.query(ShardItem).filter(ShardItem.item_id.in_(item_ids)).delete()
    # The sealed bytes held the subject's items: they go; the record stays for the labels
    # of the other items (a withdrawn shard is no longer listed or served).
    db.query(Shard).filter(Shard.id.in_(shard_ids)).update({"sealed": b"", "sha256": ""})
    db.query(ItemGeometryRow).filter(ItemGeometryRow.item_id.in_(item_ids)).delete()
    db.query(Item).filter(Item.id.in_(item_ids)).delete()
    # The redaction reports stay for audit (kinds and counts), without the link to the source.
    db.query(RedactionReportRow).filter(RedactionReportRow.item_id.in_(item_ids)).update(
        {"source_key": "erased"}
    )
    digest = erasure_digest(config, subject_id)
    db.add(
        DeletionRecord(
            at_ms=at_ms, subject_hmac=digest, item_ids=item_ids,
            label_count=labels, shard_ids=shard_ids,
        )
    )  # fmt: skip
    audit(db, config, ADMIN, "subject.erased", digest, items=len(item_ids), labels=labels)
    db.commit()
    return Erasure(len(item_ids), labels, len(shard_ids))
