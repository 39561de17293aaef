"""The label value check (FORMATS.md §6.2 and the project's schema), server and workstation."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import LabelValueError
from app.core.label_schema import LabelSchema
from app.core.label_values import MAX_COORD, MAX_VALUE_BYTES, check_label, check_label_version
from app.core.labels import LabelVersion

SCHEMA = LabelSchema.from_json(
    {
        "version": 1,
        "labels": [
            {"name": "lesion", "kind": "box"},
            {"name": "lesion", "kind": "polygon"},
            {"name": "SYMPTOM", "kind": "span"},
            {"name": "nodule", "kind": "region"},
        ],
        "classes": [{"name": "normal"}, {"name": "abnormal"}],
    }
)
VALID: list[tuple[str, dict[str, Any]]] = [
    ("span", {"start": 0, "end": 4, "label": "SYMPTOM"}),
    ("span", {"start": 4, "end": 9, "label": "SYMPTOM", "deleted": True}),
    ("box", {"x": 0, "y": 0, "w": 5, "h": 5, "label": "lesion", "frame": 2}),
    ("polygon", {"points": [[0, 0], [4, 0], [4, 4]], "label": "lesion"}),
    ("region", {"shape": "box", "points": [[1, 1], [3, 3]], "label": "nodule", "frame": 0}),
    (
        "region",
        {"shape": "polygon", "points": [[1, 1], [3, 3], [1, 3]], "label": "nodule", "frame": 0},
    ),
    ("class", {"labels": ["normal"], "comment": "looked twice"}),
    ("class", {"labels": []}),
    ("class", {"label": "abnormal"}),
]
INVALID: list[tuple[str, dict[str, Any]]] = [
    ("span", {"start": 4, "end": 4, "label": "SYMPTOM"}),  # empty
    ("span", {"start": 0, "end": 4, "label": "SYMPTOM", "extra": 1}),  # unknown field
    ("span", {"start": 0, "end": 4}),  # no label
    ("span", {"start": 0, "end": 2**63, "label": "SYMPTOM"}),  # beyond 64 bits
    ("span", {"start": 0, "end": 4, "label": "NOPE"}),  # not in the schema
    ("box", {"x": 0, "y": 0, "w": 0, "h": 5, "label": "lesion"}),
    ("box", {"x": -1, "y": 0, "w": 1, "h": 5, "label": "lesion"}),
    ("box", {"x": MAX_COORD, "y": 0, "w": 1, "h": 5, "label": "lesion"}),
    ("box", {"x": 0, "y": 0, "w": 1, "h": 1, "label": "nodule"}),  # a region label
    ("box", {"x": 0, "y": 0, "w": 1.5, "h": 1, "label": "lesion"}),
    ("box", {"x": True, "y": 0, "w": 1, "h": 1, "label": "lesion"}),
    ("polygon", {"points": [[0, 0], [4, 0]], "label": "lesion"}),
    ("polygon", {"points": [[0, 0], [4, 0], [4, 4], [0, 0]], "label": "lesion"}),  # closed
    ("region", {"shape": "box", "points": [[3, 3], [1, 1]], "label": "nodule", "frame": 0}),
    ("region", {"shape": "circle", "points": [[1, 1], [3, 3]], "label": "nodule", "frame": 0}),
    ("region", {"shape": "box", "points": [[1, 1], [3, 3]], "label": "nodule"}),  # no frame
    ("class", {"labels": ["normal", "abnormal"]}),  # not multi-class
    ("class", {"labels": ["normal", "normal"]}),
    ("class", {"labels": ["other"]}),
    ("class", {"label": "normal", "labels": ["normal"]}),
    ("class", {"labels": [], "comment": "nul\x00byte"}),
    ("class", {"labels": [], "comment": "x" * 2001}),
    ("class", {"labels": [], "deleted": False}),
    ("text", {"label": "normal"}),
]


@pytest.mark.parametrize(("kind", "value"), VALID)
def test_valid_values_pass(kind: str, value: dict[str, Any]) -> None:
    check_label(kind, value, SCHEMA)


@pytest.mark.parametrize(("kind", "value"), INVALID)
def test_invalid_values_are_refused(kind: str, value: dict[str, Any]) -> None:
    with pytest.raises(LabelValueError) as refused:
        check_label(kind, value, SCHEMA)
    assert "\x00" not in refused.value.message
    assert "looked" not in refused.value.message


def test_a_kind_the_schema_does_not_offer_is_refused() -> None:
    schema = LabelSchema.from_json({"kinds": ["class"], "classes": ["a"]})
    with pytest.raises(LabelValueError, match="offers no box"):
        check_label("box", {"x": 0, "y": 0, "w": 1, "h": 1, "label": "box"}, schema)


def test_size_limit() -> None:
    points = [[i, i % 7] for i in range(1000)]
    value = {"points": points, "label": "lesion", "comment": "é" * 2000}
    check_label("polygon", value, SCHEMA)  # the largest valid value fits
    assert MAX_VALUE_BYTES >= 20_000


def test_versions_and_times_stay_in_range() -> None:
    label = LabelVersion("a", 2**31, "p", "s", "i", "u", "class", {"labels": []}, 0)
    with pytest.raises(LabelValueError, match="version"):
        check_label_version(label)
    nul = LabelVersion("a\x00", 1, "p", "s", "i", "u", "class", {"labels": []}, 0)
    with pytest.raises(LabelValueError, match="annotation_id"):
        check_label_version(nul)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=12,
)


@given(
    kind=st.sampled_from(["span", "box", "polygon", "region", "class", "x"]),
    value=st.dictionaries(
        st.sampled_from(
            [
                "start",
                "end",
                "label",
                "labels",
                "x",
                "y",
                "w",
                "h",
                "points",
                "shape",
                "frame",
                "comment",
                "deleted",
                "other",
            ]
        ),
        json_values,
        max_size=8,
    ),
)
def test_any_value_passes_or_is_refused_cleanly(kind: str, value: dict[str, Any]) -> None:
    with contextlib.suppress(LabelValueError):
        check_label(kind, value, SCHEMA)
