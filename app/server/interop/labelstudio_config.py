"""A Label Studio labeling config (XML) and the Cleanroom label schema derived from it.

The config is outside input (a file a steward hands us): it is parsed with defusedxml, which
refuses entity declarations, external entities and DTDs, so that a config cannot read local
files or expand into gigabytes. The parse gives either a checked `LabelingConfig` or one
`LabelStudioError` naming the tag at fault and what to do.

What Cleanroom supports (one object tag per config: a task is one Cleanroom item):
- objects: `<Text name value="$key">` (text items), `<Image name value="$key">` (images);
- controls: `<Labels>` on a Text (spans), `<Choices>` (item classes; `choice="multiple"` or
  several Choices make the schema multi-class), `<RectangleLabels>` / `<PolygonLabels>` on an
  Image (boxes / polygons with a label each), `<Rectangle>` / `<Polygon>` without labels (one
  label named after the control);
- layout tags that hold no data: View, Header, Style, Filter, Collapse, Text-free markup.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # types and ParseError; defusedxml does the parsing
from dataclasses import dataclass
from typing import Final

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from app.core.encoding import JsonObject
from app.core.errors import LabelSchemaError
from app.core.label_schema import MAX_NAME_LEN, LabelSchema
from app.server.errors import LabelStudioError

MAX_CONFIG_BYTES: Final = 256 * 1024
OBJECT_TAGS: Final = {"Text": "text", "Image": "image"}  # tag -> Cleanroom item kind
# control tag -> (Cleanroom label kind, LS result type, LS value key of the label names)
CONTROL_TAGS: Final = {
    "Labels": ("span", "labels", "labels"),
    "Choices": ("class", "choices", "choices"),
    "RectangleLabels": ("box", "rectanglelabels", "rectanglelabels"),
    "PolygonLabels": ("polygon", "polygonlabels", "polygonlabels"),
    "Rectangle": ("box", "rectangle", ""),
    "Polygon": ("polygon", "polygon", ""),
}
CHILD_TAGS: Final = {"Label", "Choice"}
LAYOUT_TAGS: Final = {"View", "Header", "Style", "Filter", "Collapse", "Panel", "Block"}
SUPPORTED: Final = "Text or Image with Labels, Choices, RectangleLabels or PolygonLabels"
# Which control fits which object: spans on text, shapes on images, choices on either.
FITS: Final = {
    "span": {"text"},
    "class": {"text", "image"},
    "box": {"image"},
    "polygon": {"image"},
}


@dataclass(frozen=True)
class Control:
    """One control tag: its name (`from_name`), its object (`to_name`) and its labels."""

    tag: str
    name: str
    to_name: str
    kind: str  # Cleanroom label kind: span | class | box | polygon
    result_type: str  # Label Studio result type
    value_key: str  # key of the label names in the result value ("" for Rectangle/Polygon)
    labels: tuple[str, ...]
    multiple: bool = False


@dataclass(frozen=True)
class LabelingConfig:
    """The checked config: its one object and its controls, and the XML as given."""

    xml: str
    object_tag: str
    object_name: str
    data_key: str  # the task `data` key the object reads (`$text` -> "text")
    item_kind: str  # text | image
    controls: tuple[Control, ...]

    def control_for(self, kind: str, label: str) -> Control | None:
        """The control whose results carry `label` of `kind`."""
        return next((c for c in self.controls if c.kind == kind and label in c.labels), None)

    def schema(self) -> JsonObject:
        """The Cleanroom label schema (app/core/label_schema.py version 1)."""
        labels: list[JsonObject] = []
        classes: list[JsonObject] = []
        for control in self.controls:
            for name in control.labels:
                if control.kind == "class":
                    classes.append({"name": name})
                else:
                    labels.append({"name": name, "kind": control.kind})
        choices = [c for c in self.controls if c.kind == "class"]
        multi = len(choices) > 1 or any(c.multiple for c in choices)
        return {"version": 1, "labels": labels, "classes": classes, "multi_class": multi}


def _fail(message: str) -> LabelStudioError:
    return LabelStudioError(message)


def _attr(element: ET.Element, name: str, tag: str) -> str:
    value = element.get(name)
    if not value:
        raise _fail(f"The labeling config's <{tag}> has no {name!r} attribute; add it.")
    return value


def _label_name(raw: str, tag: str) -> str:
    if not raw or len(raw) > MAX_NAME_LEN or raw != raw.strip() or not raw.isprintable():
        raise _fail(
            f"A <{tag}> value in the labeling config is empty, longer than {MAX_NAME_LEN} "
            "characters or has control characters or outer spaces; rename it."
        )
    return raw


def parse_labeling_config(raw: bytes | str) -> LabelingConfig:
    """Check a Label Studio labeling config; raise LabelStudioError naming the fault."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_CONFIG_BYTES:
            raise _fail("The labeling config is over 256 KiB; shorten it.")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _fail("The labeling config is not UTF-8 text; save it as UTF-8.") from None
    else:
        text = raw
    if len(text) > MAX_CONFIG_BYTES:
        raise _fail("The labeling config is over 256 KiB; shorten it.")
    try:
        root = fromstring(text, forbid_dtd=True)
    except DefusedXmlException:
        raise _fail(
            "The labeling config declares a DTD or entities, which Cleanroom never expands; "
            "remove them."
        ) from None
    except (ET.ParseError, ValueError, RecursionError):
        raise _fail("The labeling config is not well-formed XML; fix it in Label Studio.") from None
    if root.tag != "View":
        raise _fail("The labeling config's outer tag is not <View>; wrap it in <View>.")
    objects: list[tuple[str, str, str]] = []  # (tag, name, data key)
    found: list[tuple[ET.Element, list[str]]] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in LAYOUT_TAGS or tag in CHILD_TAGS:
            continue
        if tag in OBJECT_TAGS:
            value = _attr(element, "value", tag)
            if not value.startswith("$") or not value[1:].isidentifier():
                raise _fail(
                    f"The labeling config's <{tag}> value is not a task field like $text; fix it."
                )
            objects.append((tag, _attr(element, "name", tag), value[1:]))
        elif tag in CONTROL_TAGS:
            names = [
                _label_name(child.get("value", ""), child.tag)
                for child in element
                if child.tag in CHILD_TAGS
            ]
            found.append((element, names))
        else:
            shown = tag[:40] if tag.isprintable() else "?"
            raise _fail(
                f"The labeling config uses <{shown}>, which Cleanroom does not support; "
                f"remove it and use {SUPPORTED}."
            )
    if len(objects) != 1:
        raise _fail(
            f"The labeling config has {len(objects)} Text/Image tags; Cleanroom needs exactly "
            "one per project (one item per task)."
        )
    object_tag, object_name, data_key = objects[0]
    item_kind = OBJECT_TAGS[object_tag]
    controls: list[Control] = []
    for element, names in found:
        tag = element.tag
        kind, result_type, value_key = CONTROL_TAGS[tag]
        name = _attr(element, "name", tag)
        to_name = _attr(element, "toName", tag)
        if to_name != object_name:
            raise _fail(
                f"The labeling config's <{tag} name={name[:40]!r}> points at "
                f"{to_name[:40]!r}, not at the <{object_tag}>; fix its toName."
            )
        if item_kind not in FITS[kind]:
            raise _fail(
                f"The labeling config puts <{tag}> on an <{object_tag}>, which Cleanroom "
                f"cannot label; use {SUPPORTED}."
            )
        if value_key == "":
            labels = [_label_name(name, tag)]  # an unlabelled shape: its label is the control
        elif names:
            labels = names
        else:
            raise _fail(f"The labeling config's <{tag}> lists no labels; add some.")
        multiple = element.get("choice") == "multiple"
        controls.append(
            Control(tag, name, to_name, kind, result_type, value_key, tuple(labels), multiple)
        )
    if not controls:
        raise _fail(f"The labeling config has no control tags; add one of {SUPPORTED}.")
    if len({c.name for c in controls}) != len(controls):
        raise _fail("Two controls of the labeling config share a name; rename one.")
    config = LabelingConfig(text, object_tag, object_name, data_key, item_kind, tuple(controls))
    try:
        LabelSchema.from_json(config.schema())
    except LabelSchemaError:
        raise _fail(
            "The labeling config repeats a label within one kind or a choice, or has over "
            "200; give each label one control."
        ) from None
    return config
