"""The lead's review queue: items whose annotators disagree.

For each item, each annotator's answer is the set of `value_sha256` of the latest version
of each of their annotations; the item is queued when two annotators' answers differ.
Only ids and counts leave here; label values stay in the database.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from app.server.models import Label


def review_queue(db: Session, project_id: str | None = None) -> list[dict[str, object]]:
    query = db.query(Label)
    if project_id is not None:
        query = query.filter(Label.project_id == project_id)
    latest: dict[str, tuple[int, Label]] = {}
    for row in query.all():
        held = latest.get(row.annotation_id)
        if held is None or row.version > held[0]:
            latest[row.annotation_id] = (row.version, row)
    answers: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for _version, row in latest.values():
        answers[(row.project_id, row.item_id)][row.user_id].add(row.value_sha256)
    queue: list[dict[str, object]] = []
    for (project, item_id), by_user in sorted(answers.items()):
        distinct = {frozenset(v) for v in by_user.values()}
        if len(by_user) >= 2 and len(distinct) > 1:
            queue.append(
                {"project_id": project, "item_id": item_id, "annotators": len(by_user),
                 "distinct_answers": len(distinct)}
            )  # fmt: skip
    return queue
