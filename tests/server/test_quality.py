"""Quality figures (services/quality.py, GET /v1/review/quality[.csv], `cleanroom-server
quality`): three annotators label four items through the real TLS server; the figures match
the agreement functions on the same answers; only the project's leads reach them; the CSV
holds figures, never content."""

from __future__ import annotations

import csv
import io
import json
import time
from collections import Counter, namedtuple
from itertools import combinations, permutations
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.server import agreement
from app.server.cli import main as server_cli
from app.server.models import Item, Label, ShardItem
from app.server.services import members
from app.server.services.gold import GoldLine, add_gold
from app.server.services.labels import ADJUDICATION_SHARD
from app.server.services.quality import QualityTally, project_quality, quality_csv
from app.server.services.review import annotator_names
from tests.server.harness import Harness, Workstation, make_project, new_workstation

TEXTS = ("alpha text one", "bravo text two", "charlie text three", "delta text four")
# Each annotator's class per item (the items in id order).
VOTES = {
    "a1": ["a", "a", "a", "b"],
    "a2": ["a", "a", "b", "b"],
    "a3": ["a", "b", "b", "b"],
}


@pytest.fixture(scope="module")
def team(harness: Harness) -> dict[str, Any]:
    people = {name: new_workstation(harness) for name in VOTES}
    lead, stranger = new_workstation(harness, "lead"), new_workstation(harness, "lead")
    make_project(harness, "qual", list(people.values()), texts=TEXTS, overlap=3)
    with harness.db() as db:
        members.add_member(db, harness.config, "qual", lead.username, "lead")
        items = [i for (i,) in db.query(Item.id).filter_by(project_id="qual").order_by(Item.id)]
    for name, ws in people.items():
        shard = next(s for s in ws.client.list_shards() if s["project_id"] == "qual")
        with harness.db() as db:
            held = {r.item_id for r in db.query(ShardItem).filter_by(shard_id=shard["shard_id"])}
        assert held == set(items)
        labels = [
            ws.label(shard["shard_id"], item, {"labels": [vote]}, project_id="qual").to_json()
            for item, vote in zip(items, VOTES[name], strict=True)
        ]
        response, _ = ws.client._request("POST", "/v1/labels", json={"labels": labels})
        assert response.status_code == 200
    with harness.db() as db:
        # The lead settles item 1 as "a" (an adjudicated version) ...
        db.add(
            Label(
                annotation_id="adj-1", version=1, project_id="qual", shard_id=ADJUDICATION_SHARD,
                item_id=items[1], user_id=lead.user_id, device_id=lead.device_id, kind="class",
                value={"labels": ["a"]}, value_sha256="0" * 64,
                created_ms=int(time.time() * 1000), received_at=int(time.time()),
            )
        )  # fmt: skip
        db.commit()
        # ... and item 2 is gold with the answer "b".
        add_gold(db, harness.config, "qual", [GoldLine(items[2], "class", {"labels": ["b"]})])
        seen_as = annotator_names(db, "qual", [ws.user_id for ws in people.values()])
    # pseudonym -> the fixture's name for that annotator
    names = {seen_as[ws.user_id]: name for name, ws in people.items()}
    return {**people, "lead": lead, "stranger": stranger, "items": items, "names": names}


def get(ws: Workstation, path: str) -> Any:
    response, _ = ws.client._request("GET", path)
    return response


