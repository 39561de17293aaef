"""COCO export read by the real pycocotools: every annotation loads, rasterises and matches
itself under COCOeval; DICOM boxes are all exported, one image per frame; a box drawn on a
cropped (and display-encoded) image lands on the same pixels of the original image.

Items go through the real redaction pipeline (OCR and faces off, to stay fast) with a
project crop; labels are uploaded by a real workstation client to the real TLS server.
"""

from __future__ import annotations

import io
import json
import time
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
import pytest
from PIL import Image
from pycocotools import mask as mask_utils
from pycocotools.coco import COCO
from pycocotools.cocoeval import COCOeval
from pydicom.dataset import FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

from app.core.labels import LabelVersion
from app.redaction.image import encode_for_display
from app.redaction.inputs import Source
from app.redaction.settings import RedactionSettings
from app.server.cli import main
from app.server.models import Item, ItemGeometryRow, ShardItem
from app.server.services import assign, ingest, projects
from app.server.services.export import export, verify_export
from tests.server.harness import Harness, MemoryOutbox, Workstation, new_workstation

SCHEMA = {
    "version": 1,
    "labels": [
        {"name": "marker", "kind": "box"},
        {"name": "marker", "kind": "polygon"},
        {"name": "unused", "kind": "box"},  # a category no annotation uses
        {"name": "nodule", "kind": "region"},
        {"name": "finding", "kind": "span"},
    ],
    "classes": [{"name": "normal"}],
}
# The original images: a red marker at known pixels; the project crops to CROP.
ORIGINAL = (1300, 1000)
CROP = {"left": 90, "top": 40, "right": 1290, "bottom": 950}  # 1200 x 910: over 1 MP, TIFF
MARKER = (700, 500, 742, 531)  # left, top, right, bottom (exclusive) in original pixels
RED = (220, 20, 20)


def _marker_png(marker: tuple[int, int, int, int]) -> bytes:
    img = Image.new("RGB", ORIGINAL, (255, 255, 255))
    img.paste(RED, marker)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _red_box(img: Image.Image) -> tuple[int, int, int, int]:
    """(left, top, right exclusive, bottom exclusive) of the red pixels."""
    arr = np.asarray(img.convert("RGB")).astype(int)
    red = (arr[..., 0] > 200) & (arr[..., 1] < 60) & (arr[..., 2] < 60)
    ys, xs = np.nonzero(red)
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def _dicom(frames: int, rows: int, cols: int) -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = pydicom.Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = SecondaryCaptureImageStorage, generate_uid()
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.Modality, ds.BurnedInAnnotation = "OT", "NO"
    ds.Rows, ds.Columns, ds.NumberOfFrames = rows, cols, frames
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    pixels = np.arange(frames * rows * cols, dtype=np.uint8).reshape(frames, rows, cols)
    ds.PixelData = pixels.tobytes()
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


def _project(harness: Harness, ws: Workstation, sources: list[Source], crop: bool) -> str:
    project_id = f"coco-{uuid.uuid4().hex[:8]}"
    settings: dict[str, Any] = {"ocr": False, "faces": False, "dicom_ocr": "never"}
    if crop:
        settings["crop"] = CROP
    with harness.db() as db:
        projects.create_project(
            db, harness.config, project_id, SCHEMA,
            redaction_settings=RedactionSettings.from_json(settings),
        )  # fmt: skip
        report = ingest.ingest(db, harness.config, project_id, sources)
        assert report.stored == len(sources), report.failed
        assign.assign(db, harness.config, project_id, [ws.username])
    return project_id


def _shards(harness: Harness, project_id: str) -> dict[str, str]:
    """item id -> the shard it was sealed in."""
    with harness.db() as db:
        rows = (
            db.query(ShardItem.item_id, ShardItem.shard_id)
            .join(Item, Item.id == ShardItem.item_id)
            .filter(Item.project_id == project_id)
        )
        return dict(rows.all())


def _push(
    ws: Workstation, project_id: str, labels: list[tuple[str, str, str, dict[str, Any]]]
) -> None:
    """Upload (shard, item, kind, value) labels as the workstation does."""
    outbox = MemoryOutbox()
    outbox.labels = [
        LabelVersion(
            f"a-{i:03d}-{uuid.uuid4().hex[:6]}",
            1,
            project_id,
            shard,
            item,
            ws.user_id,
            kind,
            value,
            int(time.time() * 1000),
        )
        for i, (shard, item, kind, value) in enumerate(labels)
    ]
    report = ws.client.push(outbox)
    assert report.labels_acked == len(labels)


