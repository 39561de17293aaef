"""Pixel snapshots of each view (watermark included), compared with the references in
tests/data/snapshots/ by mean absolute difference; refresh them with
CLEANROOM_UPDATE_SNAPSHOTS=1 and look at them before committing.

Offscreen, the view renders itself (`grab()`); under a real X server (test_views_snapshots_
xvfb.py runs this file under Xvfb) the picture is read back from the screen, as a capture
tool would, and must match the same references."""

from __future__ import annotations

import os
from pathlib import Path

from pydicom.data import get_testdata_file
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.label_schema import LabelSchema
from app.ui.qt.dicom_view import DicomView
from app.ui.qt.image_canvas import ImageCanvas
from app.ui.qt.text_view import TextView
from tests.ui.views_harness import Env, compare_snapshot, env_fixture, labels_for, scene_image  # noqa: F401

TEXT = (
    "Patient reports mild headache since Monday, with nausea and blurred vision in the "
    "left eye.\nFollow-up in two weeks; no fever reported."
)
TEXT_SCHEMA = LabelSchema.from_json({"span_labels": ["SYMPTOM", "TIMEFRAME", "BODY_PART"]})
IMAGE_SCHEMA = LabelSchema.from_json(
    {
        "version": 1,
        "labels": [{"name": "lesion", "kind": "box"}, {"name": "organ", "kind": "polygon"}],
    }
)
CT_SCHEMA = LabelSchema.from_json({"version": 1, "labels": [{"name": "nodule", "kind": "region"}]})


def rendered(view: QWidget, qtbot: QtBot) -> QImage:
    """The view's pixels: from the X server's screen under xcb, else rendered offscreen."""
    if os.environ.get("QT_QPA_PLATFORM") != "xcb":
        return view.grab().toImage()
    view.move(0, 0)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(100)
    screen = view.screen()
    return screen.grabWindow(view.winId()).toImage()


def test_text_with_overlapping_spans(env: Env, qtbot: QtBot) -> None:
    view = TextView(env.context)
    qtbot.addWidget(view)
    view.resize(560, 240)
    labels = labels_for(env.store, "snap-text")
    spans = [(16, 29, "SYMPTOM"), (21, 29, "SYMPTOM"), (30, 42, "TIMEFRAME"),
             (49, 55, "SYMPTOM"), (60, 74, "SYMPTOM"), (82, 90, "BODY_PART"),
             (102, 114, "TIMEFRAME"), (119, 124, "SYMPTOM")]  # fmt: skip
    for start, end, label in spans:
        labels.create("span", {"start": start, "end": end, "label": label})
    view.load(TEXT, labels, TEXT_SCHEMA)
    view.selection.select(0, 7)
    compare_snapshot(rendered(view, qtbot), "text_with_spans")


def test_image_with_box_and_polygon(env: Env, qtbot: QtBot) -> None:
    view = ImageCanvas(env.context)
    qtbot.addWidget(view)
    view.resize(640, 480)
    labels = labels_for(env.store, "snap-image")
    labels.create("box", {"x": 90, "y": 90, "w": 220, "h": 180, "label": "lesion"})
    labels.create(
        "polygon", {"points": [[400, 250], [565, 250], [565, 425], [450, 380]], "label": "organ"}
    )
    view.load(bytearray(scene_image()), labels, IMAGE_SCHEMA)
    view.cycle(1)  # the box selected: its handles show
    compare_snapshot(rendered(view, qtbot), "image_with_box_and_polygon")


def test_ct_with_mediastinum_preset_and_region(env: Env, qtbot: QtBot) -> None:
    view = DicomView(env.context)
    qtbot.addWidget(view)
    view.resize(512, 512)
    labels = labels_for(env.store, "snap-ct")
    labels.create(
        "region", {"shape": "box", "points": [[40, 40], [80, 70]], "label": "nodule", "frame": 0}
    )
    data = bytearray(Path(str(get_testdata_file("CT_small.dcm"))).read_bytes())
    view.load(data, labels, CT_SCHEMA)
    view.apply_preset("CT mediastinum")
    compare_snapshot(rendered(view, qtbot), "ct_with_preset")
