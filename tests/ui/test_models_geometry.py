"""Shapes: values round-trip in integer pixels, hit-tests, edits stay in the image, zoom
keeps the point under the cursor."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ui.models.geometry import (
    Shape,
    ViewTransform,
    contains,
    handle_at,
    moved,
    parse_shape,
    resized,
    shape_at,
    shape_value,
    with_vertex,
    without_vertex,
)  # fmt: skip

BOX = Shape("a", "box", ((10, 20), (40, 60)), "lesion")
TRI = Shape("b", "polygon", ((0, 0), (100, 0), (0, 100)), "organ", 2)


@pytest.mark.parametrize(
    ("kind", "shape", "value"),
    [
        ("box", BOX, {"x": 10, "y": 20, "w": 30, "h": 40, "label": "lesion"}),
        ("polygon", TRI, {"points": [[0, 0], [100, 0], [0, 100]], "label": "organ", "frame": 2}),
        (
            "region",
            TRI,
            {
                "shape": "polygon",
                "points": [[0, 0], [100, 0], [0, 100]],
                "label": "organ",
                "frame": 2,
            },
        ),
        (
            "region",
            BOX,
            {"shape": "box", "points": [[10, 20], [40, 60]], "label": "lesion", "frame": 0},
        ),
    ],
)
def test_values_round_trip(kind: str, shape: Shape, value: dict[str, Any]) -> None:
    assert shape_value(shape, kind) == value
    parsed = parse_shape(shape.annotation_id, kind, value)
    assert parsed is not None
    assert shape_value(parsed, kind) == value


def test_hit_tests() -> None:
    assert contains(TRI, (10, 10))
    assert not contains(TRI, (90, 90))
    assert shape_at([TRI, BOX], (20, 30)) == BOX  # the smaller one wins
    assert handle_at(BOX, (41, 59), 3) == "se"
    assert handle_at(TRI, (99, 1), 3) == 1


def test_edits_stay_inside_the_image() -> None:
    assert moved(BOX, 500, -500, 100, 100).points == ((70, 0), (100, 40))
    assert resized(BOX, "nw", (60, 70), 100, 100).points == ((40, 60), (60, 70))
    assert with_vertex(TRI, 1, (150, -5), 120, 120).points[1] == (120, 0)
    assert without_vertex(TRI, 0) is None


def test_zoom_keeps_the_point_under_the_cursor() -> None:
    t = ViewTransform()
    t.fit(800, 600, 2048, 2048)
    before = t.to_image((300, 200))
    t.zoom_at((300, 200), 2.5)
    after = t.to_image((300, 200))
    assert before == pytest.approx(after)
    t.actual_size(800, 600, 2048, 2048)
    assert t.scale == 1.0


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=3),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["x", "y", "w", "h", "label", "points", "shape", "frame", "deleted"]),
            inner,
            max_size=6,
        )
    ),
    max_leaves=25,
)


@given(st.sampled_from(["box", "polygon", "region"]), JSON)
def test_any_stored_value_parses_or_is_skipped(kind: str, value: Any) -> None:
    shape = parse_shape("z", kind, value)
    if shape is not None:
        assert parse_shape("z", kind, shape_value(shape, kind)) is not None
