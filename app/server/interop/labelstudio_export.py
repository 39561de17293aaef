"""The `labelstudio` export: tasks Label Studio imports, results in its result format.

- One task per item with labels, `data` under the key the labeling config names: the
  redacted text as stored, or for images (and for any item stored unredacted) a reference
  `/data/local-files/?d=<item id>.png` — never unredacted content. The manifest's
  `labelstudio.data` says which.
- One annotation per (user, item): all of that user's latest labels on the item (spans,
  shapes and classes together), `completed_by` a stable pseudonymous e-mail
  `annotator-<hash>@cleanroom.invalid` (keyed hash of the user id under the project secret).
- Results: `labels` {start, end, text, labels} with offsets in UTF-16 code units (what Label
  Studio counts), `rectanglelabels` {x, y, width, height, rotation 0} and `polygonlabels`
  {points} in percent of `original_width`/`original_height`, `choices` {choices}.
- Integer task and annotation ids (1, 2, ...); `predictions` empty.

A label the config cannot carry (a DICOM region, a label no control lists, a deleted one)
is counted in the manifest's `labelstudio.left_out`, never dropped silently.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import Counter
from typing import Any, Final
from xml.sax.saxutils import quoteattr

from sqlalchemy.orm import Session

from app.core.label_schema import LabelSchema
from app.server.interop.labelstudio_config import LabelingConfig, parse_labeling_config
from app.server.interop.labelstudio_parse import cp_to_utf16
from app.server.models import Item, Label, Project, ProjectLabelStudio

FILE_NAME: Final = "labelstudio.json"
EMAIL_DOMAIN: Final = "cleanroom.invalid"  # RFC 2606: never a real mailbox


def annotator_email(project: Project, user_id: str) -> str:
    digest = hmac.new(project.secret, b"ls-annotator\x00" + user_id.encode(), hashlib.sha256)
    return f"annotator-{digest.hexdigest()[:16]}@{EMAIL_DOMAIN}"


def stored_config(db: Session, project: Project) -> LabelingConfig:
    """The project's labeling config, or for a project made from a schema one derived from
    it (Text with Labels and Choices, or Image with RectangleLabels, PolygonLabels and
    Choices when the schema has shape labels)."""
    row = db.get(ProjectLabelStudio, project.id)
    if row is not None and row.labeling_config:
        return parse_labeling_config(row.labeling_config)
    return parse_labeling_config(config_from_schema(LabelSchema.from_json(project.schema)))


def config_from_schema(schema: LabelSchema) -> str:
    def tag(name: str, control: str, labels: list[str], child: str = "Label") -> str:
        inner = "".join(f"<{child} value={quoteattr(n)}/>" for n in labels)
        return f'<{control} name="{name}" toName="item">{inner}</{control}>' if labels else ""

    shapes = bool(schema.labels_for("box", "polygon"))
    parts = [
        f'<{"Image" if shapes else "Text"} name="item" value="${"image" if shapes else "text"}"/>'
    ]
    if shapes:
        parts += [
            tag("box", "RectangleLabels", [d.name for d in schema.labels_for("box")]),
            tag("polygon", "PolygonLabels", [d.name for d in schema.labels_for("polygon")]),
        ]
    else:
        parts.append(tag("span", "Labels", [d.name for d in schema.labels_for("span")]))
    multiple = ' choice="multiple"' if schema.multi_class else ""
    classes = tag("class", "Choices", [c.name for c in schema.classes], "Choice")
    parts.append(classes.replace("<Choices ", f"<Choices{multiple} ", 1))
    return "<View>" + "".join(parts) + "</View>"


def image_reference(item_id: str) -> str:
    return f"/data/local-files/?d={item_id}.png"


def _percent(value: float, extent: int) -> float:
    return round(100.0 * value / extent, 6) if extent else 0.0


def _result(
    label: Label, config: LabelingConfig, text: str | None, size: tuple[int, int]
) -> dict[str, Any] | str:
    """The Label Studio result of one Cleanroom label, or why it has none."""
    value = label.value
    if value.get("deleted"):
        return "deleted"
    name = value.get("label")
    control = config.control_for(label.kind, name) if isinstance(name, str) else None
    if control is None:
        return f"{label.kind} label not in the labeling config"
    rid = f"cr{label.id}"
    base = {"id": rid, "from_name": control.name, "to_name": control.to_name,
            "type": control.result_type, "origin": "manual"}  # fmt: skip
    names = {control.value_key: [name]} if control.value_key else {}
    if label.kind == "span":
        if text is None:
            return "span label on an item without text"
        start, end = int(value["start"]), int(value["end"])
        return base | {"value": {"start": cp_to_utf16(text, start), "end": cp_to_utf16(text, end),
                                 "text": text[start:end]} | names}  # fmt: skip
    width, height = size
    if not width or not height:
        return "shape on an item without a known size"
    shape = base | {"original_width": width, "original_height": height, "image_rotation": 0}
    if label.kind == "box":
        return shape | {"value": {
            "x": _percent(value["x"], width), "y": _percent(value["y"], height),
            "width": _percent(value["w"], width), "height": _percent(value["h"], height),
            "rotation": 0} | names}  # fmt: skip
    points = [[_percent(x, width), _percent(y, height)] for x, y in value["points"]]
    return shape | {"value": {"points": points, "closed": True} | names}


def _choices(label: Label, config: LabelingConfig) -> list[dict[str, Any]] | str:
    names = label.value.get("labels") or (
        [label.value["label"]] if isinstance(label.value.get("label"), str) else []
    )
    out: list[dict[str, Any]] = []
    for name in names:
        control = config.control_for("class", name)
        if control is None:
            return "class not in the labeling config"
        found = next((r for r in out if r["from_name"] == control.name), None)
        if found is None:
            out.append({"id": f"cr{label.id}-{len(out)}", "from_name": control.name,
                        "to_name": control.to_name, "type": "choices", "origin": "manual",
                        "value": {"choices": [name]}})  # fmt: skip
        else:
            found["value"]["choices"].append(name)
    return out


def labelstudio_export(
    db: Session, project: Project, labels: list[Label]
) -> tuple[str, bytes, dict[str, Any]]:
    """(file name, bytes, manifest entry) of the Label Studio export of `labels`."""
    config = stored_config(db, project)
    items = {i.id: i for i in db.query(Item).filter_by(project_id=project.id)}
    by_item: dict[str, dict[str, list[Label]]] = {}
    for row in labels:
        by_item.setdefault(row.item_id, {}).setdefault(row.user_id, []).append(row)
    left_out: Counter[str] = Counter()
    data_kinds: Counter[str] = Counter()
    tasks: list[dict[str, Any]] = []
    annotation_id = 0
    for item_id in sorted(by_item):
        item = items.get(item_id)
        if item is None:
            left_out["label on an item no longer stored"] += sum(
                map(len, by_item[item_id].values())
            )
            continue
        text = None
        if item.kind == "text" and item.redaction == "redacted":
            text = item.data.decode("utf-8")
            data, shown = text, "redacted text"
        else:
            data, shown = image_reference(item.id), "reference"
        data_kinds[shown] += 1
        size = (int(item.meta.get("width", 0) or 0), int(item.meta.get("height", 0) or 0))
        annotations = []
        for user_id in sorted(by_item[item_id]):
            results: list[dict[str, Any]] = []
            for row in by_item[item_id][user_id]:
                made = (
                    _choices(row, config) if row.kind == "class"
                    else _result(row, config, text, size)
                )  # fmt: skip
                if isinstance(made, str):
                    left_out[made] += 1
                elif isinstance(made, list):
                    results += made
                else:
                    results.append(made)
            if results:
                annotation_id += 1
                annotations.append({
                    "id": annotation_id,
                    "completed_by": {"email": annotator_email(project, user_id)},
                    "result": results, "was_cancelled": False, "ground_truth": False,
                })  # fmt: skip
        tasks.append({"id": len(tasks) + 1, "data": {config.data_key: data},
                      "meta": {"cleanroom_item_id": item.id},
                      "annotations": annotations, "predictions": []})  # fmt: skip
    entry = {
        "labeling_config_sha256": hashlib.sha256(config.xml.encode()).hexdigest(),
        "data_key": config.data_key,
        "data": dict(sorted(data_kinds.items())),
        "tasks": len(tasks), "annotations": annotation_id,
        # Label Studio refuses annotations by e-mails it does not know: add these users
        # (POST /api/users/) before the import, or they all become the importing user.
        "annotators": sorted({annotator_email(project, u) for t in by_item.values() for u in t}),
        "left_out": dict(sorted(left_out.items())),
    }  # fmt: skip
    return FILE_NAME, json.dumps(tasks, indent=1, ensure_ascii=False).encode(), entry