def test_figures_match_the_agreement_functions(harness: Harness, team: dict[str, Any]) -> None:
    with harness.db() as db:
        figures = project_quality(db, "qual")
    units = [[VOTES[n][i] for n in VOTES] for i in range(4)]
    overall = figures["overall"]
    assert overall["items"] == 4
    assert overall["labels"] == 12
    assert overall["items_adjudicated"] == 1
    assert overall["gold_items"] == 1
    assert overall["percent_agreement"] == pytest.approx(agreement.percent_agreement(units))
    table = agreement.count_table(units, ["a", "b"])
    assert overall["fleiss_kappa"] == pytest.approx(agreement.fleiss_kappa(table), abs=1e-6)
    coders = [list(VOTES[n]) for n in VOTES]
    assert overall["krippendorff_alpha_nominal"] == pytest.approx(
        agreement.krippendorff_alpha(coders), abs=1e-6
    )
    assert overall["span_f1_overlap"] is None
    assert [a["annotator"] for a in figures["annotators"]] == ["A1", "A2", "A3"]
    by_name = {team["names"][a["annotator"]]: a for a in figures["annotators"]}
    # A1 agrees with both on item 0, with one of two on items 1 and 3, with none on item 2.
    assert by_name["a1"]["agreement"] == pytest.approx(5 / 8)
    assert by_name["a2"]["agreement"] == pytest.approx(6 / 8)
    # Against the lead's "a" on item 1 and the gold "b" on item 2.
    assert [by_name[n]["accuracy_vs_adjudicated"] for n in VOTES] == [1.0, 1.0, 0.0]
    assert [by_name[n]["accuracy_vs_gold"] for n in VOTES] == [0.0, 1.0, 1.0]
    assert by_name["a3"]["labels"] == 4
    assert by_name["a3"]["items"] == 4
    assert [d["labels"] for d in by_name["a3"]["per_day"]] == [4]
    # a3's pairs where someone used "b": none on item 0 (all "a"), two on each of items
    # 1 (A3 alone: agrees with neither), 2 (A2 agrees) and 3 (both agree).
    assert by_name["a3"]["per_label"]["b"] == {"agreement": 0.5, "n": 6}
    assert json.loads(json.dumps(figures)) == figures  # JSON-able


def test_lead_gets_json_and_csv(harness: Harness, team: dict[str, Any]) -> None:
    lead = team["lead"]
    response = get(lead, "/v1/review/quality?project_id=qual")
    assert response.status_code == 200
    with harness.db() as db:
        assert response.json() == project_quality(db, "qual")
    response = get(lead, "/v1/review/quality.csv?project_id=qual")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {"scope", "annotator", "label", "day", "figure", "value"} == set(rows[0])
    accuracy = {
        r["annotator"]: r["value"] for r in rows if r["figure"] == "accuracy_vs_adjudicated"
    }
    expected = {"a1": "1.0", "a2": "1.0", "a3": "0.0"}
    assert {team["names"][k]: v for k, v in accuracy.items()} == expected
    for text in TEXTS:  # figures only: no item content, no user names
        assert text not in response.text
    for name in ("a1", "a2", "a3"):
        assert team[name].username not in response.text


@pytest.mark.parametrize(
    ("who", "status", "error"),
    [("a1", 403, "wrong_role"), ("stranger", 404, "not_found")],
)
def test_only_the_projects_leads_reach_the_figures(
    team: dict[str, Any], who: str, status: int, error: str
) -> None:
    for path in ("/v1/review/quality?project_id=qual", "/v1/review/quality.csv?project_id=qual"):
        response = get(team[who], path)
        assert (response.status_code, response.json()["error"]) == (status, error)


