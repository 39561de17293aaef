"""The agreement figures (app/server/agreement.py): published worked examples to 3 decimals,
each with its source, and independent implementations (scikit-learn, statsmodels, shapely,
a textbook coincidence-matrix alpha) on random data."""

from __future__ import annotations

import math
import warnings
from collections import Counter
from itertools import permutations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import box as shapely_box
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters
from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss_kappa

from app.server.agreement import (
    add_coincidences,
    alpha_from_coincidences,
    box_iou,
    class_rating,
    cohen_kappa,
    count_table,
    fleiss_kappa,
    item_disagreement,
    krippendorff_alpha,
    match_boxes,
    match_polygons,
    pair_agreement,
    percent_agreement,
    polygon_iou,
    span_f1,
)

# --------------------------------------------------------------------- published examples

# Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability". Departmental Papers
# (ASC), University of Pennsylvania, no. 43. Section C, "Nominal data, any number of
# observers, missing data": 4 observers (rows) x 12 units (columns), "." = missing.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def test_krippendorff_2011_nominal() -> None:
    # Same source, section C: "α = .743" for the nominal metric.
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, "nominal") or 0, 3) == 0.743


def test_krippendorff_2011_ordinal() -> None:
    # Same source and data, the value the paper gives for the ordinal metric: α = .815.
    # (The krippendorff package's documentation reproduces the same figure.)
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, "ordinal") or 0, 3) == 0.815


def test_krippendorff_ordinal_follows_the_given_order() -> None:
    words = {1: "very low", 2: "low", 3: "mid", 4: "high", 5: "very high"}
    data = [[None if r is None else words[r] for r in row] for row in KRIPPENDORFF_2011]
    order = ["very low", "low", "mid", "high", "very high"]
    assert round(krippendorff_alpha(data, "ordinal", order) or 0, 3) == 0.815


# Fleiss, J. L. (1971). "Measuring nominal scale agreement among many raters".
# Psychological Bulletin 76(5), 378-382, Table 1: 30 patients, 6 psychiatrists each, 5
# diagnostic categories (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis,
# 5 other). The paper prints the counts; this is the per-rater form distributed as the R
# package irr's data set `diagnoses` (rows = patients, columns = the six ratings).
FLEISS_1971 = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4], [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5], [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5], [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]  # fmt: skip


def test_fleiss_1971_table() -> None:
    # Fleiss (1971), p. 381: "κ = .430" over all five categories.
    table = count_table(FLEISS_1971, [1, 2, 3, 4, 5])
    assert round(fleiss_kappa(table) or 0, 3) == 0.430


# Wikipedia, "Fleiss' kappa", section "Worked example": 10 subjects, 14 raters, 5
# categories; the page gives P̄ = 0.378, P̄e = 0.213 and κ = 0.210.
WIKIPEDIA_FLEISS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]  # fmt: skip


def test_wikipedia_fleiss_worked_example() -> None:
    assert round(fleiss_kappa(WIKIPEDIA_FLEISS) or 0, 3) == 0.210
    units = [[c for c, n in enumerate(row) for _ in range(n)] for row in WIKIPEDIA_FLEISS]
    assert round(percent_agreement(units) or 0, 3) == 0.378


def test_wikipedia_cohen_kappa_worked_example() -> None:
    # Wikipedia, "Cohen's kappa", section "Simple example": 50 grant proposals read by A
    # and B; both Yes 20, A Yes / B No 5, A No / B Yes 10, both No 15. The page gives
    # p_o = 0.7, p_e = 0.5 and κ = 0.4.
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert round(cohen_kappa(a, b) or 0, 3) == 0.400
    assert round(percent_agreement(zip(a, b, strict=True)) or 0, 3) == 0.700


# --------------------------------------------------------------------- undefined figures


def test_undefined_figures_are_none() -> None:
    assert cohen_kappa(["x", "x"], ["x", "x"]) is None  # chance agreement is 1
    assert cohen_kappa([None], ["x"]) is None
    assert fleiss_kappa([[3, 0], [3, 0]]) is None
    assert fleiss_kappa([]) is None
    assert percent_agreement([["x"], [None, "y"]]) is None
    assert krippendorff_alpha([["x", "x"], ["x", "x"]]) is None
    assert krippendorff_alpha([["x", None], [None, "y"]]) is None


def test_bad_shapes_are_refused() -> None:
    with pytest.raises(ValueError):
        cohen_kappa(["x"], ["x", "y"])
    with pytest.raises(ValueError):
        fleiss_kappa([[2, 0], [1, 0]])
    with pytest.raises(ValueError):
        krippendorff_alpha([["a", "b"]], "ordinal", order=["a"])


