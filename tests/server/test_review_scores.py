"""The materialised review scores (services/review_scores.py) give the queue the from-scratch
computation gives (`compute_queue_scores`), after any sequence of label versions,
adjudications and threshold changes (Hypothesis), after erasure, and after a backfill of a
database whose scores are missing (`review rescore` and the queue's own backfill).

Runs on the harness database: SQLite, or PostgreSQL through tests/server/with_postgres.py."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from app.core.labels import LabelVersion
from app.server.auth import Principal
from app.server.cli import main as server_cli
from app.server.models import ADJUDICATION_SHARD, Item, Project, ReviewScore, ReviewScoreState
from app.server.services import erasure, members, projects, users
from app.server.services.labels import store_labels
from app.server.services.review import review_queue
from app.server.services.review_scores import compute_queue_scores, stored_queue
from tests.server.harness import Harness

# Item id endings whose order differs between code points and a locale's collation.
ENDINGS = ("a", "B", "_c", "D")
KINDS = ("class", "span", "box")  # annotation n of an item holds kind KINDS[n % 3]
_projects = itertools.count()


@dataclass(frozen=True)
class People:
    annotators: tuple[Principal, ...]
    lead: Principal


@pytest.fixture(scope="module")
def people(harness: Harness) -> People:
    roles = {"a1": "annotator", "a2": "annotator", "a3": "annotator", "lead": "lead"}
    with harness.db() as db:
        made = {
            name: users.add_user(db, harness.config, f"rs-{name}", role, "correct horse 42")
            for name, role in roles.items()
        }
    principals = [Principal(made[n].user_id, f"rs-{n}", roles[n], f"dev-rs-{n}") for n in roles]
    return People(tuple(principals[:3]), principals[3])


def new_project(harness: Harness, people: People) -> tuple[str, list[str]]:
    """A project with four items, scored while empty (so later rows are kept up to date by
    the writes themselves, not by a backfill)."""
    project_id = f"rs{next(_projects)}"
    with harness.db() as db:
        projects.create_project(
            db, harness.config, project_id, {"kinds": ["class"], "classes": ["a", "b"]},
            allow_unredacted=True,
        )  # fmt: skip
        project = db.get(Project, project_id)
        assert project is not None
        items = [f"{project_id}-{e}" for e in ENDINGS]
        db.execute(insert(Item), [
            {"id": i, "project_id": project_id, "kind": "text", "media_type": "text/plain",
             "data": b"", "meta": {}, "subject_id": projects.subject_key(project, f"subj-{i}"),
             "redaction": "redacted", "source_name_sha256": "0" * 64}
            for i in items
        ])  # fmt: skip
        members.add_member(db, harness.config, project_id, people.lead.username, "lead")
        assert review_queue(db, project_id) == {"items": [], "total": 0}
        assert db.get(ReviewScoreState, project_id) is not None
    return project_id, items


def values(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    small = st.integers(0, 6)
    if kind == "class":
        one = st.builds(lambda c: {"labels": [c]}, st.sampled_from("ab"))
        return st.one_of(one, st.just({"label": "a"}), st.just({"labels": []}))
    if kind == "span":
        return st.builds(
            lambda s, n, x: {"start": s, "end": s + n, "label": x}, small, st.integers(1, 4),
            st.sampled_from("xy"),
        )  # fmt: skip
    return st.builds(
        lambda x, y, w, h, c: {"x": x, "y": y, "w": w, "h": h, "label": c},
        small, small, st.integers(0, 4), st.integers(1, 4), st.sampled_from("ab"),
    )  # fmt: skip


def label_op() -> st.SearchStrategy[tuple[Any, ...]]:
    def op(annotation: int) -> st.SearchStrategy[tuple[Any, ...]]:
        value = st.one_of(values(KINDS[annotation % 3]), st.just({"deleted": True}))
        return st.tuples(
            st.just("label"), st.integers(0, 2), st.integers(0, 3), st.just(annotation),
            value, st.sampled_from((1000, 2000, 3000)),
        )  # fmt: skip

    return st.integers(0, 4).flatmap(op)


OPS = st.one_of(
    label_op(),
    label_op(),
    st.tuples(st.just("adjudicate"), st.integers(0, 3), values("class")),
    st.tuples(
        st.just("thresholds"), st.sampled_from((0.5, 0.8, 1.0)), st.sampled_from((0.2, 0.5, 0.9))
    ),
)


def assert_same_queue(db: Any, project_id: str) -> None:
    thresholds = members.review_settings(db, project_id)
    for limit, offset in ((100, 0), (2, 1), (0, 0)):
        expected = compute_queue_scores(db, project_id, thresholds, limit=limit, offset=offset)
        assert stored_queue(db, project_id, limit=limit, offset=offset) == expected


SPAN_A, SPAN_B = {"start": 0, "end": 3, "label": "x"}, {"start": 4, "end": 6, "label": "x"}
FLAT_BOX = {"x": 1, "y": 1, "w": 0, "h": 2, "label": "a"}  # no area: IoU 0 with itself


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(ops=st.lists(OPS, min_size=1, max_size=14))
# Item 0: span F1 2/3, in the queue at min_span_f1 0.8, out at 0.5, back at 1.0. Item 2:
# the same flat box twice, identical answers, so never in the queue (though IoU is 0).
@example(
    ops=[
        ("label", 0, 0, 1, SPAN_A, 1000),
        ("label", 0, 0, 4, SPAN_B, 1000),
        ("label", 1, 0, 1, SPAN_A, 2000),
        ("label", 0, 2, 2, FLAT_BOX, 1000),
        ("label", 1, 2, 2, FLAT_BOX, 1000),
        ("thresholds", 0.5, 0.5),
        ("thresholds", 1.0, 0.5),
    ]
).via("spans and flat boxes under moving thresholds")
def test_stored_queue_is_the_computed_queue(
    harness: Harness, people: People, ops: list[tuple[Any, ...]]
) -> None:
    project_id, items = new_project(harness, people)
    versions: dict[tuple[str, str], int] = {}
    with harness.db() as db:
        for op in ops:
            if op[0] == "label":
                _, who, item, number, value, created_ms = op
                caller = people.annotators[who]
                annotation = f"{items[item]}-{number}"
                version = versions[(caller.user_id, annotation)] = (
                    versions.get((caller.user_id, annotation), 0) + 1
                )
                label = LabelVersion(
                    annotation, version, project_id, f"sh-{caller.username}", items[item],
                    caller.user_id, KINDS[number % 3], value, created_ms,
                )  # fmt: skip
                store_labels(db, harness.config, caller, [label])
            elif op[0] == "adjudicate":
                _, item, value = op
                lead = people.lead
                annotation = f"adj-{items[item]}"
                version = versions[(lead.user_id, annotation)] = (
                    versions.get((lead.user_id, annotation), 0) + 1
                )
                label = LabelVersion(
                    annotation, version, project_id, ADJUDICATION_SHARD, items[item],
                    lead.user_id, "class", value, 4000,
                )  # fmt: skip
                store_labels(db, harness.config, lead, [label])
            else:
                _, f1, iou = op
                members.set_review_settings(
                    db, harness.config, project_id, min_span_f1=f1, min_iou=iou
                )
            db.commit()
            assert_same_queue(db, project_id)
        # The lead's view is the same page, with each item's kind.
        page = review_queue(db, project_id, limit=100)
        expected, total = compute_queue_scores(
            db, project_id, members.review_settings(db, project_id), limit=100, offset=0
        )
        assert page == {"items": [{**e, "kind": "text"} for e in expected], "total": total}


def annotate_disagreement(harness: Harness, people: People, project_id: str, items: list[str]):  # type: ignore[no-untyped-def]
    """Two annotators disagree on the class of every item."""
    with harness.db() as db:
        for who, item in itertools.product(range(2), items):
            caller = people.annotators[who]
            label = LabelVersion(
                f"{item}-c", 1, project_id, "sh", item, caller.user_id, "class",
                {"labels": ["ab"[who]]}, 1000 + ENDINGS.index(item.rsplit("-", 1)[1]),
            )  # fmt: skip
            store_labels(db, harness.config, caller, [label])
        db.commit()


def test_erased_items_leave_the_queue(harness: Harness, people: People) -> None:
    project_id, items = new_project(harness, people)
    annotate_disagreement(harness, people, project_id, items)
    with harness.db() as db:
        assert review_queue(db, project_id)["total"] == 4
        erasure.erase_subject(db, harness.config, f"subj-{items[0]}")
        assert review_queue(db, project_id)["total"] == 3
        assert db.query(ReviewScore).filter_by(item_id=items[0]).count() == 0
        assert_same_queue(db, project_id)


def test_backfill_rebuilds_missing_scores(harness: Harness, people: People) -> None:
    """A database made before the table: labels, no score rows and no state row. The queue
    rescores by itself; `review rescore` does the same from the command line."""
    project_id, items = new_project(harness, people)
    annotate_disagreement(harness, people, project_id, items)
    with harness.db() as db:
        before = review_queue(db, project_id)
        assert before["total"] == 4
        db.execute(delete(ReviewScore).where(ReviewScore.project_id == project_id))
        db.execute(delete(ReviewScoreState).where(ReviewScoreState.project_id == project_id))
        db.commit()
        assert review_queue(db, project_id) == before
        db.execute(delete(ReviewScore).where(ReviewScore.project_id == project_id))
        db.commit()
        assert stored_queue(db, project_id, limit=10, offset=0) == ([], 0)
    code = server_cli(["--home", str(harness.home), "review", "rescore", project_id])
    assert code == 0
    with harness.db() as db:
        assert review_queue(db, project_id) == before
        assert db.query(ReviewScore).filter_by(project_id=project_id).count() == 4


def test_rescore_of_an_unknown_project_is_refused(harness: Harness) -> None:
    code = server_cli(["--home", str(harness.home), "review", "rescore", "no-such-project"])
    assert code != 0
