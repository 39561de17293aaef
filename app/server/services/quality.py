"""Quality figures of a project for its leads: agreement between annotators (by label and by
day), accuracy against adjudicated labels and gold answers, and throughput.

One ordered pass: the latest version of every annotation of the project, streamed by item
(`yield_per`), merged with the gold answers streamed in the same order. Each item's labels
are scored (app/server/agreement.py) and dropped; what stays in memory is one item's labels
plus running sums per annotator, label and day, so a project of a million labels is never
held at once. Only figures leave: counts, shares and scores, never a label value.

Definitions (the numbers a lead reads beside the plots):
- An annotator's answer on an item, for one label kind, is their non-deleted values of that
  kind; everyone who has any label on the item (even only deleted ones, or `{"labels": []}`)
  took part in it, so a missing box is a disagreement.
- Two annotators' agreement on an item is `agreement.pair_agreement` per label kind (class:
  equal class sets; span: overlap F1; box, polygon, region: shapes matched at the project's
  `min_iou`). An annotator's `agreement` is the mean over every pair they are in.
- `per_label`: the same, restricted to one label name, over the pairs where either used it.
- `per_day`: the annotator's labels created that day (UTC) and the agreement of the items
  whose last label they made that day.
- `accuracy_vs_adjudicated` / `accuracy_vs_gold`: the mean agreement of the annotator's answer
  with the lead's adjudicated labels / the gold answer, per item and kind that has one.
- `overall`: class figures over items that two or more annotators answered (Fleiss' kappa
  over the items with the most common number of annotators, as it needs a fixed number);
  `box_iou_agreement` and `mean_iou` over boxes, polygons and regions together.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import combinations, groupby
from operator import itemgetter
from typing import Any, Final

from sqlalchemy import Text, cast, func, select
from sqlalchemy.orm import Session

from app.server import agreement
from app.server.models import GoldAnswer, Label
from app.server.services.common import get_project
from app.server.services.labels import ADJUDICATION_SHARD
from app.server.services.members import review_settings
from app.server.services.review import annotator_names

DECODE_CACHE: Final = 10_000  # distinct label values kept decoded (bounded memory)
STREAM_ROWS: Final = 2000  # rows fetched per round trip; memory stays one batch + one item
DAY_MS: Final = 86_400_000

Values = list[Mapping[str, Any]]


@dataclass
class Mean:
    """A running mean."""

    total: float = 0.0
    n: int = 0

    def add(self, value: float, weight: int = 1) -> None:
        self.total += value * weight
        self.n += weight

    @property
    def value(self) -> float | None:
        return round(self.total / self.n, 6) if self.n else None


@dataclass
class AnnotatorTally:
    labels: int = 0
    items: int = 0
    agreement: Mean = field(default_factory=Mean)
    adjudicated: Mean = field(default_factory=Mean)
    gold: Mean = field(default_factory=Mean)
    per_label: defaultdict[str, Mean] = field(default_factory=lambda: defaultdict(Mean))
    day_labels: Counter[int] = field(default_factory=Counter)
    day_agreement: defaultdict[int, Mean] = field(default_factory=lambda: defaultdict(Mean))


@dataclass
class FleissGroup:
    """Fleiss' sufficient statistics for the items rated by one number of annotators."""

    subjects: int = 0
    sum_p_i: float = 0.0
    totals: Counter[tuple[str, ...]] = field(default_factory=Counter)