# --------------------------------------------------------------------- independent checks

ratings = st.lists(st.sampled_from("abcd"), min_size=1, max_size=40)


@settings(max_examples=200)
@given(st.data())
def test_cohen_kappa_matches_scikit_learn(data: st.DataObject) -> None:
    a = data.draw(ratings)
    b = data.draw(st.lists(st.sampled_from("abcd"), min_size=len(a), max_size=len(a)))
    ours = cohen_kappa(a, b)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sklearn warns where kappa is undefined
        theirs = cohen_kappa_score(a, b)
    if ours is None:
        assert math.isnan(theirs) or len(set(a) | set(b)) == 1
    else:
        assert ours == pytest.approx(theirs, abs=1e-9)


@settings(max_examples=200)
@given(
    st.integers(2, 8).flatmap(
        lambda raters: st.lists(
            st.lists(st.sampled_from("abc"), min_size=raters, max_size=raters),
            min_size=1,
            max_size=30,
        )
    )
)
def test_fleiss_kappa_matches_statsmodels(units: list[list[str]]) -> None:
    table, _ = aggregate_raters(np.array(units))
    ours = fleiss_kappa(count_table(units, sorted({r for u in units for r in u})))
    with np.errstate(all="ignore"):
        theirs = float(sm_fleiss_kappa(table))
    if ours is None:
        assert math.isnan(theirs) or len({r for u in units for r in u}) == 1
    else:
        assert ours == pytest.approx(theirs, abs=1e-9)


def _textbook_nominal_alpha(data: list[list[str | None]]) -> float | None:
    """Krippendorff (2011) section C by hand: coincidences o_ck summed over units with
    m_u >= 2 values, each pair weighted 1 / (m_u - 1); α = 1 - (n - 1) D_o / D_e."""
    coincidence: Counter[tuple[str, str]] = Counter()
    for unit in zip(*data, strict=True):
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        for i, j in permutations(range(m), 2):
            coincidence[(values[i], values[j])] += 1.0 / (m - 1)
    n_c: Counter[str] = Counter()
    for (c, _), w in coincidence.items():
        n_c[c] += w
    n = sum(n_c.values())
    disagree = sum(w for (c, k), w in coincidence.items() if c != k)
    expected = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k)
    if expected == 0:
        return None
    return 1.0 - (n - 1) * disagree / expected


@settings(max_examples=200)
@given(
    st.integers(2, 5).flatmap(
        lambda coders: st.integers(1, 20).flatmap(
            lambda units: st.lists(
                st.lists(
                    st.one_of(st.none(), st.sampled_from("abc")), min_size=units, max_size=units
                ),
                min_size=coders,
                max_size=coders,
            )
        )
    )
)
def test_nominal_alpha_matches_the_textbook_computation(data: list[list[str | None]]) -> None:
    ours = krippendorff_alpha(data, "nominal")
    theirs = _textbook_nominal_alpha(data)
    if ours is None or theirs is None:
        assert ours is None or theirs is None
        return
    assert ours == pytest.approx(theirs, abs=1e-9)


def _streamed_alpha(data: list[list], level: str = "nominal", order: list | None = None):
    coincidences: dict = {}
    for unit in zip(*data, strict=True):
        add_coincidences(coincidences, unit)
    return alpha_from_coincidences(coincidences, level, order)  # type: ignore[arg-type]


def test_streamed_alpha_reproduces_krippendorff_2011() -> None:
    # Krippendorff (2011) section C data as above: α_nominal = .743, α_ordinal = .815.
    assert round(_streamed_alpha(KRIPPENDORFF_2011) or 0, 3) == 0.743
    assert round(_streamed_alpha(KRIPPENDORFF_2011, "ordinal") or 0, 3) == 0.815


reliability_data = st.integers(2, 5).flatmap(
    lambda coders: st.integers(1, 20).flatmap(
        lambda units: st.lists(
            st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=units, max_size=units),
            min_size=coders,
            max_size=coders,
        )
    )
)


@settings(max_examples=200)
@given(reliability_data, st.sampled_from(["nominal", "ordinal"]))
def test_streamed_alpha_matches_the_krippendorff_package(data: list, level: str) -> None:
    order = [1, 2, 3, 4, 5]
    ours = _streamed_alpha(data, level, order)
    theirs = krippendorff_alpha(data, level, order)  # type: ignore[arg-type]
    if ours is None or theirs is None:
        assert ours is None or theirs is None
        return
    assert ours == pytest.approx(theirs, abs=1e-9)


