"""The lead's review: the queue of items whose annotators disagree, and adjudication.

For each item, each annotator's answer is the set of `value_sha256` of the latest version
of each of their annotations; the item is queued when two annotators' answers differ.
Only ids and counts leave the queue; label values stay in the database. A lead settles an
item by writing label versions of their own (`adjudicate`), audited by ids only.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from app.core.labels import LabelVersion
from app.server.auth import Principal, audit
from app.server.config import ServerConfig
from app.server.services.labels import (
    ADJUDICATION_SHARD,
    Outcome,
    check_adjudication,
    latest_labels,
    store_labels,
)


def review_queue(db: Session, project_id: str | None = None) -> list[dict[str, object]]:
    """Items whose annotators disagree and that no lead has adjudicated yet."""
    answers: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    settled: set[tuple[str, str]] = set()
    for row in latest_labels(db, project_id):
        if row.shard_id == ADJUDICATION_SHARD:  # a lead's decision, not one more answer
            settled.add((row.project_id, row.item_id))
        else:
            answers[(row.project_id, row.item_id)][row.user_id].add(row.value_sha256)
    queue: list[dict[str, object]] = []
    for (project, item_id), by_user in sorted(answers.items()):
        distinct = {frozenset(v) for v in by_user.values()}
        if len(by_user) >= 2 and len(distinct) > 1 and (project, item_id) not in settled:
            queue.append(
                {"project_id": project, "item_id": item_id, "annotators": len(by_user),
                 "distinct_answers": len(distinct)}
            )  # fmt: skip
    return queue


def adjudicate(
    db: Session, config: ServerConfig, lead: Principal, labels: list[LabelVersion]
) -> list[Outcome]:
    """Store a lead's adjudicated label versions (checked: the lead's own, on items of the
    projects they name) and audit each stored one by ids."""
    check_adjudication(db, lead, labels)
    results = store_labels(db, config, lead, labels)
    for outcome, label in zip(results, labels, strict=True):
        if outcome.status == "stored":
            audit(
                db, config, lead.user_id, "review.adjudicated", label.item_id,
                project_id=label.project_id, annotation_id=outcome.annotation_id,
                version=outcome.version,
            )  # fmt: skip
    db.commit()
    return results
