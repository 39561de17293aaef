"""The Label Studio readers take outside input: any labeling config gives a config or one
LabelStudioError; any JSON or JSON_MIN export gives tasks and results or refusals with a
reason, and every converted value passes Cleanroom's own label check."""

from __future__ import annotations

import contextlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.label_schema import LabelSchema
from app.core.label_values import check_label
from app.redaction.geometry import ItemGeometry
from app.server.errors import LabelStudioError
from app.server.interop.crop_map import to_stored
from app.server.interop.labelstudio_config import parse_labeling_config
from app.server.interop.labelstudio_import import remap_span
from app.server.interop.labelstudio_parse import (
    convert,
    cp_to_utf16,
    load_export,
    parse_tasks,
    utf16_to_cp,
)

TEXT = parse_labeling_config(
    '<View><Text name="text" value="$text"/><Labels name="ner" toName="text">'
    '<Label value="A"/><Label value="B"/></Labels><Choices name="c" toName="text" '
    'choice="multiple"><Choice value="x"/><Choice value="y"/></Choices></View>'
)
IMAGE = parse_labeling_config(
    '<View><Image name="img" value="$image"/><RectangleLabels name="box" toName="img">'
    '<Label value="R"/></RectangleLabels><PolygonLabels name="poly" toName="img">'
    '<Label value="P"/></PolygonLabels><Rectangle name="plain" toName="img"/></View>'
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 300) | st.floats(allow_nan=True)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=16,
)  # fmt: skip
numbers = st.integers(-10, 120) | st.floats(-10, 120, allow_nan=False)
label_value = st.fixed_dictionaries(
    {},
    optional={
        "start": st.integers(-2, 40), "end": st.integers(-2, 40), "x": numbers, "y": numbers,
        "width": numbers, "height": numbers, "rotation": st.sampled_from([0, 0.0, 30]),
        "points": st.lists(st.lists(numbers, min_size=1, max_size=3), max_size=6),
        "labels": st.lists(st.sampled_from(["A", "B", "Z", 3]), max_size=3),
        "choices": st.lists(st.sampled_from(["x", "y", "q"]), max_size=3),
        "rectanglelabels": st.lists(st.sampled_from(["R", "Q"]), max_size=2),
        "polygonlabels": st.lists(st.sampled_from(["P"]), max_size=2),
    },
)  # fmt: skip
results = st.fixed_dictionaries(
    {"from_name": st.sampled_from(["ner", "c", "box", "poly", "plain", "nope"]),
     "value": label_value | json_values},
    optional={"type": st.text(max_size=8), "to_name": st.text(max_size=5)},
)  # fmt: skip
json_tasks = st.lists(
    st.fixed_dictionaries(
        {"data": st.dictionaries(st.sampled_from(["text", "image"]), json_values, max_size=2)
         | json_values},
        optional={
            "id": json_values,
            "annotations": st.lists(
                st.fixed_dictionaries({"result": st.lists(results, max_size=4) | json_values},
                                      optional={"completed_by": json_values,
                                                "was_cancelled": st.booleans()})
                | json_values, max_size=3),
            "predictions": st.lists(
                st.fixed_dictionaries({"result": st.lists(results, max_size=3)},
                                      optional={"model_version": json_values}), max_size=2),
        },
    ),
    max_size=4,
)  # fmt: skip
min_rows = st.lists(
    st.dictionaries(
        st.sampled_from(["id", "text", "image", "annotator", "ner", "c", "box", "poly"]),
        json_values | st.lists(label_value, max_size=3) | label_value,
        max_size=6,
    ),
    min_size=1,
    max_size=4,
)
configs = st.text(max_size=300) | st.builds(
    lambda tags, inner: f"<View>{''.join(f'<{t} {inner}/>' for t in tags)}</View>",
    st.lists(st.sampled_from(["Text", "Image", "Labels", "Choices", "RectangleLabels",
                              "PolygonLabels", "Rectangle", "Label", "Audio", "View"]),
             max_size=5),
    st.sampled_from(['name="t" value="$text"', 'name="a" toName="t"', 'value="x"', ""]),
)  # fmt: skip


@given(configs)
@settings(max_examples=300, deadline=None)
def test_any_labeling_config_gives_a_config_or_one_clear_error(raw: str) -> None:
    try:
        config = parse_labeling_config(raw)
    except LabelStudioError as exc:
        message = exc.message
    else:
        LabelSchema.from_json(config.schema())
        return
    assert message.endswith(".")


