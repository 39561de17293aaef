"""The label schema: version 1, the two older shapes migrating, and one error for the rest."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import LabelSchemaError, ShardManifestError
from app.core.label_schema import KEY_ORDER, PALETTE, RESERVED_KEYS, LabelSchema


def test_demo_shape_migrates() -> None:
    schema = LabelSchema.from_json(
        {"span_labels": ["SYMPTOM", "TIMEFRAME"], "classes": ["routine", "urgent"]}
    )
    assert [(d.name, d.kind, d.key) for d in schema.labels] == [
        ("SYMPTOM", "span", "1"),
        ("TIMEFRAME", "span", "2"),
    ]
    assert [(c.name, c.key) for c in schema.classes] == [("routine", "3"), ("urgent", "4")]
    assert not schema.multi_class


def test_harness_shape_migrates_to_one_label_per_kind() -> None:
    schema = LabelSchema.from_json({"kinds": ["class", "box"], "classes": ["a", "b"]})
    assert [(d.name, d.kind) for d in schema.labels] == [("box", "box")]
    assert [c.name for c in schema.classes] == ["a", "b"]


def test_empty_object_is_an_empty_schema() -> None:
    assert LabelSchema.from_json({}) == LabelSchema()


def test_version_1_keeps_explicit_keys_and_colours_and_fills_the_rest() -> None:
    schema = LabelSchema.from_json(
        {
            "version": 1,
            "labels": [
                {"name": "lesion", "kind": "box", "key": "1", "color": "#112233"},
                {"name": "lesion", "kind": "polygon"},
                {"name": "organ", "kind": "region", "key": "Q"},
            ],
            "classes": [{"name": "normal"}, {"name": "abnormal", "key": "2"}],
            "multi_class": True,
        }
    )
    assert [(d.kind, d.key, d.color) for d in schema.labels] == [
        ("box", "1", "#112233"),
        ("polygon", "3", PALETTE[1]),
        ("region", "q", PALETTE[2]),
    ]
    assert [(c.name, c.key) for c in schema.classes] == [("normal", "4"), ("abnormal", "2")]
    assert schema.multi_class
    assert LabelSchema.from_json(schema.to_json()) == schema
    assert schema.label_for_key("Q", "region") == schema.labels[2]
    assert schema.label_for_key("q", "box") is None
    assert schema.class_for_key("2") == schema.classes[1]


def test_keys_skip_the_tools_letters_and_run_out_quietly() -> None:
    names = [f"l{i}" for i in range(40)]
    schema = LabelSchema.from_json({"span_labels": names})
    keys = [d.key for d in schema.labels]
    assert keys[:9] == list("123456789")
    assert not RESERVED_KEYS & {k for k in keys if k}
    assert keys[len(KEY_ORDER) :] == [None] * (40 - len(KEY_ORDER))


@pytest.mark.parametrize(
    ("case", "schema"),
    [
        ("not an object", ["a"]),
        ("newer version", {"version": 2}),
        ("version not int", {"version": "1"}),
        ("unknown kind", {"version": 1, "labels": [{"name": "x", "kind": "cube"}]}),
        ("label not object", {"version": 1, "labels": ["x"]}),
        ("empty name", {"version": 1, "labels": [{"name": "", "kind": "span"}]}),
        ("long name", {"version": 1, "classes": [{"name": "x" * 65}]}),
        ("control char", {"version": 1, "classes": [{"name": "a\nb"}]}),
        ("outer space", {"version": 1, "classes": [{"name": " a"}]}),
        ("reserved key", {"version": 1, "classes": [{"name": "a", "key": "b"}]}),
        ("zero key", {"version": 1, "classes": [{"name": "a", "key": "0"}]}),
        ("two-char key", {"version": 1, "classes": [{"name": "a", "key": "12"}]}),
        (
            "duplicate key",
            {"version": 1, "classes": [{"name": "a", "key": "1"}, {"name": "b", "key": "1"}]},
        ),
        ("duplicate class", {"version": 1, "classes": [{"name": "a"}, {"name": "a"}]}),
        ("duplicate label", {"version": 1, "labels": [{"name": "a", "kind": "box"}] * 2}),
        ("bad colour", {"version": 1, "labels": [{"name": "a", "kind": "box", "color": "red"}]}),
        ("multi not bool", {"version": 1, "multi_class": 1}),
        ("labels not list", {"version": 1, "labels": {}}),
        ("too many", {"version": 1, "classes": [{"name": f"c{i}"} for i in range(201)]}),
        ("legacy kind", {"kinds": ["cube"]}),
        ("legacy name", {"span_labels": [3]}),
    ],
)
def test_malformed_schema_is_one_error(case: str, schema: Any) -> None:
    with pytest.raises(LabelSchemaError) as caught:
        LabelSchema.from_json(schema)
    assert isinstance(caught.value, ShardManifestError)
    assert caught.value.exit_code == 10
    message = caught.value.message
    assert message[0].isupper()
    assert message.endswith(".")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = st.sampled_from(["name", "kind", "key", "color", "x"])
ENTRY = st.dictionaries(
    FIELDS, st.none() | st.sampled_from(["span", "box", "1", "b", "#ABCDEF", "a", ""]) | JSON
)
NEAR_VALID = st.fixed_dictionaries(
    {},
    optional={
        "version": st.sampled_from([1, 2, 0, "1", True]),
        "labels": st.lists(ENTRY, max_size=5) | JSON,
        "classes": st.lists(ENTRY, max_size=5) | JSON,
        "multi_class": st.booleans() | JSON,
        "span_labels": st.lists(st.text(max_size=5), max_size=4) | JSON,
        "kinds": st.lists(st.sampled_from(["class", "box", "span", "cube"]), max_size=4) | JSON,
    },
)


@given(JSON | NEAR_VALID)
def test_any_json_gives_a_schema_or_one_error(untrusted: Any) -> None:
    try:
        schema = LabelSchema.from_json(untrusted)
    except LabelSchemaError:
        return
    assert LabelSchema.from_json(schema.to_json()) == schema
    keys = [k for k in [*(d.key for d in schema.labels), *(c.key for c in schema.classes)] if k]
    assert len(keys) == len(set(keys))
