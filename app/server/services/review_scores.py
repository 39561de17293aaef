"""Each item's disagreement score, materialised in `review_scores` so that the lead's queue
is one indexed query (issue 12: "fast at 1 million labels").

An item's row is a function of the item's label rows and the project's thresholds only
(`item_row`), so it is recomputed from that item's rows alone (the (project, item) index)
in the same transaction that changes them:
- labels stored (`services.labels.store_labels`: annotators' uploads and adjudications;
  the Label Studio import) -> `refresh_items`;
- thresholds changed (`members.set_review_settings`) -> `rescore_project(contested_only)`:
  only contested items can change, streamed in batches;
- items erased (`services.erasure`) -> their rows are deleted;
- a database made before this table, or a project whose state row is missing or was scored
  under other thresholds -> `ensure_scores` rescores it (also `cleanroom-server review
  rescore PROJECT`).

Row rules (the same as the from-scratch computation `compute_queue_scores`, which the tests
compare it with): `contested` = two annotators or more whose versions hold more than one
distinct `value_sha256` (adjudications not counted); a contested item is scored on the
latest version of each annotation with `agreement.item_disagreement` (worst label kind);
an uncontested item scores 0 with no reasons; `queued` = contested, some pair differs
beyond the thresholds, and no adjudication.

Concurrency: `refresh_items` first upserts the items' rows (in id order), which locks them
on PostgreSQL, and only then reads the labels, so two uploads to one item are serialised
and the second one reads the first one's labels (READ COMMITTED takes a snapshot per
statement). SQLite has a single writer.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import delete, distinct, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.core.encoding import canonical_json, sha256_hex
from app.server.agreement import item_disagreement
from app.server.models import ADJUDICATION_SHARD, Label, ReviewScore, ReviewScoreState

STREAM_BATCH: Final = 2000  # label rows fetched per round trip in a streaming pass
WRITE_BATCH: Final = 1000  # score rows written per statement
THRESHOLD_KEYS: Final = ("min_span_f1", "min_iou")  # the settings a score depends on

Progress = Callable[[int], None]


@dataclass(frozen=True)
class _Row:
    item_id: str
    user_id: str
    annotation_id: str
    version: int
    kind: str
    value: dict[str, Any]
    created_ms: int


# --------------------------------------------------------------------------- scoring


def score_item(rows: Sequence[_Row], thresholds: Mapping[str, Any]) -> tuple[float, list[str]]:
    """(disagreement 0..1, reasons) of one item: the worst label kind decides the score."""
    users = sorted({r.user_id for r in rows})
    by_kind: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: {u: [] for u in users}
    )
    for r in rows:
        answers = by_kind[r.kind]
        if not r.value.get("deleted"):
            answers[r.user_id].append(r.value)
    score, reasons = 0.0, []
    for kind in sorted(by_kind):
        s, why = item_disagreement(kind, by_kind[kind], thresholds)
        score = max(score, s)
        reasons += [w for w in why if w not in reasons]
    return score, reasons


def _latest(rows: Iterable[Any]) -> list[_Row]:
    """The latest version of each annotation, from rows ordered by user, annotation, version."""
    latest: dict[tuple[str, str], _Row] = {}
    for r in rows:
        latest[(r.user_id, r.annotation_id)] = _Row(
            r.item_id, r.user_id, r.annotation_id, r.version, r.kind, r.value, r.created_ms
        )
    return list(latest.values())


def item_row(
    project_id: str, item_id: str, rows: Sequence[Any], thresholds: Mapping[str, Any], now_ms: int
) -> dict[str, Any]:
    """The `review_scores` row of one item from all its label rows (every version, every
    shard), ordered by user, annotation and version."""
    adjudicated = any(r.shard_id == ADJUDICATION_SHARD for r in rows)
    own = [r for r in rows if r.shard_id != ADJUDICATION_SHARD]
    users = {r.user_id for r in own}
    contested = len(users) >= 2 and len({r.value_sha256 for r in own}) > 1
    latest = _latest(own)
    score, reasons = score_item(latest, thresholds) if contested else (0.0, [])
    return {
        "project_id": project_id, "item_id": item_id, "score": score, "reasons": reasons,
        "annotators": len(users), "oldest_ms": min((r.created_ms for r in latest), default=0),
        "contested": contested, "adjudicated": adjudicated,
        "queued": contested and bool(reasons) and not adjudicated, "updated_ms": now_ms,
    }  # fmt: skip


def _label_columns() -> tuple[Any, ...]:
    return (
        Label.item_id, Label.user_id, Label.annotation_id, Label.version, Label.kind,
        Label.value, Label.value_sha256, Label.created_ms, Label.shard_id,
    )  # fmt: skip


_ORDER: Final = (Label.item_id, Label.user_id, Label.annotation_id, Label.version)


def thresholds_sha256(thresholds: Mapping[str, Any]) -> str:
    return sha256_hex(canonical_json({k: thresholds.get(k) for k in THRESHOLD_KEYS}))


# --------------------------------------------------------------------------- writing


def _upsert(db: Session, rows: list[dict[str, Any]]) -> None:
    """Insert or replace score rows (one statement per batch)."""
    if not rows:
        return
    dialect = db.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    for start in range(0, len(rows), WRITE_BATCH):
        stmt = module.insert(ReviewScore).values(rows[start : start + WRITE_BATCH])
        changed = {c: stmt.excluded[c] for c in rows[0] if c not in ("project_id", "item_id")}
        key = ["project_id", "item_id"]
        db.execute(stmt.on_conflict_do_update(index_elements=key, set_=changed))


def refresh_items(
    db: Session, project_id: str, item_ids: Collection[str], thresholds: Mapping[str, Any],
    now_ms: int,
) -> None:  # fmt: skip
    """Recompute the rows of these items of the project from their labels (the caller has
    written the labels in this transaction, and commits). Reads only these items' labels."""
    wanted = sorted(set(item_ids))
    for start in range(0, len(wanted), WRITE_BATCH):
        chunk = wanted[start : start + WRITE_BATCH]
        # Lock first (see the module docstring), then read what the other writers committed.
        _upsert(db, [{"project_id": project_id, "item_id": i, "updated_ms": now_ms} | _EMPTY
                     for i in chunk])  # fmt: skip
        query = (
            select(*_label_columns())
            .where(Label.project_id == project_id, Label.item_id.in_(chunk))
            .order_by(*_ORDER)
        )
        seen: set[str] = set()
        rows = []
        for item_id, group in itertools.groupby(db.execute(query), key=lambda r: r.item_id):
            seen.add(item_id)
            rows.append(item_row(project_id, item_id, list(group), thresholds, now_ms))
        _upsert(db, rows)
        gone = [i for i in chunk if i not in seen]
        if gone:
            db.execute(
                delete(ReviewScore).where(
                    ReviewScore.project_id == project_id, ReviewScore.item_id.in_(gone)
                )
            )