@given(st.binary(max_size=300))
@settings(max_examples=200, deadline=None)
def test_any_config_bytes_give_a_config_or_one_clear_error(raw: bytes) -> None:
    with contextlib.suppress(LabelStudioError):
        parse_labeling_config(raw)


def check_converted(tasks: list[object], text: str) -> None:
    for config, size in ((TEXT, None), (IMAGE, (64, 48))):
        _fmt, parsed = parse_tasks(tasks, config)
        schema = LabelSchema.from_json(config.schema())
        for task in parsed:
            assert task.refused is None or task.refused.endswith(".")
            for annotation in task.annotations:
                out = convert(annotation, config, text=text, size=size)
                for kind, value in out.labels:
                    check_label(kind, value, schema)


@given(json_tasks, st.text(max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_json_export_gives_tasks_and_valid_labels(tasks: list[object], text: str) -> None:
    check_converted(tasks, text)


@given(min_rows, st.text(max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_json_min_export_gives_tasks_and_valid_labels(rows: list[object], text: str) -> None:
    check_converted(rows, text)


@given(st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
@settings(max_examples=200, deadline=None)
def test_any_export_bytes_load_or_give_one_clear_error(raw: bytes) -> None:
    message = "."
    try:
        parse_tasks(load_export(raw), TEXT)
    except LabelStudioError as exc:
        message = exc.message
    assert message.endswith(".")


@given(st.text(max_size=20), st.data())
@settings(max_examples=200, deadline=None)
def test_utf16_offsets_convert_both_ways(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assert utf16_to_cp(text, cp_to_utf16(text, offset)) == offset


@given(st.lists(st.tuples(st.integers(1, 6), st.integers(1, 6), st.integers(1, 6)), max_size=4),
       st.data())  # fmt: skip
@settings(max_examples=300, deadline=None)
def test_remapped_spans_stay_in_order_and_never_cut_a_placeholder(
    pieces: list[tuple[int, int, int]], data: st.DataObject
) -> None:
    # (kept text before, masked value length, placeholder length) for each replacement
    offsets, original = [], 0
    redacted = 0
    for gap, masked, placeholder in pieces:
        original += gap
        redacted += gap
        offsets.append((original, original + masked, redacted, redacted + placeholder))
        original += masked
        redacted += placeholder
    original += 3
    redacted += 3
    start = data.draw(st.integers(0, original - 1))
    end = data.draw(st.integers(start + 1, original))
    new_start, new_end, touched = remap_span(start, end, tuple(offsets))
    assert 0 <= new_start < new_end <= redacted
    for a, b, na, nb in offsets:
        assert not na < new_start < nb  # never inside a placeholder
        assert not na < new_end < nb
        assert touched or not (a < end and b > start)


_coord = st.integers(min_value=0, max_value=60)


@settings(max_examples=300, deadline=None)
@given(
    crop=st.tuples(_coord, _coord, _coord, _coord),
    box=st.tuples(_coord, _coord, st.integers(1, 60), st.integers(1, 60)),
    points=st.lists(st.tuples(_coord, _coord), min_size=3, max_size=8),
)
def test_shapes_mapped_onto_a_crop_stay_on_it_and_are_valid(
    crop: tuple[int, int, int, int],
    box: tuple[int, int, int, int],
    points: list[tuple[int, int]],
) -> None:
    left, top = min(crop[0], crop[2]), min(crop[1], crop[3])
    right, bottom = max(crop[0], crop[2]) + 1, max(crop[1], crop[3]) + 1
    geometry = ItemGeometry.cropped((62, 62), (left, top, right, bottom))
    shapes = [
        ("box", {"x": box[0], "y": box[1], "w": box[2], "h": box[3], "label": "a"}),
        ("polygon", {"points": [list(p) for p in points], "label": "a"}),
    ]
    for kind, value in shapes:
        mapped = to_stored(kind, value, geometry)
        if mapped.value is None:
            assert mapped.why
            continue
        check_label(kind, mapped.value)
        if kind == "box":
            v = mapped.value
            assert min(v["x"], v["y"]) >= 0
            assert v["x"] + v["w"] <= geometry.width
            assert v["y"] + v["h"] <= geometry.height
        else:
            assert all(
                0 <= x <= geometry.width and 0 <= y <= geometry.height
                for x, y in mapped.value["points"]
            )
