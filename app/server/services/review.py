"""The lead's review: the disagreement queue, an item's layers, and signed adjudication.

Queue (`review_queue`): one indexed query on `review_scores`, each item's disagreement
materialised whenever its labels or the project's thresholds change (review_scores.py,
which also keeps the from-scratch computation the tests compare it with).

Adjudication (`sign_adjudication`) is an electronic signature in the sense of 21 CFR
Part 11: the lead's password (and TOTP at a session's first signing) is re-checked
(auth.verify_signing), the adjudicated label version is stored, and a Signature row binds
the printed name, the time and the meaning to the SHA-256 of that stored version.
Audit rows and journal entries carry ids and hashes only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.clock import now_ms
from app.core.labels import LabelVersion
from app.server.auth import Principal, audit, verify_signing
from app.server.config import ServerConfig
from app.server.errors import BadRequestError, SignatureMismatchError
from app.server.models import (
    GoldAnswer,
    Item,
    Label,
    LabelProvenance,
    Project,
    ProjectMember,
    Shard,
    Signature,
    User,
)
from app.server.services.assign import seal_to_user
from app.server.services.common import new_id
from app.server.services.labels import ADJUDICATION_SHARD, check_adjudication, store_labels
from app.server.services.members import led_projects, printed_name, review_settings
from app.server.services.review_scores import ensure_scores, stored_queue

MEANINGS: Final = ("approved", "overridden", "merged")


def review_queue(
    db: Session, project_id: str, *, limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    """{"items": [{"item_id", "kind", "annotators", "disagreement", "reasons",
    "oldest_ms"}], "total"}: the page of not-adjudicated items whose annotators differ
    beyond the project's thresholds, most disagreement first, then oldest, then by id.
    Read from the materialised scores (one indexed query); a project never scored, or
    scored under other thresholds, is rescored first (`review_scores.ensure_scores`)."""
    thresholds = review_settings(db, project_id)
    if ensure_scores(db, project_id, thresholds, now_ms()):
        db.commit()
    page, total = stored_queue(db, project_id, limit=max(0, limit), offset=max(0, offset))
    wanted = [e["item_id"] for e in page]
    found = db.execute(select(Item.id, Item.kind).where(Item.id.in_(wanted)))
    kinds = {i: k for i, k in found}  # noqa: C416 (Row is not a pair to dict())
    return {"items": [{**e, "kind": kinds.get(e["item_id"], "")} for e in page], "total": total}


def review_projects(db: Session, lead: Principal) -> list[dict[str, Any]]:
    return [
        {"project_id": p, "name": p, "queue_size": review_queue(db, p, limit=0)["total"]}
        for p in led_projects(db, lead.user_id)
    ]


def pseudonyms(db: Session, project_id: str) -> dict[str, str]:
    """user_id -> "A1", "A2" ... in the order annotators were first issued a shard of the
    project (stable: later shards never renumber anyone). Leads' review shards do not count."""
    leads = select(ProjectMember.user_id).where(
        ProjectMember.project_id == project_id, ProjectMember.role == "lead"
    )
    rows = db.execute(
        select(Shard.user_id, func.min(Shard.issued_at).label("first"))
        .where(Shard.project_id == project_id, Shard.user_id.not_in(leads))
        .group_by(Shard.user_id)
        .order_by("first", Shard.user_id)
    )
    return {user_id: f"A{n}" for n, (user_id, _) in enumerate(rows, start=1)}


def annotator_names(db: Session, project_id: str, user_ids: Iterable[str]) -> dict[str, str]:
    """How the lead sees each annotator: a pseudonym, or the username when the project
    turns pseudonyms off."""
    wanted = set(user_ids)
    if review_settings(db, project_id)["pseudonymous"]:
        names = pseudonyms(db, project_id)
        extra = sorted(wanted - names.keys())
        names |= {u: f"A{len(names) + n}" for n, u in enumerate(extra, start=1)}
        return {u: names[u] for u in wanted}
    rows = db.execute(select(User.id, User.username).where(User.id.in_(wanted)))
    return {user_id: username for user_id, username in rows}  # noqa: C416 (Row: see above)


def item_layers(db: Session, project_id: str, item_id: str) -> dict[str, Any]:
    """Each annotator's latest labels of one item, as colour-coded layers; a label imported
    from another tool says so (`imported`: source, origin, flags; null otherwise)."""
    item = db.get(Item, item_id)
    if item is None or item.project_id != project_id:
        raise BadRequestError("The item is not in this project; check the ids.")
    rows = db.scalars(
        select(Label)
        .where(Label.item_id == item_id, Label.project_id == project_id)
        .where(Label.shard_id != ADJUDICATION_SHARD)
        .order_by(Label.user_id, Label.annotation_id, Label.version)
    )
    latest: dict[tuple[str, str], Label] = {}
    for row in rows:
        latest[(row.user_id, row.annotation_id)] = row
    users = sorted({u for u, _ in latest})
    names = annotator_names(db, project_id, users)
    provenance = {
        (p.user_id, p.annotation_id): {"source": p.source, "origin": p.origin, "flags": p.flags}
        for p in db.scalars(
            select(LabelProvenance).where(
                LabelProvenance.project_id == project_id,
                LabelProvenance.user_id.in_(users),
                LabelProvenance.annotation_id.in_([a for _, a in latest]),
            )
        )
    }
    order = sorted(users, key=lambda u: (_ordinal(names[u]), names[u]))
    layers = []
    for index, user_id in enumerate(order):
        labels = [
            {"annotation_id": r.annotation_id, "version": r.version, "kind": r.kind,
             "value": r.value, "value_sha256": r.value_sha256,
             "imported": provenance.get((u, r.annotation_id))}
            for (u, _), r in sorted(latest.items()) if u == user_id and not r.value.get("deleted")
        ]  # fmt: skip
        layers.append({"annotator": names[user_id], "colour_index": index, "labels": labels})
    gold = db.query(GoldAnswer.id).filter_by(item_id=item_id).first() is not None
    return {"item_id": item_id, "layers": layers, "gold": gold}