def test_cli_prints_json_and_writes_csv(
    harness: Harness, team: dict[str, Any], tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    home = ["--home", str(harness.home)]
    assert server_cli([*home, "quality", "qual"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["overall"]["items"] == 4
    out = tmp_path / "figures.csv"
    assert server_cli([*home, "quality", "qual", "--csv", str(out)]) == 0
    assert out.read_bytes().startswith(b"scope,annotator,label,day,figure,value\r\n")
    assert server_cli([*home, "quality", "no-such-project"]) == 50


# --------------------------------------------------------------------- spans and shapes

Row = namedtuple("Row", "item_id user_id shard_id kind value created_ms")
DAY = 86_400_000


def test_tally_of_spans_boxes_and_polygons() -> None:
    tally = QualityTally({"min_iou": 0.5, "min_span_f1": 0.8})
    span = {"start": 0, "end": 5, "label": "S"}
    box = {"x": 0, "y": 0, "w": 10, "h": 10, "label": "L"}
    near = {"x": 1, "y": 0, "w": 10, "h": 10, "label": "L"}  # IoU 90/110
    poly = {"points": [[0, 0], [10, 0], [10, 10], [0, 10]], "label": "P"}
    tally.add_item(
        [
            Row("i1", "u1", "s1", "span", span, 10 * DAY),
            Row("i1", "u2", "s2", "span", {**span, "end": 4}, 10 * DAY),
            Row("i1", "u2", "s2", "span", {**span, "start": 9, "end": 12}, 11 * DAY + 5),
        ],
        {},
    )
    tally.add_item(
        [
            Row("i2", "u1", "s1", "box", box, 10 * DAY),
            Row("i2", "u2", "s2", "box", near, 10 * DAY),
            Row("i2", "u1", "s1", "polygon", poly, 10 * DAY),
            Row("i2", "u2", "s2", "polygon", {**poly, "deleted": True}, 10 * DAY),
            Row("i2", "lead", ADJUDICATION_SHARD, "box", box, 12 * DAY),
        ],
        {"box": [near]},
    )
    figures = tally.figures("p", {"u1": "A1", "u2": "A2"})
    overall = figures["overall"]
    assert overall["span_f1_overlap"] == pytest.approx(2 / 3)
    assert overall["box_iou_agreement"] == pytest.approx((1.0 + 0.0) / 2)  # box, polygon
    assert overall["mean_iou"] == pytest.approx(90 / 110)
    assert overall["percent_agreement"] is None
    assert overall["fleiss_kappa"] is None
    assert overall["items_adjudicated"] == 1
    a2 = figures["annotators"][1]
    assert a2["labels"] == 3  # the deleted polygon is no label
    assert a2["accuracy_vs_adjudicated"] == pytest.approx(1.0)
    assert a2["accuracy_vs_gold"] == pytest.approx(1.0)
    assert [d["day"] for d in a2["per_day"]] == ["1970-01-11", "1970-01-12"]
    assert a2["per_day"][1]["agreement"] == pytest.approx(2 / 3)  # i1, last labelled day 11
    assert a2["per_day"][0]["agreement"] == pytest.approx(0.5)  # i2 on day 10
    assert figures["annotators"][0]["per_label"]["P"] == {"agreement": 0.0, "n": 1}
    assert "L" in overall["per_label"]


def test_csv_cells_never_start_a_formula() -> None:
    tally = QualityTally({})
    tally.add_item(
        [
            Row("i", "u1", "s", "class", {"labels": ["=cmd"]}, 0),
            Row("i", "u2", "s", "class", {"labels": ["=cmd"]}, 0),
        ],
        {},
    )
    text = quality_csv(tally.figures("p", {"u1": "A1", "u2": "A2"}))
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'=cmd" in cells
    assert not any(cell.startswith("=") for cell in cells)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["u1", "u2", "u3", "u4"]),
            st.sets(st.sampled_from("xyz"), max_size=2),
            min_size=1,
        ),
        min_size=1,
        max_size=12,
    )
)
def test_class_tally_matches_the_pairwise_definitions(items: list[dict[str, set[str]]]) -> None:
    """The counted class figures (O(m) per item) against pair-by-pair counting and the
    agreement module's functions on the same answers."""
    tally = QualityTally({})
    for n, answers in enumerate(items):
        rows = [
            Row(f"i{n}", user, "s", "class", {"labels": sorted(names)}, n * DAY)
            for user, names in sorted(answers.items())
        ]
        tally.add_item(rows, {})
    figures = tally.figures("p", {})
    pairs: dict[str, list[float]] = {}
    by_label: dict[str, list[float]] = {}
    units = []
    for answers in items:
        ratings = {u: tuple(sorted(v)) for u, v in answers.items()}
        units.append(list(ratings.values()))
        for u, v in permutations(ratings, 2):
            pairs.setdefault(u, []).append(float(ratings[u] == ratings[v]))
            for name in set(ratings[u]) | set(ratings[v]):
                same = (name in ratings[u]) == (name in ratings[v])
                by_label.setdefault(f"{u}/{name}", []).append(float(same))
    for person in figures["annotators"]:
        user = person["annotator"]
        expected = pairs.get(user)
        assert person["agreement"] == (
            None if expected is None else pytest.approx(sum(expected) / len(expected), abs=1e-6)
        )
        for name, figure in person["per_label"].items():
            scores = by_label[f"{user}/{name}"]
            assert figure["n"] == len(scores)
            assert figure["agreement"] == pytest.approx(sum(scores) / len(scores), abs=1e-6)
    overall = figures["overall"]
    assert overall["percent_agreement"] == (
        None
        if agreement.percent_agreement(units) is None
        else pytest.approx(agreement.percent_agreement(units), abs=1e-6)
    )
    coders = [[dict(a).get(u) for a in items] for u in ("u1", "u2", "u3", "u4")]
    coders = [[None if v is None else tuple(sorted(v)) for v in row] for row in coders]
    alpha = agreement.krippendorff_alpha(coders)  # the package, on the same answers
    if alpha is None or overall["krippendorff_alpha_nominal"] is None:
        assert alpha is None or overall["krippendorff_alpha_nominal"] is None
    else:
        assert overall["krippendorff_alpha_nominal"] == pytest.approx(alpha, abs=1e-5)
    sizes = Counter(len(a) for a in items if len(a) >= 2)
    if sizes:
        raters = max(sizes, key=lambda n: (sizes[n], n))
        rated = [u for u in units if len(u) == raters]
        categories = sorted({r for u in rated for r in u})
        kappa = agreement.fleiss_kappa(agreement.count_table(rated, categories))
        assert overall["fleiss_kappa"] == (
            None if kappa is None else pytest.approx(kappa, abs=1e-5)
        )


