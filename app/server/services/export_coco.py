"""The COCO export (`export --format coco`): final box, polygon and region labels as a COCO
object-detection file that pycocotools, Detectron2-style loaders and Label Studio's COCO
converter read (docs/FORMATS.md, "COCO export").

- `images`: one per image item, one per frame of a DICOM item (`file_name`
  `<item id>/frame-0003`), integer ids, `width`/`height` of the ORIGINAL image (before the
  ingest crop), and a `cleanroom` extension naming the item (and frame).
- `annotations`: integer ids, `bbox` [x, y, w, h] and `segmentation` (the polygon, or the box
  as a 4-point polygon so `annToMask` works) in original-image pixels, `area`, `iscrowd` 0.
- `categories`: every box, polygon and region label of the project's schema, in schema order
  (ids 1, 2, ... stay the same between exports), even those no annotation uses; names a
  label uses that the schema does not know come after them.

Labels are drawn on the stored (cropped) pixels; the item's coordinate record
(app/redaction/geometry.py, kept at ingest) maps them back. Nothing is dropped silently:
every label that is not exported is counted under a reason, and each reason becomes one
warning line of the manifest and the CLI output (counts only, never content).
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy.orm import Session

from app.core.errors import CleanroomError
from app.core.label_schema import LabelSchema
from app.core.label_values import check_label
from app.redaction.geometry import ItemGeometry, Number
from app.server.models import Item, ItemGeometryRow, Label, Project

SHAPE_KINDS: Final = ("box", "polygon", "region")
# Why a label is not in the file: reason -> the warning's sentence after its count.
REASONS: Final = {
    "span": "span labels are text spans, which COCO cannot hold; export jsonl for them.",
    "class": "class labels are item classes, which COCO cannot hold; export jsonl for them.",
    "not_image": "labels are on items that are not images or DICOM; export jsonl for them.",
    "frame": "labels name a frame the item does not have; check them in review.",
    "malformed": "labels are not a valid box, polygon or region; check them in review.",
    "no_area": "polygons enclose no area (all points on one line); redraw them.",
    "no_size": "labels are on items whose image size cannot be read; ingest those items again.",
}  # fmt: skip


@dataclass
class CocoExport:
    """The COCO document and what did not go into it."""

    document: dict[str, Any]
    not_exported: Counter[str] = field(default_factory=Counter)
    stored_coordinates: int = 0  # exported labels on items without a coordinate record
    unrecorded_items: int = 0
    unknown_categories: int = 0
    schema_unreadable: bool = False
    deleted: int = 0

    def counts(self) -> dict[str, Any]:
        """For the signed manifest: integers only."""
        return {
            "images": len(self.document["images"]),
            "annotations": len(self.document["annotations"]),
            "categories": len(self.document["categories"]),
            "not_exported": dict(sorted(self.not_exported.items())),
            "stored_coordinates": self.stored_coordinates,
            "deleted": self.deleted,
        }

    def warnings(self) -> list[str]:
        lines = [
            f"{count} {REASONS[reason]}"
            for reason, count in sorted(self.not_exported.items())
            if count
        ]
        if self.stored_coordinates:
            lines.append(
                f"{self.stored_coordinates} labels on {self.unrecorded_items} items ingested "
                "before crops were recorded are in the stored (possibly cropped) image's "
                "pixels, not the original's; ingest those items again to map them back."
            )
        if self.unknown_categories:
            lines.append(
                f"{self.unknown_categories} labels use a name the project's schema does not "
                "define; they are exported under extra categories after the schema's."
            )
        if self.schema_unreadable:
            lines.append(
                "The project's label schema does not parse; categories come from the labels "
                "only. Fix the schema."
            )
        return lines


@dataclass(frozen=True)
class _Image:
    item_id: str
    kind: str
    frames: int  # 1 for an image item
    geometry: ItemGeometry
    recorded: bool  # False: no coordinate record, the identity is assumed


def coco_export(db: Session, project: Project, labels: list[Label]) -> CocoExport:
    """The COCO document of `labels` (the final labels of `project`)."""
    result = CocoExport(document={})
    images, sizeless = _images(db, project.id)
    categories = _categories(project, labels, result)
    image_ids: dict[tuple[str, int], int] = {}
    coco_images: list[dict[str, Any]] = []
    for item in images.values():
        for frame in range(item.frames):
            image_ids[item.item_id, frame] = len(coco_images) + 1
            extension: dict[str, Any] = {"item_id": item.item_id}
            name = item.item_id
            if item.kind == "dicom":
                name, extension["frame"] = f"{item.item_id}/frame-{frame:04d}", frame
            extension["coordinates"] = "original" if item.recorded else "stored"
            coco_images.append(
                {"id": len(coco_images) + 1, "file_name": name,
                 "width": item.geometry.original_width, "height": item.geometry.original_height,
                 "cleanroom": extension}
            )  # fmt: skip
    annotations: list[dict[str, Any]] = []
    unrecorded: set[str] = set()
    for row in sorted(labels, key=lambda r: (r.item_id, r.annotation_id, r.user_id)):
        value = row.value if isinstance(row.value, dict) else {}
        if value.get("deleted") is True:
            result.deleted += 1
            continue
        if row.kind in ("span", "class"):
            result.not_exported[row.kind] += 1
            continue
        if row.kind not in SHAPE_KINDS:
            result.not_exported["malformed"] += 1
            continue
        target = images.get(row.item_id)
        if target is None:
            result.not_exported["no_size" if row.item_id in sizeless else "not_image"] += 1
            continue
        try:
            check_label(row.kind, value)
        except CleanroomError:
            result.not_exported["malformed"] += 1
            continue
        frame = value.get("frame", 0) if target.kind == "dicom" else 0
        on_image = target.kind == "image" and value.get("frame", 0) != 0
        if on_image or (target.item_id, frame) not in image_ids:
            result.not_exported["frame"] += 1
            continue
        points = _outline(row.kind, value)
        mapped = [target.geometry.to_original(x, y) for x, y in points]
        area = _polygon_area(mapped)
        if area == 0:
            result.not_exported["no_area"] += 1
            continue
        xs, ys = [p[0] for p in mapped], [p[1] for p in mapped]
        x0, y0 = min(xs), min(ys)
        annotations.append(
            {"id": len(annotations) + 1, "image_id": image_ids[target.item_id, frame],
             "category_id": categories[str(value["label"])],
             "bbox": [x0, y0, max(xs) - x0, max(ys) - y0], "area": area, "iscrowd": 0,
             "segmentation": [[c for point in mapped for c in point]],
             "cleanroom": {"annotation_id": row.annotation_id, "version": row.version,
                           "kind": row.kind}}
        )  # fmt: skip
        if not target.recorded:
            result.stored_coordinates += 1
            unrecorded.add(target.item_id)
    result.unrecorded_items = len(unrecorded)
    result.document = {
        "info": {"description": "Cleanroom final labels", "coordinates": "original image pixels"},
        "licenses": [],
        "images": coco_images,
        "annotations": annotations,
        "categories": [
            {"id": cid, "name": name, "supercategory": "label"} for name, cid in categories.items()
        ],
    }
    return result


# --- items -------------------------------------------------------------------------------


def _images(db: Session, project_id: str) -> tuple[dict[str, _Image], set[str]]:
    """The project's image and DICOM items with their geometry, by item id (sorted), and the
    ids of those whose size cannot be read. The item bytes are read (and unsealed) only for
    items whose size neither a coordinate record nor the meta holds."""
    records = {
        row.item_id: row.geometry
        for row in db.query(ItemGeometryRow)
        .join(Item, Item.id == ItemGeometryRow.item_id)
        .filter(Item.project_id == project_id)
    }
    out: dict[str, _Image] = {}
    sizeless: set[str] = set()
    rows = (
        db.query(Item.id, Item.kind, Item.meta)
        .filter(Item.project_id == project_id, Item.kind.in_(("image", "dicom")))
        .order_by(Item.id)
    )
    for item_id, kind, stored_meta in rows:
        meta = stored_meta if isinstance(stored_meta, dict) else {}
        frames = _int(meta.get("frames"), 1) if kind == "dicom" else 1
        geometry: ItemGeometry | None = None
        if item_id in records:
            try:
                geometry = ItemGeometry.from_json(records[item_id])
            except CleanroomError:
                geometry = None
        recorded = geometry is not None
        if geometry is None:
            size = _meta_size(kind, meta) or _decoded_size(db, item_id, kind)
            if size is None:
                sizeless.add(item_id)
                continue
            geometry = ItemGeometry.uncropped(*size)
            # An item whose meta says it was not cropped is exact without a record.
            recorded = meta.get("cropped") is False
        out[item_id] = _Image(item_id, kind, frames, geometry, recorded)
    return out, sizeless


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _meta_size(kind: str, meta: dict[str, Any]) -> tuple[int, int] | None:
    keys = ("width", "height") if kind == "image" else ("columns", "rows")
    w, h = _int(meta.get(keys[0]), 0), _int(meta.get(keys[1]), 0)
    return (w, h) if w > 0 and h > 0 else None


def _decoded_size(db: Session, item_id: str, kind: str) -> tuple[int, int] | None:
    """Width and height from the stored bytes (items stored without them in their meta,
    such as `ingest --no-redaction` ones)."""
    item = db.get(Item, item_id)
    if item is None:
        return None
    try:
        if kind == "image":
            from PIL import Image  # noqa: PLC0415

            with Image.open(io.BytesIO(item.data)) as img:
                w, h = img.size
        else:
            from app.redaction.dicom import read_dicom  # noqa: PLC0415

            ds = read_dicom(item.data)
            w, h = int(ds.get("Columns", 0) or 0), int(ds.get("Rows", 0) or 0)
    except Exception:  # any decoder fault means "size unknown": counted, never raised
        return None
    return (w, h) if w > 0 and h > 0 else None


# --- categories and shapes ----------------------------------------------------------------


def _categories(project: Project, labels: Iterable[Label], result: CocoExport) -> dict[str, int]:
    """name -> id: the schema's box, polygon and region labels first, in schema order (one
    category per name), then names only labels use, sorted."""
    names: list[str] = []
    try:
        schema = LabelSchema.from_json(project.schema)
        names = list(dict.fromkeys(d.name for d in schema.labels_for(*SHAPE_KINDS)))
    except CleanroomError:
        result.schema_unreadable = True
    known = set(names)
    extra: set[str] = set()
    for row in labels:
        value = row.value if isinstance(row.value, dict) else {}
        name = value.get("label")
        live = row.kind in SHAPE_KINDS and value.get("deleted") is not True
        if live and isinstance(name, str) and name not in known:
            extra.add(name)
            result.unknown_categories += 1
    return {name: i for i, name in enumerate([*names, *sorted(extra)], start=1)}


def _outline(kind: str, value: dict[str, Any]) -> list[tuple[int, int]]:
    """The label's outline in stored pixels; a box as its four corners, clockwise."""
    if kind == "box":
        x, y, w, h = value["x"], value["y"], value["w"], value["h"]
        return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    points = [(p[0], p[1]) for p in value["points"]]
    if kind == "region" and value["shape"] == "box":
        (x0, y0), (x1, y1) = points
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    return points


def _polygon_area(points: list[tuple[Number, Number]]) -> Number:
    """Shoelace area (exact for integer points: a half-integer at worst)."""
    twice = sum(
        points[i][0] * points[i - 1][1] - points[i - 1][0] * points[i][1]
        for i in range(len(points))
    )
    area = abs(twice) / 2
    return int(area) if float(area).is_integer() else area
