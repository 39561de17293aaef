"""The lead's review models without Qt: layers and their toggles, the diff list, merging,
signature records, the queue's rows and paging, the quality panel's figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ui.models.geometry import Shape
from app.ui.models.review_adjudication import (
    MergeRefused,
    merge_values,
    needs_reason,
    parse_signed,
    reason_problem,
)
from app.ui.models.review_charts import parse_quality
from app.ui.models.review_diff import box_iou, diff_layers, shape_iou
from app.ui.models.review_layers import (
    LAYER_COLOURS,
    LayerVisibility,
    layer_colour,
    legend,
    parse_item_layers,
)
from app.ui.models.review_queue import Paging, parse_projects, parse_queue


def _label(aid: str, kind: str, value: dict[str, Any], version: int = 1) -> dict[str, Any]:
    return {"annotation_id": aid, "version": version, "kind": kind, "value": value,
            "value_sha256": "ab" * 32}  # fmt: skip


def _body(*layers: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "item_id": "it-1",
        "gold": False,
        "layers": [
            {"annotator": f"A{i + 1}", "colour_index": i, "labels": labels}
            for i, labels in enumerate(layers)
        ],
    }


def test_layers_parse_and_drop_what_is_malformed() -> None:
    body = _body(
        [_label("s1", "span", {"start": 0, "end": 4, "label": "DRUG"}), {"kind": 3}],
        [_label("s2", "span", {"start": 0, "end": 4, "label": "DRUG", "deleted": True})],
    )
    body["layers"].append({"annotator": 7})
    item = parse_item_layers(body)
    assert [layer.annotator for layer in item.layers] == ["A1", "A2"]
    assert [v.annotation_id for v in item.layers[0].labels] == ["s1"]
    assert item.layers[1].labels == ()  # a deleted label is not a layer's element
    assert parse_item_layers("nonsense").layers == ()


def test_layer_colours_are_distinct_and_wrap() -> None:
    assert len(set(LAYER_COLOURS)) == len(LAYER_COLOURS) == 9
    assert layer_colour(0) == layer_colour(9) != layer_colour(1)


def test_keys_toggle_layers_and_zero_shows_all() -> None:
    vis = LayerVisibility(3)
    assert vis.shown() == [0, 1, 2]
    assert vis.press(2)
    assert vis.shown() == [0, 2]
    assert not vis.is_shown(1)
    assert vis.press(1)
    assert vis.shown() == [2]
    assert not vis.press(4)  # names no layer: nothing changes
    assert vis.shown() == [2]
    assert vis.press(2)
    assert vis.shown() == [1, 2]
    assert vis.press(0)
    assert vis.shown() == [0, 1, 2]


def test_legend_names_keys_and_hidden_layers() -> None:
    item = parse_item_layers(_body([], [], []))
    vis = LayerVisibility(3)
    vis.press(3)
    rows = legend(item.layers, vis)
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert rows[2][1] == "A3 (hidden)"
    assert rows[0][2] == LAYER_COLOURS[0]


def test_span_diff_finds_label_extent_and_missing() -> None:
    item = parse_item_layers(
        _body(
            [
                _label("a1", "span", {"start": 0, "end": 4, "label": "DRUG"}),
                _label("a2", "span", {"start": 10, "end": 20, "label": "SYMPTOM"}),
                _label("a3", "span", {"start": 30, "end": 35, "label": "DRUG"}),
            ],
            [
                _label("b1", "span", {"start": 0, "end": 4, "label": "SYMPTOM"}),
                _label("b2", "span", {"start": 12, "end": 20, "label": "SYMPTOM"}),
            ],
        )
    )
    rows = diff_layers(item.layers, text_len=100)
    by_what = {r.what: r for r in rows}
    assert set(by_what) == {"label mismatch", "extent differs", "missing"}
    assert by_what["label mismatch"].elements == ("a1", "b1")
    assert by_what["extent differs"].score == pytest.approx(0.8)
    assert by_what["missing"].elements == ("a3", None)
    names = ["A1", "A2"]
    assert "A1 vs A2" in by_what["missing"].text(names)


def test_identical_layers_have_no_diff() -> None:
    labels = [_label("x", "box", {"x": 0, "y": 0, "w": 10, "h": 10, "label": "lesion"}),
              _label("c", "class", {"labels": ["urgent"]})]  # fmt: skip
    item = parse_item_layers(_body(labels, labels))
    assert diff_layers(item.layers) == []


def test_box_diff_reports_iou_and_unmatched_below_threshold() -> None:
    item = parse_item_layers(
        _body(
            [
                _label("a", "box", {"x": 0, "y": 0, "w": 10, "h": 10, "label": "lesion"}),
                _label("far", "box", {"x": 50, "y": 50, "w": 10, "h": 10, "label": "lesion"}),
            ],
            [
                _label("b", "box", {"x": 0, "y": 0, "w": 10, "h": 8, "label": "lesion"}),
                _label("near", "box", {"x": 55, "y": 55, "w": 10, "h": 10, "label": "lesion"}),
            ],
        )
    )
    rows = diff_layers(item.layers, min_iou=0.5)
    iou = [r for r in rows if r.what == "IoU"]
    assert len(iou) == 1
    assert iou[0].score == pytest.approx(0.8)
    # IoU of the far/near pair is 25/175 < 0.5: both are unmatched
    assert {r.elements for r in rows if r.what == "missing"} == {("far", None), (None, "near")}


def test_region_diff_keeps_frames_apart_and_classes_differ() -> None:
    region = {
        "shape": "polygon",
        "points": [[0, 0], [10, 0], [10, 10], [0, 10]],
        "label": "nodule",
        "frame": 0,
    }
    other_frame = dict(region, frame=1)
    item = parse_item_layers(
        _body(
            [_label("r1", "region", region), _label("c1", "class", {"labels": ["urgent"]})],
            [_label("r2", "region", other_frame), _label("c2", "class", {"labels": []})],
        )
    )
    rows = diff_layers(item.layers)
    assert sum(r.what == "missing" and r.kind == "region" for r in rows) == 2
    cls = next(r for r in rows if r.kind == "class")
    assert cls.detail == "urgent / (none)"


def test_polygon_iou_is_close_to_the_exact_value() -> None:
    square = Shape("a", "polygon", ((0, 0), (10, 0), (10, 10), (0, 10)), "x")
    half = Shape("b", "polygon", ((0, 0), (10, 0), (10, 5), (0, 5)), "x")
    assert shape_iou(square, half) == pytest.approx(0.5, abs=0.02)
    assert shape_iou(square, square) == pytest.approx(1.0)


@settings(max_examples=200)
@given(
    st.tuples(*[st.integers(0, 50)] * 4),
    st.tuples(*[st.integers(0, 50)] * 4),
)
def test_box_iou_is_symmetric_and_bounded(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    ba = (min(a[0], a[2]), min(a[1], a[3]), max(a[0], a[2]), max(a[1], a[3]))
    bb = (min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3]))
    value = box_iou(ba, bb)  # type: ignore[arg-type]
    assert 0.0 <= value <= 1.0
    assert value == pytest.approx(box_iou(bb, ba))  # type: ignore[arg-type]


JSON = st.recursive(
    st.none() | st.integers() | st.text(max_size=5),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
    max_leaves=20,
)


@settings(max_examples=100)
@given(JSON)
def test_server_answers_of_any_shape_never_raise(body: Any) -> None:
    item = parse_item_layers(body)
    diff_layers(item.layers)
    parse_queue(body)
    parse_projects(body)
    parse_quality(body)
    parse_signed(body)


def test_reason_is_required_to_override_or_merge() -> None:
    assert not needs_reason("approved")
    assert reason_problem("approved", "") is None
    assert reason_problem("overridden", "  ") is not None
    assert reason_problem("merged", "A2 missed the second dose") is None
    assert reason_problem("merged", "x" * 501) is not None


def test_merge_unions_spans_boxes_and_classes() -> None:
    item = parse_item_layers(
        _body(
            [
                _label("a", "span", {"start": 2, "end": 6, "label": "DRUG"}),
                _label("c", "class", {"labels": ["urgent"]}),
                _label("x", "box", {"x": 0, "y": 0, "w": 5, "h": 5, "label": "lesion"}),
            ],
            [
                _label("b", "span", {"start": 4, "end": 9, "label": "DRUG"}),
                _label("d", "class", {"labels": ["routine", "urgent"]}),
                _label("y", "box", {"x": 3, "y": 3, "w": 5, "h": 6, "label": "lesion"}),
            ],
        )
    )
    a, b = item.layers
    assert merge_values([a.labels[0], b.labels[0]]) == (
        "span",
        {"start": 2, "end": 9, "label": "DRUG"},
    )
    assert merge_values([a.labels[1], b.labels[1]]) == ("class", {"labels": ["urgent", "routine"]})
    assert merge_values([a.labels[2], b.labels[2]]) == (
        "box",
        {"x": 0, "y": 0, "w": 8, "h": 9, "label": "lesion"},
    )
    with pytest.raises(MergeRefused):
        merge_values([a.labels[0], b.labels[1]])
    with pytest.raises(MergeRefused):
        merge_values([])


def test_signed_record_shows_name_time_and_meaning() -> None:
    record = parse_signed(
        {
            "signature": {
                "id": "sig-123456789abc",
                "printed_name": "Dr Ada Lovelace",
                "signed_ms": 1_800_000_000_000,
                "meaning": "overridden",
                "label_sha256": "f" * 64,
            }
        }
    )
    assert record is not None
    lines = record.lines(dt.UTC)
    assert lines[0] == "Signed by Dr Ada Lovelace"
    assert lines[1] == "on 2027-01-15 08:00:00 UTC"
    assert lines[2] == "Meaning: overridden"
    assert parse_signed({"signature": {"printed_name": "x", "meaning": "maybe"}}) is None


def test_queue_rows_and_paging() -> None:
    rows, total = parse_queue(
        {
            "items": [
                {
                    "item_id": "item-abcdef0123456789",
                    "kind": "text",
                    "annotators": 3,
                    "disagreement": 0.75,
                    "reasons": ["span", "class"],
                    "oldest_ms": 0,
                },
                {"item_id": 5},
            ],
            "total": 120,
        }
    )
    assert total == 120
    assert len(rows) == 1
    assert rows[0].cells(3_600_000) == (
        "item-abcdef0",
        "text",
        "3",
        "0.75",
        "span, class",
        "1 h 0 min",
    )
    paging = Paging(limit=50, total=120)
    assert paging.text(50) == "1–50 of 120"
    assert paging.next()
    assert paging.next()
    assert not paging.next()
    assert paging.offset == 100
    assert paging.text(20) == "101–120 of 120"
    assert paging.previous()
    assert paging.offset == 50
    assert Paging().text(0) == "No items disagree."
    projects = parse_projects(
        {"projects": [{"project_id": "p1", "name": "Notes", "queue_size": 4}, {}]}
    )
    assert [(p.project_id, p.queue_size) for p in projects] == [("p1", 4)]


QUALITY = {
    "project_id": "p1",
    "annotators": [
        {"annotator": "A1", "labels": 100, "items": 40, "accuracy_vs_adjudicated": 0.9,
         "accuracy_vs_gold": 1.0, "agreement": 0.8,
         "per_label": {"DRUG": {"agreement": 0.9, "n": 30}, "SYMPTOM": {"agreement": 0.5, "n": 10}},
         "per_day": [{"day": "2026-11-24", "labels": 60, "agreement": 0.7},
                     {"day": "2026-11-25", "labels": 40, "agreement": None}]},
        {"annotator": "A2", "labels": 50, "items": 30, "accuracy_vs_adjudicated": None,
         "accuracy_vs_gold": None, "agreement": 0.6,
         "per_label": {"DRUG": {"agreement": 0.5, "n": 10}},
         "per_day": [{"day": "2026-11-24", "labels": 20, "agreement": 0.3}]},
    ],
    "overall": {"percent_agreement": 0.75, "fleiss_kappa": 0.41},
}  # fmt: skip


def test_quality_figures_weight_by_count() -> None:
    q = parse_quality(QUALITY)
    assert q.by_label[0][0] == "DRUG"
    assert q.by_label[0][1] == pytest.approx((0.9 * 30 + 0.5 * 10) / 40)
    assert q.by_label[0][2] == 40
    assert q.by_day[0] == ("2026-11-24", pytest.approx((0.7 * 60 + 0.3 * 20) / 80), 80)
    assert q.by_day[1] == ("2026-11-25", None, 40)
    assert q.annotator_rows()[1] == ("A2", "50", "30", "0.600", "—", "—")
    assert dict(q.overall_rows())["Fleiss' kappa"] == "0.410"
    assert dict(q.overall_rows())["Mean IoU of matched boxes"] == "—"


def test_imported_layers_are_named_so_in_the_legend_and_the_diff() -> None:
    mark = {"source": "imported from Label Studio", "origin": "annotation", "flags": []}
    body = {
        "item_id": "it-1",
        "layers": [
            {"annotator": "A1", "colour_index": 0, "labels": [
                {"annotation_id": "a", "version": 1, "kind": "class",
                 "value": {"labels": ["x"]}, "imported": None}]},
            {"annotator": "A2", "colour_index": 1, "labels": [
                {"annotation_id": "b", "version": 1, "kind": "class",
                 "value": {"labels": ["y"]}, "imported": mark}]},
            {"annotator": "A3", "colour_index": 2, "labels": [
                {"annotation_id": "c", "version": 1, "kind": "class",
                 "value": {"labels": ["y"]}, "imported": mark | {"origin": "prediction"}}]},
            {"annotator": "A4", "colour_index": 3, "labels": [
                {"annotation_id": "d", "version": 1, "kind": "class",
                 "value": {"labels": ["y"]}, "imported": "garbled"}]},
        ],
    }  # fmt: skip
    item = parse_item_layers(body)
    assert [layer.name for layer in item.layers] == [
        "A1", "A2 (imported)", "A3 (imported prediction)", "A4 (imported)",
    ]  # fmt: skip
    vis = LayerVisibility(len(item.layers))
    vis.press(2)
    assert [name for _, name, _ in legend(item.layers, vis)][:2] == [
        "A1", "A2 (imported) (hidden)",
    ]  # fmt: skip
    (diff, *_) = diff_layers(item.layers, text_len=0, min_iou=0.5)
    assert "A2 (imported)" in diff.text([layer.name for layer in item.layers])