_EMPTY: Final[dict[str, Any]] = {
    "score": 0.0, "reasons": [], "annotators": 0, "oldest_ms": 0, "contested": False,
    "adjudicated": False, "queued": False,
}  # fmt: skip


def forget_items(db: Session, item_ids: Collection[str]) -> None:
    """The rows of erased items go (the caller deletes their labels and commits)."""
    db.execute(delete(ReviewScore).where(ReviewScore.item_id.in_(list(item_ids))))


def rescore_project(
    db: Session,
    project_id: str,
    thresholds: Mapping[str, Any],
    now_ms: int,
    *,
    contested_only: bool = False,
    progress: Progress | None = None,
) -> int:
    """Recompute the project's rows in one streaming pass over its labels ordered by item
    (`contested_only`: only the items whose score depends on the thresholds); the number of
    items scored. Writes in batches; the caller commits. Memory: one item's labels and one
    batch of rows."""
    query = select(*_label_columns()).where(Label.project_id == project_id)
    if contested_only:
        contested = select(ReviewScore.item_id).where(
            ReviewScore.project_id == project_id, ReviewScore.contested.is_(True)
        )
        query = query.where(Label.item_id.in_(contested))
    else:
        db.execute(delete(ReviewScore).where(ReviewScore.project_id == project_id))
    query = query.order_by(*_ORDER).execution_options(yield_per=STREAM_BATCH)
    done, batch = 0, []
    for item_id, group in itertools.groupby(db.execute(query), key=lambda r: r.item_id):
        batch.append(item_row(project_id, item_id, list(group), thresholds, now_ms))
        if len(batch) >= WRITE_BATCH:
            _upsert(db, batch)
            done += len(batch)
            batch = []
            if progress is not None:
                progress(done)
    _upsert(db, batch)
    done += len(batch)
    if progress is not None:
        progress(done)
    _mark_scored(db, project_id, thresholds, now_ms)
    return done


def _mark_scored(db: Session, project_id: str, thresholds: Mapping[str, Any], now_ms: int) -> None:
    digest = thresholds_sha256(thresholds)
    state = db.get(ReviewScoreState, project_id)
    if state is None:
        db.add(ReviewScoreState(project_id=project_id, thresholds_sha256=digest, scored_ms=now_ms))
    else:
        state.thresholds_sha256, state.scored_ms = digest, now_ms
    db.flush()


def ensure_scores(db: Session, project_id: str, thresholds: Mapping[str, Any], now_ms: int) -> bool:
    """Make the project's rows current if they may not be: never scored (a database made
    before the table) -> full rescore; scored under other thresholds -> contested items.
    True when it wrote (the caller commits)."""
    state = db.get(ReviewScoreState, project_id)
    if state is None:
        rescore_project(db, project_id, thresholds, now_ms)
        return True
    if state.thresholds_sha256 != thresholds_sha256(thresholds):
        rescore_project(db, project_id, thresholds, now_ms, contested_only=True)
        return True
    return False


