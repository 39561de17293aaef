"""A lead's view of one item without Qt: each annotator's labels as a layer, the layers'
colours, which layers are shown (keys 1..9 toggle one, 0 shows all), and the elements each
layer draws (text spans, boxes, polygons, DICOM regions, item classes).

The layers come from the server (`GET /v1/review/items/{id}/labels`, docs in the issue 12
contract); a malformed entry is dropped, never shown, and the rest stays usable. Annotators
are whatever the server calls them (pseudonyms "A1".. unless the project says otherwise).
A label imported from another tool (Label Studio) carries `imported` (its origin:
annotation or prediction); a layer of imported labels is named "A3 (imported)" in the
legend and the diff list, so a lead never takes it for an annotator's own work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from app.core.encoding import JsonObject
from app.ui.models.geometry import Shape, parse_shape
from app.ui.models.labeling import class_names
from app.ui.models.text_spans import Span, parse_span

# Okabe-Ito's colour-blind-safe set, then a purple and a grey: nine layers, keys 1..9.
LAYER_COLOURS: Final = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00",
    "#56B4E9", "#F0E442", "#7B3294", "#8C8C8C",
)  # fmt: skip
MAX_KEYED_LAYERS: Final = 9
SHAPE_KINDS: Final = ("box", "polygon", "region")


def layer_colour(colour_index: int) -> str:
    """The colour of a layer: the server's stable index per annotator, wrapped round."""
    return LAYER_COLOURS[colour_index % len(LAYER_COLOURS)]


@dataclass(frozen=True)
class LayerLabel:
    annotation_id: str
    version: int
    kind: str
    value: JsonObject
    value_sha256: str
    imported: str | None = None  # its origin (annotation | prediction) when imported


@dataclass(frozen=True)
class Layer:
    annotator: str
    colour_index: int
    labels: tuple[LayerLabel, ...]

    @property
    def colour(self) -> str:
        return layer_colour(self.colour_index)

    @property
    def name(self) -> str:
        """The annotator, marked when the layer holds imported labels."""
        origins = sorted({v.imported for v in self.labels if v.imported is not None})
        if not origins:
            return self.annotator
        what = "imported prediction" if origins == ["prediction"] else "imported"
        return f"{self.annotator} ({what})"

    def spans(self, text_len: int) -> list[Span]:
        found = [parse_span(v.annotation_id, v.value, text_len) for v in self.of("span")]
        return sorted((s for s in found if s is not None), key=lambda s: (s.start, -s.end))

    def shapes(self) -> list[Shape]:
        found = [parse_shape(v.annotation_id, v.kind, v.value) for v in self.of(*SHAPE_KINDS)]
        return [s for s in found if s is not None]

    def classes(self) -> list[str]:
        names: list[str] = []
        for v in self.of("class"):
            names.extend(n for n in class_names(v.value) if n not in names)
        return names

    def of(self, *kinds: str) -> list[LayerLabel]:
        return [v for v in self.labels if v.kind in kinds]

    def label(self, annotation_id: str) -> LayerLabel | None:
        return next((v for v in self.labels if v.annotation_id == annotation_id), None)


@dataclass(frozen=True)
class ItemLayers:
    item_id: str
    layers: tuple[Layer, ...]
    gold: bool = False


def _label(raw: Any) -> LayerLabel | None:
    if not isinstance(raw, dict):
        return None
    aid, version, kind = raw.get("annotation_id"), raw.get("version"), raw.get("kind")
    value, digest = raw.get("value"), raw.get("value_sha256", "")
    if not (isinstance(aid, str) and isinstance(kind, str) and isinstance(value, dict)):
        return None
    if not (isinstance(version, int) and not isinstance(version, bool)):
        return None
    if value.get("deleted") is True:
        return None
    imported = raw.get("imported")
    origin = imported.get("origin") if isinstance(imported, dict) else None
    if imported is not None and not isinstance(origin, str):
        origin = "annotation"  # imported, origin unreadable: still marked as imported
    digest = digest if isinstance(digest, str) else ""
    return LayerLabel(aid, version, kind, value, digest, origin)


def parse_item_layers(body: Any) -> ItemLayers:
    """The server's answer, keeping what is well formed (an empty item when nothing is)."""
    if not isinstance(body, dict):
        return ItemLayers("", ())
    layers = []
    raw_layers = body.get("layers")
    for i, raw in enumerate(raw_layers if isinstance(raw_layers, list) else []):
        if not isinstance(raw, dict) or not isinstance(raw.get("annotator"), str):
            continue
        index = raw.get("colour_index")
        index = index if isinstance(index, int) and not isinstance(index, bool) else i
        raw_labels = raw.get("labels")
        labels = [_label(v) for v in (raw_labels if isinstance(raw_labels, list) else [])]
        layers.append(
            Layer(raw["annotator"], max(0, index), tuple(v for v in labels if v is not None))
        )
    item_id = body.get("item_id")
    return ItemLayers(
        item_id if isinstance(item_id, str) else "", tuple(layers), body.get("gold") is True
    )


@dataclass
class LayerVisibility:
    """Which layers are shown. Key n (1..9) toggles layer n; 0 shows every layer."""

    count: int
    hidden: set[int] = field(default_factory=set)

    def press(self, key: int) -> bool:
        """Apply a digit key; False when it names no layer (nothing changes)."""
        if key == 0:
            self.hidden.clear()
            return True
        index = key - 1
        if not (0 <= index < min(self.count, MAX_KEYED_LAYERS)):
            return False
        self.hidden.symmetric_difference_update({index})
        return True

    def is_shown(self, index: int) -> bool:
        return 0 <= index < self.count and index not in self.hidden

    def shown(self) -> list[int]:
        return [i for i in range(self.count) if i not in self.hidden]


def legend(layers: Sequence[Layer], visibility: LayerVisibility) -> list[tuple[str, str, str]]:
    """(key, annotator, colour) per layer, key '' past nine; hidden layers say so."""
    rows = []
    for i, layer in enumerate(layers):
        key = str(i + 1) if i < MAX_KEYED_LAYERS else ""
        name = layer.name if visibility.is_shown(i) else f"{layer.name} (hidden)"
        rows.append((key, name, layer.colour))
    return rows