@settings(max_examples=100)
@given(st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from("ab")), min_size=1))
def test_two_rater_percent_agreement_is_the_share_of_equal_pairs(pairs: list) -> None:
    expected = sum(1 for x, y in pairs if x == y) / len(pairs)
    assert percent_agreement(pairs) == pytest.approx(expected)


# --------------------------------------------------------------------- spans

S = "SYMPTOM"
D = "DRUG"


def span(start: int, end: int, label: str = S) -> dict[str, object]:
    return {"start": start, "end": end, "label": label}


def test_span_f1_cases() -> None:
    a = [span(0, 5), span(10, 20, D), span(30, 35)]
    b = [span(0, 5), span(12, 20, D), span(40, 45)]
    assert span_f1(a, b, "exact") == pytest.approx(2 * 1 / 6)
    assert span_f1(a, b, "overlap") == pytest.approx(2 * 2 / 6)
    assert span_f1([], [], "exact") == 1.0
    assert span_f1(a, [], "overlap") == 0.0
    assert span_f1([span(0, 5)], [span(0, 5, D)], "overlap") == 0.0  # label differs
    # one long span against two short ones inside it: one-to-one, so one match of two
    assert span_f1([span(0, 10)], [span(0, 4), span(5, 10)], "overlap") == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        span_f1(a, b, "fuzzy")


spans = st.lists(
    st.tuples(st.integers(0, 50), st.integers(1, 10), st.sampled_from([S, D])).map(
        lambda t: span(t[0], t[0] + t[1], t[2])
    ),
    max_size=8,
)


@settings(max_examples=200)
@given(spans, spans)
def test_span_f1_is_symmetric_bounded_and_overlap_is_looser(a: list, b: list) -> None:
    exact = span_f1(a, b, "exact")
    overlap = span_f1(a, b, "overlap")
    assert exact == pytest.approx(span_f1(b, a, "exact"))
    assert overlap == pytest.approx(span_f1(b, a, "overlap"))
    assert 0.0 <= exact <= overlap <= 1.0
    assert span_f1(a, a, "exact") == 1.0


# --------------------------------------------------------------------- boxes and polygons


def bx(x: int, y: int, w: int, h: int, label: str = "lesion", **extra: int) -> dict:
    return {"x": x, "y": y, "w": w, "h": h, "label": label, **extra}


boxes = st.builds(bx, st.integers(0, 100), st.integers(0, 100), st.integers(1, 60),
                  st.integers(1, 60))  # fmt: skip


@settings(max_examples=300)
@given(boxes, boxes)
def test_box_iou_matches_shapely(a: dict, b: dict) -> None:
    first = shapely_box(a["x"], a["y"], a["x"] + a["w"], a["y"] + a["h"])
    second = shapely_box(b["x"], b["y"], b["x"] + b["w"], b["y"] + b["h"])
    expected = first.intersection(second).area / first.union(second).area
    assert box_iou(a, b) == pytest.approx(expected, abs=1e-12)


def _corners(b: dict) -> list[list[int]]:
    x, y, w, h = b["x"], b["y"], b["w"], b["h"]
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]


@settings(max_examples=200)
@given(boxes, boxes)
def test_polygon_iou_of_rectangles_is_the_box_iou(a: dict, b: dict) -> None:
    # polygon_iou (shapely clipping) against box_iou (interval arithmetic): two methods
    assert polygon_iou(_corners(a), _corners(b)) == pytest.approx(box_iou(a, b), abs=1e-9)


def test_polygon_iou_known_values() -> None:
    square = [[0, 0], [10, 0], [10, 10], [0, 10]]
    triangle = [[0, 0], [10, 0], [0, 10]]  # half the square
    assert polygon_iou(square, triangle) == pytest.approx(0.5)
    assert polygon_iou(square, [[20, 20], [30, 20], [30, 30]]) == 0.0
    bowtie = [[0, 0], [10, 10], [10, 0], [0, 10]]  # self-crossing: two triangles, area 50
    assert polygon_iou(square, bowtie) == pytest.approx(0.5)
    assert polygon_iou(square, [[0, 0], [5, 5], [10, 10]]) == 0.0  # no area