class QualityTally:
    """Running sums over a project's items, fed one item at a time."""

    def __init__(self, thresholds: Mapping[str, float]) -> None:
        self.thresholds = thresholds
        self.annotators: defaultdict[str, AnnotatorTally] = defaultdict(AnnotatorTally)
        self.items = 0
        self.items_adjudicated = 0
        self.gold_items = 0
        self.percent = Mean()
        self.fleiss: defaultdict[int, FleissGroup] = defaultdict(FleissGroup)
        self.coincidences: dict[tuple[Any, Any], float] = {}
        self.span = Mean()
        self.shapes = Mean()
        self.iou = Mean()
        self.per_label: defaultdict[str, Mean] = defaultdict(Mean)

    def add_item(self, rows: Sequence[Any], gold: Mapping[str, Values]) -> None:
        """One item's latest label rows (item_id, user_id, shard_id, kind, value,
        created_ms) and its gold answers by kind."""
        answers: dict[str, dict[str, Values]] = {}
        adjudicated: dict[str, Values] = {}
        last_ms: dict[str, int] = {}
        annotators = self.annotators
        for _item, user, shard, kind, value, created_ms in rows:  # the hot loop: plain tuples
            deleted = value.get("deleted")
            if shard == ADJUDICATION_SHARD:
                if not deleted:
                    adjudicated.setdefault(kind, []).append(value)
                continue
            if created_ms > last_ms.get(user, -1):
                last_ms[user] = created_ms
            if not deleted:
                answers.setdefault(kind, {}).setdefault(user, []).append(value)
                tally = annotators[user]
                tally.labels += 1
                tally.day_labels[created_ms // DAY_MS] += 1
        users = sorted(last_ms)
        if not users:
            return
        self.items += 1
        self.items_adjudicated += bool(adjudicated)
        self.gold_items += bool(gold)
        for user in users:
            self.annotators[user].items += 1
        item_agreement: dict[str, Mean] = {user: Mean() for user in users}
        for kind in sorted(set(answers) | set(adjudicated) | set(gold)):
            by_user: Mapping[str, Values] = answers.get(kind, {})
            full = {user: by_user.get(user, []) for user in users}
            if len(users) >= 2 and by_user:
                if kind == "class":
                    self._classes(full, item_agreement)
                else:
                    self._shapes(kind, full, item_agreement)
            for user in users:
                if kind in adjudicated:
                    score = agreement.pair_agreement(
                        kind, full[user], adjudicated[kind], self.thresholds
                    )
                    self.annotators[user].adjudicated.add(score)
                if kind in gold:
                    score = agreement.pair_agreement(kind, full[user], gold[kind], self.thresholds)
                    self.annotators[user].gold.add(score)
        for user, mean in item_agreement.items():
            if mean.n:
                self.annotators[user].day_agreement[last_ms[user] // DAY_MS].add(
                    mean.total / mean.n
                )

    def _classes(self, by_user: Mapping[str, Values], item: dict[str, Mean]) -> None:
        """Class answers, counted rather than paired: m annotators, O(m · labels)."""
        ratings = {user: agreement.class_rating(values) for user, values in by_user.items()}
        m = len(ratings)
        counts = Counter(ratings.values())
        share = sum(c * (c - 1) for c in counts.values()) / (m * (m - 1))
        self.percent.add(share)
        group = self.fleiss[m]
        group.subjects += 1
        group.sum_p_i += share
        group.totals.update(ratings.values())
        agreement.add_coincidences(self.coincidences, list(ratings.values()))
        for user, rating in ratings.items():
            agreeing = counts[rating] - 1
            self.annotators[user].agreement.add(agreeing / (m - 1), m - 1)
            item[user].add(agreeing / (m - 1), m - 1)
        names = Counter(name for rating in ratings.values() for name in rating)
        for name, holders in names.items():
            # Pairs where either used the name: all but the pairs where neither did.
            pairs = m * (m - 1) // 2 - (m - holders) * (m - holders - 1) // 2
            self.per_label[name].add(holders * (holders - 1) / 2 / pairs, pairs)
            for user, rating in ratings.items():
                tally = self.annotators[user].per_label[name]
                if name in rating:
                    tally.add((holders - 1) / (m - 1), m - 1)
                else:
                    tally.add(0.0, holders)

    def _shapes(self, kind: str, by_user: Mapping[str, Values], item: dict[str, Mean]) -> None:
        """Spans, boxes, polygons and regions, pair by pair."""
        min_iou = float(self.thresholds.get("min_iou", 0.5))
        if kind in ("polygon", "region"):  # each outline made a shapely polygon once per item
            by_user = {user: agreement.polygon_shapes(values) for user, values in by_user.items()}
        names = {user: [str(v.get("label")) for v in values] for user, values in by_user.items()}
        counts = {user: Counter(labels) for user, labels in names.items()}
        for x, y in combinations(sorted(by_user), 2):
            a, b = by_user[x], by_user[y]
            if kind == "span":
                score = agreement.span_f1(a, b, "overlap")
                self.span.add(score)
                per_label = {
                    name: agreement.span_f1(
                        [v for v in a if str(v.get("label")) == name],
                        [v for v in b if str(v.get("label")) == name],
                        "overlap",
                    )
                    for name in {str(v.get("label")) for v in (*a, *b)}
                }
            else:
                match = (
                    agreement.match_boxes(a, b, min_iou)
                    if kind == "box"
                    else agreement.match_polygons(a, b, min_iou)
                )
                score = match.agreement
                self.shapes.add(score)
                for _, _, iou in match.pairs:
                    self.iou.add(iou)
                # Shapes match only within a label, so each label's agreement is its share
                # of this one matching.
                left, right, mine = counts[x], counts[y], names[x]
                matched = dict.fromkeys(left.keys() | right.keys(), 0)
                for i, _, _ in match.pairs:
                    matched[mine[i]] += 1
                per_label = {
                    name: 2.0 * n / (left[name] + right[name]) for name, n in matched.items()
                }
            for user in (x, y):
                self.annotators[user].agreement.add(score)
                item[user].add(score)
            for name, per in per_label.items():
                self.per_label[name].add(per)
                self.annotators[x].per_label[name].add(per)
                self.annotators[y].per_label[name].add(per)

    def figures(self, project_id: str, names: Mapping[str, str]) -> dict[str, Any]:
        annotators = []
        for user in sorted(self.annotators, key=lambda u: _name_order(names.get(u, u))):
            tally = self.annotators[user]
            days = sorted(set(tally.day_labels) | set(tally.day_agreement))
            annotators.append(
                {
                    "annotator": names.get(user, user),
                    "labels": tally.labels,
                    "items": tally.items,
                    "accuracy_vs_adjudicated": tally.adjudicated.value,
                    "adjudicated_items": tally.adjudicated.n,
                    "accuracy_vs_gold": tally.gold.value,
                    "gold_items": tally.gold.n,
                    "agreement": tally.agreement.value,
                    "per_label": {
                        name: {"agreement": mean.value, "n": mean.n}
                        for name, mean in sorted(tally.per_label.items())
                    },
                    "per_day": [
                        {
                            "day": _day(day),
                            "labels": tally.day_labels.get(day, 0),
                            "agreement": tally.day_agreement[day].value
                            if day in tally.day_agreement
                            else None,
                        }
                        for day in days
                    ],
                }
            )
        return {
            "project_id": project_id,
            "annotators": annotators,
            "overall": {
                "items": self.items,
                "annotators": len(self.annotators),
                "labels": sum(t.labels for t in self.annotators.values()),
                "items_adjudicated": self.items_adjudicated,
                "gold_items": self.gold_items,
                "percent_agreement": self.percent.value,
                "fleiss_kappa": _round(self._fleiss()),
                "krippendorff_alpha_nominal": _round(
                    agreement.alpha_from_coincidences(self.coincidences)
                ),
                "span_f1_overlap": self.span.value,
                "box_iou_agreement": self.shapes.value,
                "mean_iou": self.iou.value,
                "per_label": {
                    name: {"agreement": mean.value, "n": mean.n}
                    for name, mean in sorted(self.per_label.items())
                },
                "per_day": [
                    {"day": _day(day), "labels": n} for day, n in sorted(self._day_labels().items())
                ],
            },
        }

    def _day_labels(self) -> Counter[int]:
        total: Counter[int] = Counter()
        for tally in self.annotators.values():
            total.update(tally.day_labels)
        return total

    def _fleiss(self) -> float | None:
        if not self.fleiss:
            return None
        # The most common number of annotators per item (ties: the larger number).
        raters, group = max(self.fleiss.items(), key=lambda kv: (kv[1].subjects, kv[0]))
        return agreement.fleiss_kappa_from_sums(group.subjects, raters, group.sum_p_i, group.totals)


def project_quality(db: Session, project_id: str) -> dict[str, Any]:
    """The project's quality figures (see the module docstring); JSON-able, figures only."""
    get_project(db, project_id)
    settings = review_settings(db, project_id)
    tally = QualityTally(settings)
    gold = _gold_by_item(db, project_id)
    pending = next(gold, None)
    for item_id, rows in groupby(_latest_rows(db, project_id), key=itemgetter(0)):
        while pending is not None and pending[0] < item_id:
            pending = next(gold, None)
        answers = pending[1] if pending is not None and pending[0] == item_id else {}
        tally.add_item(list(rows), answers)
    # The names the lead sees in the queue and the layers too (pseudonyms unless turned off).
    return tally.figures(project_id, annotator_names(db, project_id, tally.annotators))


def _latest_rows(db: Session, project_id: str) -> Iterator[Any]:
    """The latest version of each annotation of the project, ordered by item, streamed."""
    newest = (
        select(Label.user_id, Label.annotation_id, func.max(Label.version).label("version"))
        .where(Label.project_id == project_id)
        .group_by(Label.user_id, Label.annotation_id)
        .subquery()
    )
    query = (
        select(
            Label.item_id, Label.user_id, Label.shard_id, Label.kind,
            cast(Label.value, Text), Label.created_ms,
        )
        .join(
            newest,
            (Label.user_id == newest.c.user_id)
            & (Label.annotation_id == newest.c.annotation_id)
            & (Label.version == newest.c.version),
        )
        .where(Label.project_id == project_id)
        .order_by(Label.item_id, Label.user_id)
        .execution_options(yield_per=STREAM_ROWS)
    )  # fmt: skip
    decoded: dict[str, Any] = {}  # equal values (class answers) are decoded once
    for item_id, user_id, shard_id, kind, body, created_ms in db.execute(query):
        value = decoded.get(body)
        if value is None:
            if len(decoded) >= DECODE_CACHE:
                decoded.clear()
            value = decoded[body] = json.loads(body)
        yield item_id, user_id, shard_id, kind, value, created_ms


def _gold_by_item(db: Session, project_id: str) -> Iterator[tuple[str, dict[str, Values]]]:
    """(item_id, {kind: [values]}) of the gold answers, ordered by item, streamed."""
    query = (
        select(GoldAnswer.item_id, GoldAnswer.kind, GoldAnswer.value)
        .where(GoldAnswer.project_id == project_id)
        .order_by(GoldAnswer.item_id, GoldAnswer.id)
        .execution_options(yield_per=STREAM_ROWS)
    )
    for item_id, rows in groupby(db.execute(query), key=lambda r: r.item_id):
        by_kind: dict[str, Values] = defaultdict(list)
        for row in rows:
            by_kind[row.kind].append(row.value)
        yield item_id, dict(by_kind)


def _name_order(name: str) -> tuple[int, str]:
    return (int(name[1:]), "") if name[:1] == "A" and name[1:].isdigit() else (1 << 30, name)


def _day(day: int) -> str:
    return datetime.fromtimestamp(day * DAY_MS / 1000, UTC).strftime("%Y-%m-%d")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS: Final = ("scope", "annotator", "label", "day", "figure", "value")


def quality_csv(figures: Mapping[str, Any]) -> str:
    """The figures as one tidy CSV table (scope, annotator, label, day, figure, value): the
    same numbers as the JSON, one per row, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in _csv_rows(figures):
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def _csv_rows(figures: Mapping[str, Any]) -> Iterable[tuple[Any, ...]]:
    overall = figures["overall"]
    for key, value in overall.items():
        if key not in ("per_label", "per_day"):
            yield ("project", "", "", "", key, value)
    for name, figure in overall["per_label"].items():
        yield ("project", "", name, "", "agreement", figure["agreement"])
        yield ("project", "", name, "", "pairs", figure["n"])
    for day in overall["per_day"]:
        yield ("project", "", "", day["day"], "labels", day["labels"])
    for person in figures["annotators"]:
        who = person["annotator"]
        for key, value in person.items():
            if key not in ("annotator", "per_label", "per_day"):
                yield ("annotator", who, "", "", key, value)
        for name, figure in person["per_label"].items():
            yield ("annotator", who, name, "", "agreement", figure["agreement"])
            yield ("annotator", who, name, "", "pairs", figure["n"])
        for day in person["per_day"]:
            yield ("annotator", who, "", day["day"], "labels", day["labels"])
            yield ("annotator", who, "", day["day"], "agreement", day["agreement"])


def _cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