def _ordinal(name: str) -> int:
    return int(name[1:]) if name[:1] == "A" and name[1:].isdigit() else 1 << 30


def _source_check(db: Session, label: LabelVersion, source: dict[str, Any] | None) -> None:
    """The accepted annotator label must be a label of this item (ids only)."""
    if source is None:
        return
    row = (
        db.query(Label.id)
        .filter_by(item_id=label.item_id, annotation_id=source["annotation_id"])
        .filter_by(version=source["version"])
        .first()
    )
    if row is None:
        raise BadRequestError(
            "The source annotation is not a label of this item; choose one from its layers."
        )


def stored_label(row: Label) -> LabelVersion:
    return LabelVersion(
        row.annotation_id, row.version, row.project_id, row.shard_id, row.item_id, row.user_id,
        row.kind, row.value, row.created_ms,
    )  # fmt: skip


@dataclass(frozen=True)
class SignRequest:
    label: LabelVersion
    meaning: str
    reason: str | None
    password: str
    totp: str | None
    source_annotation: dict[str, Any] | None
    label_sha256: str | None = None  # what the client says it signs; checked when given


def sign_adjudication(
    db: Session, config: ServerConfig, lead: Principal, request: SignRequest
) -> tuple[Signature, str]:
    """Check the credential, store the adjudicated version, sign it; (signature, status of
    the label: stored | duplicate). The caller has checked the lead leads the project and
    the label's value (routes/review.py)."""
    label = request.label
    if request.meaning not in MEANINGS:
        raise BadRequestError(f"The meaning must be one of {', '.join(MEANINGS)}; choose one.")
    if request.meaning != "approved" and not (request.reason or "").strip():
        raise BadRequestError(f"A signature meaning {request.meaning} needs a reason; write why.")
    check_adjudication(db, lead, [label])
    _source_check(db, label, request.source_annotation)
    if request.label_sha256 is not None and request.label_sha256 != label.label_sha256:
        raise SignatureMismatchError(
            "The signature names another label than the one sent; sign the label you send."
        )
    user, token = verify_signing(db, config, lead, request.password, request.totp)
    (outcome,) = store_labels(db, config, lead, [label])
    row = (
        db.query(Label)
        .filter_by(user_id=lead.user_id, annotation_id=label.annotation_id)
        .filter_by(version=label.version)
        .one()
    )
    if outcome.status not in ("stored", "duplicate") or (
        stored_label(row).label_sha256 != label.label_sha256
    ):
        db.rollback()
        raise SignatureMismatchError()
    now_ms = int(config.clock_s() * 1000)
    signature = (
        db.query(Signature)
        .filter_by(label_sha256=label.label_sha256, signer_user_id=lead.user_id)
        .first()
    )
    if signature is None:  # a repeat (an answer lost on the way) keeps the first signature
        signature = Signature(
            id=new_id("sig"), project_id=label.project_id, item_id=label.item_id,
            annotation_id=label.annotation_id, version=label.version,
            label_sha256=label.label_sha256, signer_user_id=lead.user_id,
            printed_name=printed_name(user), meaning=request.meaning,
            reason=(request.reason or "").strip() or None, signed_ms=now_ms,
            journal_entry_sha256=None,
        )  # fmt: skip
        db.add(signature)
        audit(
            db, config, lead.user_id, "review.adjudicated", label.item_id,
            project_id=label.project_id, annotation_id=label.annotation_id,
            version=label.version, signature_id=signature.id, meaning=request.meaning,
        )  # fmt: skip
    token.signed_ms = now_ms
    db.commit()
    return signature, outcome.status


def signature_json(signature: Signature) -> dict[str, Any]:
    return {
        "id": signature.id, "printed_name": signature.printed_name,
        "signed_ms": signature.signed_ms, "meaning": signature.meaning,
        "label_sha256": signature.label_sha256,
    }  # fmt: skip


def review_shard(
    db: Session, config: ServerConfig, lead: Principal, project_id: str, item_ids: Sequence[str]
) -> list[str]:
    """Seal the chosen items of the project to the lead's devices, through the path that
    seals annotators' shards (the lead's window syncs and opens it like any shard)."""
    wanted = list(dict.fromkeys(item_ids))
    items = (
        db.query(Item)
        .filter(Item.project_id == project_id, Item.id.in_(wanted))
        .order_by(Item.id)
        .all()
    )
    if len(items) != len(wanted):
        raise BadRequestError("Some items are not in this project; choose them from the queue.")
    project = db.get(Project, project_id)
    user = db.get(User, lead.user_id)
    assert project is not None  # the route's lead check found the project
    assert user is not None
    shard_ids = seal_to_user(db, config, project, user, items, chunk_size=len(items) or 1)
    audit(
        db, config, lead.user_id, "review.shard", project_id, shards=len(shard_ids),
        items=len(items),
    )  # fmt: skip
    db.commit()
    return shard_ids