def test_match_boxes_one_to_one_by_label_and_frame() -> None:
    a = [bx(0, 0, 10, 10), bx(100, 100, 10, 10), bx(0, 0, 10, 10, "cyst")]
    b = [bx(1, 0, 10, 10), bx(0, 0, 10, 10, "other"), bx(0, 0, 10, 10, frame=2)]
    match = match_boxes(a, b, 0.5)
    assert [(i, j) for i, j, _ in match.pairs] == [(0, 0)]
    assert match.agreement == pytest.approx(2 / 6)
    assert match.mean_iou == pytest.approx(90 / 110)
    # two boxes of b on one box of a: only the better one matches
    two = match_boxes([bx(0, 0, 10, 10)], [bx(2, 0, 10, 10), bx(1, 0, 10, 10)], 0.5)
    assert [(i, j) for i, j, _ in two.pairs] == [(0, 1)]
    assert match_boxes([], [], 0.5).agreement == 1.0
    assert match_boxes([], [], 0.5).mean_iou is None
    assert match_boxes([bx(0, 0, 10, 10)], [bx(6, 0, 10, 10)], 0.5).agreement == 0.0


@settings(max_examples=150)
@given(st.lists(boxes, max_size=6), st.lists(boxes, max_size=6), st.floats(0.1, 0.9))
def test_box_matching_invariants(a: list, b: list, threshold: float) -> None:
    match = match_boxes(a, b, threshold)
    assert len({i for i, _, _ in match.pairs}) == len(match.pairs)  # one to one
    assert len({j for _, j, _ in match.pairs}) == len(match.pairs)
    for i, j, iou in match.pairs:
        assert iou >= threshold
        assert iou == pytest.approx(box_iou(a[i], b[j]))
    assert 0.0 <= match.agreement <= 1.0
    assert match.agreement == pytest.approx(match_boxes(b, a, threshold).agreement)
    # boxes as polygons match the same way
    polys_a = [{"points": _corners(x), "label": x["label"]} for x in a]
    polys_b = [{"points": _corners(x), "label": x["label"]} for x in b]
    assert match_polygons(polys_a, polys_b, threshold).agreement == pytest.approx(match.agreement)


def test_regions_match_as_polygons_per_frame() -> None:
    region_box = {"shape": "box", "points": [[0, 0], [10, 10]], "label": "n", "frame": 3}
    region_poly = {"shape": "polygon", "points": [[0, 0], [10, 0], [10, 10], [0, 10]],
                   "label": "n", "frame": 3}  # fmt: skip
    assert match_polygons([region_box], [region_poly], 0.5).agreement == 1.0
    assert match_polygons([region_box], [{**region_poly, "frame": 4}], 0.5).agreement == 0.0


# --------------------------------------------------------------------- per item


def test_class_rating_reads_both_forms() -> None:
    assert class_rating([{"labels": ["b", "a"]}]) == ("a", "b")
    assert class_rating([{"label": "a"}]) == ("a",)
    assert class_rating([]) == ()


def test_item_disagreement_cases() -> None:
    same = {"A1": [{"labels": ["x"]}], "A2": [{"labels": ["x"]}]}
    assert item_disagreement("class", same) == (0.0, [])
    two_one = {**same, "A3": [{"labels": ["y"]}]}
    score, reasons = item_disagreement("class", two_one)
    assert score == pytest.approx(2 / 3)
    assert reasons == ["class"]
    assert item_disagreement("class", {"A1": [{"labels": ["x"]}]}) == (0.0, [])
    # spans: overlap F1 0.5 is below the default 0.8; 1.0 is not
    apart = {"A1": [span(0, 5), span(10, 15)], "A2": [span(0, 5)]}
    score, reasons = item_disagreement("span", apart)
    assert score == pytest.approx(1 - 2 / 3)
    assert reasons == ["span"]
    assert item_disagreement("span", apart, {"min_span_f1": 0.5}) == (pytest.approx(1 / 3), [])
    # boxes: IoU 0.818 agrees at min_iou 0.5 and disagrees at 0.9
    near = {"A1": [bx(0, 0, 10, 10)], "A2": [bx(1, 0, 10, 10)]}
    assert item_disagreement("box", near, {"min_iou": 0.5}) == (0.0, [])
    assert item_disagreement("box", near, {"min_iou": 0.9}) == (1.0, ["box"])
    poly = {"A1": [{"points": [[0, 0], [9, 0], [0, 9]], "label": "n"}], "A2": []}
    assert item_disagreement("polygon", poly) == (1.0, ["polygon"])
    with pytest.raises(ValueError):
        pair_agreement("sound", [], [])


@settings(max_examples=100)
@given(st.dictionaries(st.sampled_from(["A1", "A2", "A3", "A4"]), spans, min_size=2))
def test_item_disagreement_is_bounded(answers: dict) -> None:
    score, reasons = item_disagreement("span", answers)
    assert 0.0 <= score <= 1.0
    assert reasons in ([], ["span"])
    if score == 0.0:
        assert reasons == []