def settings_changed(
    db: Session, project_id: str, thresholds: Mapping[str, Any], now_ms: int
) -> None:
    """After a change of review settings: rescore the contested items if a threshold moved
    (a project never scored is left to `ensure_scores`)."""
    state = db.get(ReviewScoreState, project_id)
    if state is not None and state.thresholds_sha256 != thresholds_sha256(thresholds):
        rescore_project(db, project_id, thresholds, now_ms, contested_only=True)


def stored_queue(
    db: Session, project_id: str, *, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    """(page of queued rows, total) from the table: most disagreement first, then oldest,
    then by item id (code-point order, as the from-scratch computation)."""
    where = (ReviewScore.project_id == project_id, ReviewScore.queued.is_(True))
    total = db.scalar(select(func.count()).select_from(ReviewScore).where(*where)) or 0
    if limit <= 0:
        return [], int(total)
    item_order: Any = ReviewScore.item_id
    if db.get_bind().dialect.name == "postgresql":
        item_order = ReviewScore.item_id.collate("C")  # code points, as SQLite and Python
    query = (
        select(ReviewScore.item_id, ReviewScore.annotators, ReviewScore.score,
               ReviewScore.reasons, ReviewScore.oldest_ms)
        .where(*where)
        .order_by(ReviewScore.score.desc(), ReviewScore.oldest_ms, item_order)
        .limit(limit)
        .offset(max(0, offset))
    )  # fmt: skip
    page = [
        {"item_id": r.item_id, "annotators": r.annotators, "disagreement": round(r.score, 6),
         "reasons": list(r.reasons), "oldest_ms": r.oldest_ms}
        for r in db.execute(query)
    ]  # fmt: skip
    return page, int(total)


# --------------------------------------------------------------------------- from scratch


def _candidates(project_id: str) -> Any:
    """Items of the project with >= 2 annotators whose versions hold > 1 distinct value, and
    no adjudication. A superset of the disagreeing items (an earlier version may differ):
    the streaming pass decides on the latest versions."""
    settled = select(Label.item_id).where(
        Label.project_id == project_id, Label.shard_id == ADJUDICATION_SHARD
    )
    return (
        select(Label.item_id)
        .where(
            Label.project_id == project_id,
            Label.shard_id != ADJUDICATION_SHARD,
            Label.item_id.not_in(settled),
        )
        .group_by(Label.item_id)
        .having(func.count(distinct(Label.user_id)) >= 2)
        .having(func.count(distinct(Label.value_sha256)) > 1)
        .subquery()
    )


def _latest_per_item(rows: Iterable[Any]) -> Iterator[tuple[str, list[_Row]]]:
    for item_id, group in itertools.groupby(rows, key=lambda r: r.item_id):
        yield item_id, _latest(group)


def compute_queue_scores(
    db: Session, project_id: str, thresholds: Mapping[str, Any], *, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    """The queue computed from the labels alone (the reference the table is tested against):
    SQL narrows to candidates, one streaming pass scores them, a page-sized heap is kept."""
    candidates = _candidates(project_id)
    query = (
        select(
            Label.item_id, Label.user_id, Label.annotation_id, Label.version, Label.kind,
            Label.value, Label.created_ms,
        )
        .join(candidates, candidates.c.item_id == Label.item_id)
        .where(Label.project_id == project_id, Label.shard_id != ADJUDICATION_SHARD)
        .order_by(*_ORDER)
        .execution_options(yield_per=STREAM_BATCH)
    )  # fmt: skip
    keep = max(0, offset) + max(0, limit)
    # A min-heap of the best `keep` entries (score, then older, then smaller id): O(page).
    heap: list[tuple[float, int, tuple[int, ...], dict[str, Any]]] = []
    total = 0
    for item_id, rows in _latest_per_item(db.execute(query)):
        score, reasons = score_item(rows, thresholds)
        if not reasons:
            continue
        total += 1
        if keep == 0:
            continue
        oldest = min(r.created_ms for r in rows)
        entry = {
            "item_id": item_id, "annotators": len({r.user_id for r in rows}),
            "disagreement": round(score, 6), "reasons": reasons, "oldest_ms": oldest,
        }  # fmt: skip
        key = (score, -oldest, _desc(item_id), entry)
        if len(heap) < keep:
            heapq.heappush(heap, key)
        elif key[:3] > heap[0][:3]:
            heapq.heapreplace(heap, key)
    ranked = [e[3] for e in sorted(heap, key=lambda e: e[:3], reverse=True)]
    return ranked[max(0, offset) : keep], total


def _desc(item_id: str) -> tuple[int, ...]:
    """An item id as a key that sorts in reverse (ties go to the smaller id first)."""
    return (*(-ord(c) for c in item_id), 1)
