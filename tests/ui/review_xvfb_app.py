"""The lead's review screens in real X windows, for tests/ui/test_review_xvfb.py: the item
side by side (a text item whose words include the canary, three annotators' layers) and
the quality panel, each its own top-level window, under the real content guard.

Run: `python -m tests.ui.review_xvfb_app OUT_DIR` under xvfb-run with QT_QPA_PLATFORM=xcb;
prints "ready" once both windows are painted, quits when OUT_DIR/quit appears.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.core.label_schema import LabelSchema
from app.ui.models.guard_policy import StoreGuardJournal
from app.ui.models.review_charts import parse_quality
from app.ui.models.review_layers import parse_item_layers
from app.ui.qt import theme
from app.ui.qt.content_view import ViewContext
from app.ui.qt.guard import install_content_guard
from app.ui.qt.review_item_screen import ReviewItemScreen
from app.ui.qt.review_quality import QualityPanel
from app.ui.qt.watermark import WatermarkClock
from tests.ui.xvfb_support import CANARY, DEVICE, SESSION, USER, guard_store

TEXT = (
    f"Patient {CANARY} took aspirin twice daily and reported a mild headache on Monday "
    "morning.\nNo fever. Follow up in two weeks with the clinic."
)
SCHEMA = {"kinds": ["span", "class"], "span_labels": ["SYMPTOM", "DRUG"],
          "classes": ["routine", "urgent"]}  # fmt: skip


def _label(aid: str, value: dict[str, object]) -> dict[str, object]:
    return {"annotation_id": aid, "version": 1, "kind": "span", "value": value,
            "value_sha256": "ab" * 32}  # fmt: skip


def layers() -> dict[str, object]:
    drug_at = TEXT.index("aspirin")
    head_at = TEXT.index("mild headache")
    drug = {"start": drug_at, "end": drug_at + 7, "label": "DRUG"}
    head = {"start": head_at, "end": head_at + 13, "label": "SYMPTOM"}
    fever = {"start": TEXT.index("fever"), "end": TEXT.index("fever") + 5, "label": "SYMPTOM"}
    return {
        "item_id": "item-5f3a9c2e71d04b8a",
        "gold": False,
        "layers": [
            {"annotator": "A1", "colour_index": 0,
             "labels": [_label("a1", drug), _label("a2", head)]},
            {"annotator": "A2", "colour_index": 1,
             "labels": [_label("b1", {**drug, "label": "SYMPTOM"}),
                        _label("b2", {**head, "start": head_at + 5})]},
            {"annotator": "A3", "colour_index": 2,
             "labels": [_label("c1", drug), _label("c2", head), _label("c3", fever)]},
        ],
    }  # fmt: skip


IMAGE_SCHEMA = {"kinds": ["box", "polygon"], "box_labels": ["lesion"],
                "polygon_labels": ["organ"]}  # fmt: skip


def gradient_png() -> bytearray:
    import io

    from PIL import Image, ImageDraw

    picture = Image.new("L", (480, 320), 30)
    draw = ImageDraw.Draw(picture)
    for x in range(0, 480, 4):
        draw.line([(x, 0), (x, 319)], fill=30 + x // 4)
    draw.ellipse([(150, 90), (300, 220)], fill=200)
    out = io.BytesIO()
    picture.convert("RGB").save(out, "PNG")
    return bytearray(out.getvalue())


def box_layers() -> dict[str, object]:
    def box(aid: str, x: int, y: int, w: int, h: int) -> dict[str, object]:
        return {"annotation_id": aid, "version": 1, "kind": "box",
                "value": {"x": x, "y": y, "w": w, "h": h, "label": "lesion"},
                "value_sha256": "ab" * 32}  # fmt: skip

    organ = {"annotation_id": "p1", "version": 1, "kind": "polygon", "value_sha256": "cd" * 32,
             "value": {"points": [[40, 250], [120, 230], [140, 300], [50, 310]],
                       "label": "organ"}}  # fmt: skip
    return {"item_id": "item-9b1c0e44d2a7f310", "layers": [
        {"annotator": "A1", "colour_index": 0, "labels": [box("a", 150, 90, 150, 130), organ]},
        {"annotator": "A2", "colour_index": 1, "labels": [box("b", 165, 100, 150, 125)]},
        {"annotator": "A3", "colour_index": 2, "labels": [box("c", 140, 80, 120, 110)]},
    ]}  # fmt: skip


QUALITY = {
    "project_id": "p-notes",
    "annotators": [
        {"annotator": "A1", "labels": 412, "items": 160, "accuracy_vs_adjudicated": 0.91,
         "accuracy_vs_gold": 0.95, "agreement": 0.82,
         "per_label": {"DRUG": {"agreement": 0.9, "n": 220},
                       "SYMPTOM": {"agreement": 0.71, "n": 192}},
         "per_day": [{"day": "2026-11-20", "labels": 80, "agreement": 0.78},
                     {"day": "2026-11-21", "labels": 120, "agreement": 0.81},
                     {"day": "2026-11-24", "labels": 110, "agreement": 0.84},
                     {"day": "2026-11-25", "labels": 102, "agreement": 0.86}]},
        {"annotator": "A2", "labels": 388, "items": 150, "accuracy_vs_adjudicated": 0.84,
         "accuracy_vs_gold": 0.88, "agreement": 0.76,
         "per_label": {"DRUG": {"agreement": 0.85, "n": 200},
                       "SYMPTOM": {"agreement": 0.64, "n": 188}},
         "per_day": [{"day": "2026-11-20", "labels": 90, "agreement": 0.7},
                     {"day": "2026-11-21", "labels": 100, "agreement": 0.74},
                     {"day": "2026-11-24", "labels": 98, "agreement": 0.8},
                     {"day": "2026-11-25", "labels": 100, "agreement": 0.79}]},
        {"annotator": "A3", "labels": 301, "items": 140, "accuracy_vs_adjudicated": 0.88,
         "accuracy_vs_gold": None, "agreement": 0.8,
         "per_label": {"DRUG": {"agreement": 0.88, "n": 160},
                       "SYMPTOM": {"agreement": 0.7, "n": 141}},
         "per_day": [{"day": "2026-11-21", "labels": 140, "agreement": 0.79},
                     {"day": "2026-11-25", "labels": 161, "agreement": 0.83}]},
    ],
    "overall": {"percent_agreement": 0.81, "fleiss_kappa": 0.62,
                "krippendorff_alpha_nominal": 0.61, "span_f1_overlap": 0.87,
                "box_iou_agreement": None, "mean_iou": None},
}  # fmt: skip


def main(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    theme.apply_theme(app, "light")
    store = guard_store(out)
    guard = install_content_guard(
        StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
    )
    clock = WatermarkClock(USER, DEVICE, SESSION, clock_ms=lambda: 1_800_000_000_000)
    context = ViewContext(guard, clock, 12)
    item = ReviewItemScreen(context)
    item.setWindowTitle("Review item")
    item.setGeometry(0, 0, 1400, 640)
    item.show()
    item.show_item(
        project_id="p-notes", shard_id="rs-1", item_id="item-5f3a9c2e71d04b8a", kind="text",
        data=bytearray(TEXT.encode()), schema=LabelSchema.from_json(SCHEMA),
        layers=parse_item_layers(layers()),
    )  # fmt: skip
    quality = QualityPanel()
    quality.setWindowTitle("Quality")
    quality.setGeometry(0, 680, 1400, 1100)
    quality.show()
    quality.show_figures("Discharge notes", parse_quality(QUALITY))
    image = ReviewItemScreen(context)
    image.setWindowTitle("Review image")
    image.setGeometry(1420, 0, 900, 560)
    image.show()
    image.show_item(
        project_id="p-scans", shard_id="rs-2", item_id="item-9b1c0e44d2a7f310", kind="image",
        data=gradient_png(), schema=LabelSchema.from_json(IMAGE_SCHEMA),
        layers=parse_item_layers(box_layers()),
    )  # fmt: skip
    quit_file = out / "quit"

    def poll() -> None:
        if quit_file.exists():
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    QTimer.singleShot(1500, lambda: print("ready", flush=True))
    code = app.exec()
    item.clear()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