def _export(harness: Harness, project_id: str, out: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    with harness.db() as db:
        export(db, harness.config, project_id, "coco", out)
    manifest = verify_export(out, {harness.server_key.kid: harness.server_key})
    return json.loads((out / "coco.json").read_text()), manifest


def _rle(gt: COCO, ann: dict[str, Any]) -> Any:
    img = gt.loadImgs(ann["image_id"])[0]
    return mask_utils.merge(
        mask_utils.frPyObjects(ann["segmentation"], img["height"], img["width"])
    )


def _check_with_pycocotools(path: Path) -> None:
    """Load, rasterise every annotation, and evaluate the file against itself: AP 1.0."""
    gt = COCO(str(path))
    assert gt.getAnnIds(), "nothing to evaluate"
    for ann in gt.loadAnns(gt.getAnnIds()):
        mask = gt.annToMask(ann)
        img = gt.loadImgs(ann["image_id"])[0]
        assert mask.shape == (img["height"], img["width"])
        assert mask.sum() > 0
    anns = gt.loadAnns(gt.getAnnIds())
    for iou_type in ("bbox", "segm"):
        # Detections as a model writes them: boxes, or masks as RLE (COCO's results format).
        dets = [
            {"image_id": a["image_id"], "category_id": a["category_id"], "score": 1.0}
            | ({"bbox": a["bbox"]} if iou_type == "bbox" else {"segmentation": _rle(gt, a)})
            for a in anns
        ]
        evaluation = COCOeval(gt, gt.loadRes(dets), iou_type)
        evaluation.evaluate()
        evaluation.accumulate()
        evaluation.summarize()
        assert evaluation.stats[0] == pytest.approx(1.0), iou_type  # AP @ IoU .50:.95
        assert evaluation.stats[1] == pytest.approx(1.0), iou_type  # AP @ IoU .50


@pytest.fixture(scope="module")
def ws(harness: Harness) -> Workstation:
    return new_workstation(harness)


def test_a_cropped_box_lands_on_the_original_pixels(
    harness: Harness, ws: Workstation, tmp_path: Path
) -> None:
    original = _marker_png(MARKER)
    project_id = _project(
        harness, ws, [Source("image", "image/png", original, "marker.png", None)], crop=True
    )
    shards = _shards(harness, project_id)
    (item_id,) = shards
    # What the annotator sees: the shard's display encoding of the stored (cropped) image.
    with harness.db() as db:
        item = db.get(Item, item_id)
        assert item is not None
        media_type, shown = encode_for_display(item.media_type, item.data)  # as assign seals it
    assert media_type == "image/tiff"  # the display encoding path, not only PNG
    with Image.open(io.BytesIO(shown)) as img:
        assert img.size == (CROP["right"] - CROP["left"], CROP["bottom"] - CROP["top"])
        left, top, right, bottom = _red_box(img)
    # The marker in what was shown is not where it is in the original (the crop moved it).
    assert (left, top) != MARKER[:2]
    _push(ws, project_id, [
        (shards[item_id], item_id, "box",
         {"x": left, "y": top, "w": right - left, "h": bottom - top, "label": "marker"}),
        (shards[item_id], item_id, "polygon",
         {"points": [[left, top], [right, top], [right, bottom]], "label": "marker"}),
    ])  # fmt: skip
    coco, manifest = _export(harness, project_id, tmp_path / "out")

    (image,) = coco["images"]
    assert (image["width"], image["height"]) == ORIGINAL
    assert image["cleanroom"] == {"item_id": item_id, "coordinates": "original"}
    box = next(a for a in coco["annotations"] if a["cleanroom"]["kind"] == "box")
    x, y, w, h = box["bbox"]
    assert (x, y, x + w, y + h) == MARKER
    # Pixel check on the ORIGINAL image: the exported box holds the whole marker, only it.
    with Image.open(io.BytesIO(original)) as img:
        assert _red_box(img) == (x, y, x + w, y + h)
        inside = np.asarray(img.convert("RGB").crop((x, y, x + w, y + h)))
    assert (inside == np.array(RED, dtype=np.uint8)).all()
    # The mask pycocotools draws from the segmentation is the marker too.
    rle = mask_utils.frPyObjects(box["segmentation"], image["height"], image["width"])
    mask = mask_utils.decode(mask_utils.merge(rle))
    ys, xs = np.nonzero(mask)
    assert (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1) == MARKER
    triangle = next(a for a in coco["annotations"] if a["cleanroom"]["kind"] == "polygon")
    assert triangle["segmentation"] == [[700, 500, 742, 500, 742, 531]]
    assert triangle["area"] == 42 * 31 / 2
    # Categories: the schema's shape labels in order, also the one nothing uses.
    assert coco["categories"] == [
        {"id": 1, "name": "marker", "supercategory": "label"},
        {"id": 2, "name": "unused", "supercategory": "label"},
        {"id": 3, "name": "nodule", "supercategory": "label"},
    ]
    assert manifest["warnings"] == []
    assert manifest["coco"]["annotations"] == 2
    _check_with_pycocotools(tmp_path / "out" / "coco.json")


def test_every_dicom_box_is_exported_one_image_per_frame(
    harness: Harness, ws: Workstation, tmp_path: Path
) -> None:
    rows, cols, frames = 1000, 1300, 3
    project_id = _project(
        harness, ws,
        [Source("dicom", "application/dicom", _dicom(frames, rows, cols), "s.dcm", None)],
        crop=True,
    )  # fmt: skip
    shards = _shards(harness, project_id)
    (item_id,) = shards
    shard = shards[item_id]
    labels: list[tuple[str, str, str, dict[str, Any]]] = []
    for i in range(10):  # 10 boxes over the 3 frames, in the two forms a box takes on DICOM
        frame, x, y = i % frames, 10 + 50 * i, 20 + 30 * i
        if i % 2:
            value = {"shape": "box", "points": [[x, y], [x + 40, y + 25]], "label": "nodule",
                     "frame": frame}  # fmt: skip
            labels.append((shard, item_id, "region", value))
        else:
            box = {"x": x, "y": y, "w": 40, "h": 25, "label": "marker", "frame": frame}
            labels.append((shard, item_id, "box", box))
    labels.append((shard, item_id, "region", {
        "shape": "polygon", "points": [[5, 5], [60, 8], [30, 70]], "label": "nodule", "frame": 2,
    }))  # fmt: skip
    _push(ws, project_id, labels)
    coco, manifest = _export(harness, project_id, tmp_path / "out")

    assert [i["file_name"] for i in coco["images"]] == [
        f"{item_id}/frame-{f:04d}" for f in range(frames)
    ]
    assert all((i["width"], i["height"]) == (cols, rows) for i in coco["images"])
    assert len(coco["annotations"]) == 11  # 10 boxes stored, 10 exported, and the polygon
    by_image = {i["id"]: i["cleanroom"]["frame"] for i in coco["images"]}
    for (_, _, kind, value), ann in zip(labels, coco["annotations"], strict=True):
        assert by_image[ann["image_id"]] == value["frame"]
        if kind == "box":
            assert ann["bbox"] == [value["x"] + CROP["left"], value["y"] + CROP["top"], 40, 25]
        elif value["shape"] == "box":
            (x0, y0), _ = value["points"]
            assert ann["bbox"] == [x0 + CROP["left"], y0 + CROP["top"], 40, 25]
    assert manifest["warnings"] == []
    _check_with_pycocotools(tmp_path / "out" / "coco.json")


def test_what_coco_cannot_hold_is_counted_and_warned(
    harness: Harness, ws: Workstation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = [
        Source("image", "image/png", _marker_png(MARKER), "a.png", None),
        Source("image", "image/png", _marker_png((100, 100, 140, 130)), "b.png", None),
        Source("text", "text/plain; charset=utf-8", b"plain words here", "t.txt", None),
    ]
    project_id = _project(harness, ws, sources, crop=True)
    shards = _shards(harness, project_id)
    with harness.db() as db:
        kinds = {i.id: i.kind for i in db.query(Item).filter_by(project_id=project_id)}
        images = sorted(i for i, k in kinds.items() if k == "image")
        (text,) = [i for i, k in kinds.items() if k == "text"]
        # The second image as if ingested before crops were recorded.
        db.query(ItemGeometryRow).filter_by(item_id=images[1]).delete()
        db.commit()
    box = {"x": 5, "y": 6, "w": 7, "h": 8, "label": "marker"}
    _push(ws, project_id, [
        (shards[images[0]], images[0], "box", box),
        (shards[images[1]], images[1], "box", box),
        (shards[images[1]], images[1], "polygon",
         {"points": [[1, 1], [5, 5], [9, 9]], "label": "marker"}),  # on one line: no area
        (shards[images[0]], images[0], "box", {**box, "frame": 2}),  # an image has frame 0
        (shards[text], text, "span", {"start": 0, "end": 5, "label": "finding"}),
        (shards[text], text, "class", {"labels": ["normal"]}),
        (shards[text], text, "box", box),  # a box on a text item
    ])  # fmt: skip
    out = tmp_path / "out"
    code = main(["--home", str(harness.home), "export", project_id, "--format", "coco",
                 "--out", str(out)])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0
    manifest = verify_export(out, {harness.server_key.kid: harness.server_key})
    coco = json.loads((out / "coco.json").read_text())

    assert len(coco["annotations"]) == 2
    assert manifest["coco"]["not_exported"] == {
        "class": 1, "frame": 1, "no_area": 1, "not_image": 1, "span": 1,
    }  # fmt: skip
    assert manifest["coco"]["stored_coordinates"] == 1
    stored = next(a for a in coco["annotations"] if a["image_id"] == 2)
    assert stored["bbox"] == [5, 6, 7, 8]  # no record: stored pixels, and said so
    assert coco["images"][1]["cleanroom"]["coordinates"] == "stored"
    exact = next(a for a in coco["annotations"] if a["image_id"] == 1)
    assert exact["bbox"] == [5 + CROP["left"], 6 + CROP["top"], 7, 8]
    warnings = [line for line in captured.err.splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: {line}" for line in manifest["warnings"]]
    assert len(warnings) == 6
    assert any(w.startswith("warning: 1 labels on 1 items ingested before") for w in warnings)
    assert "coco: 2 images, 2 annotations, 3 categories" in captured.out
    for line in manifest["warnings"]:  # counts and reasons only: no content, no label names
        assert "marker" not in line
        assert "plain words" not in line
    _check_with_pycocotools(out / "coco.json")


def test_an_uncropped_project_exports_stored_pixels_unchanged(
    harness: Harness, ws: Workstation, tmp_path: Path
) -> None:
    project_id = _project(
        harness, ws, [Source("image", "image/png", _marker_png(MARKER), "m.png", None)], crop=False
    )
    shards = _shards(harness, project_id)
    (item_id,) = shards
    value = {"x": MARKER[0], "y": MARKER[1], "w": 42, "h": 31, "label": "marker"}
    _push(ws, project_id, [(shards[item_id], item_id, "box", value)])
    coco, manifest = _export(harness, project_id, tmp_path / "out")
    assert coco["annotations"][0]["bbox"] == [MARKER[0], MARKER[1], 42, 31]
    assert (coco["images"][0]["width"], coco["images"][0]["height"]) == ORIGINAL
    assert manifest["warnings"] == []


def test_an_item_stored_without_its_size_is_measured_and_flagged(
    harness: Harness, ws: Workstation, tmp_path: Path
) -> None:
    """`ingest --no-redaction` stores the bytes as given, with no size and no record: the
    export reads the size from the image and says the labels are in stored pixels."""
    project_id = f"coco-{uuid.uuid4().hex[:8]}"
    with harness.db() as db:
        projects.create_project(db, harness.config, project_id, SCHEMA, allow_unredacted=True)
        source = Source("image", "image/png", _marker_png(MARKER), "raw.png", None)
        ingest.ingest(db, harness.config, project_id, [source], ingest.passthrough_redactor)
        assign.assign(db, harness.config, project_id, [ws.username])
    shards = _shards(harness, project_id)
    (item_id,) = shards
    value = {"x": MARKER[0], "y": MARKER[1], "w": 42, "h": 31, "label": "marker"}
    _push(ws, project_id, [(shards[item_id], item_id, "box", value)])
    coco, manifest = _export(harness, project_id, tmp_path / "out")
    (image,) = coco["images"]
    assert (image["width"], image["height"]) == ORIGINAL
    assert image["cleanroom"]["coordinates"] == "stored"
    assert coco["annotations"][0]["bbox"] == [MARKER[0], MARKER[1], 42, 31]
    assert manifest["coco"]["stored_coordinates"] == 1
    assert len(manifest["warnings"]) == 1