shape_boxes = st.lists(
    st.builds(
        lambda x, y, w, h, label: {"x": x, "y": y, "w": w, "h": h, "label": label},
        st.integers(0, 30), st.integers(0, 30), st.integers(1, 20), st.integers(1, 20),
        st.sampled_from("LM"),
    ),
    max_size=4,
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["u1", "u2", "u3"]), shape_boxes, min_size=2),
    st.sampled_from(["box", "polygon"]),
)
def test_shape_tally_per_label_is_the_matching_restricted_to_the_label(
    answers: dict[str, list[dict[str, Any]]], kind: str
) -> None:
    """The per-label figures taken from one matching equal matching each label alone."""

    def as_kind(v: dict[str, Any]) -> dict[str, Any]:
        if kind == "box":
            return v
        x, y, w, h = v["x"], v["y"], v["w"], v["h"]
        return {"points": [[x, y], [x + w, y], [x + w, y + h], [x, y + h]], "label": v["label"]}

    rows = [
        Row("i", user, "s", kind, as_kind(v), 0) for user, values in answers.items() for v in values
    ] + [Row("i", user, "s", "class", {"labels": []}, 0) for user in answers]
    tally = QualityTally({"min_iou": 0.5})
    tally.add_item(rows, {})
    figures = tally.figures("p", {})
    expected: dict[str, list[float]] = {}
    for x, y in combinations(sorted(answers), 2):
        a = [as_kind(v) for v in answers[x]]
        b = [as_kind(v) for v in answers[y]]
        for name in {v["label"] for v in (*a, *b)}:
            score = agreement.pair_agreement(
                kind, [v for v in a if v["label"] == name], [v for v in b if v["label"] == name],
                {"min_iou": 0.5},
            )  # fmt: skip
            expected.setdefault(name, []).append(score)
    assert set(figures["overall"]["per_label"]) == set(expected)
    for name, scores in expected.items():
        assert figures["overall"]["per_label"][name]["agreement"] == pytest.approx(
            sum(scores) / len(scores), abs=1e-6
        )


def test_a_project_without_labels_has_empty_figures() -> None:
    from app.server.routes.quality import QualityFigures

    figures = QualityTally({}).figures("p", {})
    assert figures["annotators"] == []
    assert figures["overall"]["items"] == 0
    assert figures["overall"]["fleiss_kappa"] is None
    assert figures["overall"]["krippendorff_alpha_nominal"] is None
    assert QualityFigures.model_validate(figures).model_dump() == figures
    assert quality_csv(figures).count("\r\n") == 1 + 11  # header + one row per overall figure
