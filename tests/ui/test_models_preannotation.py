"""Pre-annotations from a shard item's meta: outside input, checked against the schema
before the window shows any of it; what cannot be used is counted, never shown."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.label_schema import LabelSchema
from app.core.label_values import check_label
from app.ui.models.preannotation import NOTE, suggestions

SCHEMA = LabelSchema.from_json(
    {"version": 1, "labels": [{"name": "Drug", "kind": "span"}, {"name": "lesion", "kind": "box"}],
     "classes": [{"name": "routine"}, {"name": "urgent"}]}
)  # fmt: skip


def test_valid_entries_are_kept_and_the_rest_counted() -> None:
    meta = {"preannotations": [
        {"kind": "span", "value": {"start": 0, "end": 4, "label": "Drug"}},
        {"kind": "span", "value": {"start": 0, "end": 4, "label": "Drug"}},  # a duplicate
        {"kind": "span", "value": {"start": 3, "end": 99, "label": "Drug"}},  # past the text
        {"kind": "span", "value": {"start": 0, "end": 2, "label": "Unknown"}},  # not in schema
        {"kind": "box", "value": {"x": 0, "y": 0, "w": 2, "h": 2, "label": "lesion"}},  # not text
        {"kind": "class", "value": {"labels": ["urgent"], "comment": "from elsewhere"}},
        {"kind": "class", "value": {"labels": ["routine"]}},  # one class value per item
        "garbage", {"kind": 5},
    ]}  # fmt: skip
    found = suggestions(meta, SCHEMA, ("span",), text_len=10)
    assert found.labels == [
        ("span", {"start": 0, "end": 4, "label": "Drug"}),
        ("class", {"labels": ["urgent"]}),  # a comment is never pre-filled
    ]
    assert found.skipped == 6
    assert found.note() == f"{NOTE} 2 suggested (6 could not be used)."
    assert suggestions({}, SCHEMA, ("span",)).labels == []
    assert suggestions({"preannotations": "x"}, SCHEMA, ("span",)).skipped == 1


@settings(max_examples=300, deadline=None)
@given(meta=st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["preannotations", "kind", "value", "start", "end",
                                       "label", "labels", "x", "y", "w", "h"]), inner,
                      max_size=5),
    max_leaves=25,
))  # fmt: skip
def test_any_meta_gives_only_valid_suggestions(meta: Any) -> None:
    found = suggestions(meta, SCHEMA, ("span", "box"), text_len=20)
    for kind, value in found.labels:
        check_label(kind, value, SCHEMA)
    assert found.skipped >= 0
