"""A `--schema` file is read strictly: a key the format does not define is refused by name
(docs/FORMATS.md §6.1); shards stay lenient so a newer server's additions still open."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import LabelSchemaError
from app.core.label_schema import CLASS_KEYS, LABEL_KEYS, LEGACY_KEYS, V1_KEYS, LabelSchema
from tests.core.test_label_schema import JSON, NEAR_VALID

NAMES = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=12)
V1 = st.fixed_dictionaries(
    {
        "version": st.just(1),
        "labels": st.lists(
            st.fixed_dictionaries(
                {"name": NAMES, "kind": st.sampled_from(["span", "box", "polygon", "region"])},
                optional={"color": st.sampled_from(["#E69F00", "#123abc"])},
            ),
            max_size=6,
            unique_by=lambda d: (d["name"], d["kind"]),
        ),
        "classes": st.lists(
            st.fixed_dictionaries({"name": NAMES}), max_size=4, unique_by=lambda d: d["name"]
        ),
    },
    optional={"multi_class": st.booleans()},
)
LEGACY = st.fixed_dictionaries(
    {},
    optional={
        "kinds": st.lists(st.sampled_from(["class", "span", "box", "polygon", "region"])),
        "classes": st.lists(NAMES, max_size=4, unique=True),
        "span_labels": st.lists(NAMES, max_size=4, unique=True),
        "box_labels": st.lists(NAMES, max_size=4, unique=True),
    },
)
# Keys a user might type by mistake (spelling, case, another tool's word) and any other text.
STRAY = st.sampled_from(["colour", "Name", "multiclass", "label", "hotkey", "type", ""]) | st.text(
    max_size=60
)


@given(JSON | NEAR_VALID)
@settings(max_examples=300)
def test_strict_reading_gives_a_schema_or_one_error(untrusted: Any) -> None:
    try:
        schema = LabelSchema.from_json(untrusted, strict=True)
    except LabelSchemaError as exc:
        message = exc.message
        assert message[0].isupper(), message
        assert message.endswith("."), message
        return
    # Whatever strict reading accepts, lenient reading reads the same way.
    assert LabelSchema.from_json(untrusted) == schema
    assert LabelSchema.from_json(schema.to_json(), strict=True) == schema


@given(schema=V1 | LEGACY, stray=STRAY, data=st.data())
@settings(max_examples=300)
def test_an_unknown_key_anywhere_is_refused_by_name(
    schema: dict[str, Any], stray: str, data: st.DataObject
) -> None:
    try:
        expected = LabelSchema.from_json(schema, strict=True)
    except LabelSchemaError:
        return  # e.g. more names than keys collide; not what this test is about
    places: list[tuple[dict[str, Any], tuple[str, ...]]] = [
        (schema, V1_KEYS if "version" in schema else LEGACY_KEYS)
    ]
    if "version" in schema:
        places += [(entry, LABEL_KEYS) for entry in schema["labels"]]
        places += [(entry, CLASS_KEYS) for entry in schema["classes"]]
    index = data.draw(st.integers(0, len(places) - 1))
    known = places[index][1]
    if stray in known:
        return
    spoiled = copy.deepcopy(schema)
    where = spoiled if index == 0 else None
    if where is None:  # the same entry in the copy
        entries = [*spoiled.get("labels", []), *spoiled.get("classes", [])]
        where = entries[index - 1]
    where[stray] = 1
    with pytest.raises(LabelSchemaError) as caught:
        LabelSchema.from_json(spoiled, strict=True)
    shown = stray if len(stray) <= 40 else stray[:40] + "..."
    assert repr(shown) in caught.value.message
    assert caught.value.message.endswith(".")
    # A shard's reader is lenient: the same object opens, as if the key were not there.
    if not (index == 0 and "version" not in schema and stray in V1_KEYS):
        assert LabelSchema.from_json(spoiled) == expected


def test_version_1_keys_without_a_version_say_to_add_it() -> None:
    with pytest.raises(LabelSchemaError, match='needs "version": 1; add it'):
        LabelSchema.from_json({"labels": [{"name": "lesion", "kind": "box"}]}, strict=True)
