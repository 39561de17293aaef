"""The lead's screens offscreen, fed the server's JSON shapes (issue 12 contract): the item
side by side with switchable colour-coded layers and the diff list, the decision and its
checks, the signature dialog, the quality panel and the queue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.label_schema import LabelSchema
from app.ui.models.guard_policy import StoreGuardJournal
from app.ui.models.review_adjudication import MergeRefused, SignedRecord
from app.ui.models.review_charts import parse_quality
from app.ui.models.review_layers import LAYER_COLOURS, parse_item_layers
from app.ui.models.review_queue import ReviewProject, parse_queue
from app.ui.qt.content_view import ViewContext
from app.ui.qt.guard import ContentGuard
from app.ui.qt.review_item_screen import ReviewItemScreen
from app.ui.qt.review_quality import QualityPanel
from app.ui.qt.review_queue_screen import ReviewQueueScreen
from app.ui.qt.review_signature import SignatureDialog
from app.ui.qt.watermark import WatermarkClock
from tests.ui.test_models_review import QUALITY
from tests.ui.xvfb_support import DEVICE, SESSION, USER, guard_store

TEXT = "Patient took aspirin twice and reported a mild headache on Monday morning."
SCHEMA = LabelSchema.from_json(
    {
        "kinds": ["span", "class"],
        "span_labels": ["SYMPTOM", "DRUG"],
        "classes": ["routine", "urgent"],
    }
)


def _label(aid: str, kind: str, value: dict[str, Any], version: int = 1) -> dict[str, Any]:
    return {"annotation_id": aid, "version": version, "kind": kind, "value": value,
            "value_sha256": "ab" * 32}  # fmt: skip


def text_layers() -> dict[str, Any]:
    drug = {"start": 13, "end": 20, "label": "DRUG"}
    headache = {"start": 43, "end": 56, "label": "SYMPTOM"}
    return {
        "item_id": "item-0123456789abcdef",
        "gold": False,
        "layers": [
            {"annotator": "A1", "colour_index": 0,
             "labels": [_label("a-drug", "span", drug), _label("a-head", "span", headache)]},
            {"annotator": "A2", "colour_index": 1,
             "labels": [_label("b-drug", "span", dict(drug, label="SYMPTOM")),
                        _label("b-head", "span", dict(headache, start=48))]},
            {"annotator": "A3", "colour_index": 2,
             "labels": [_label("c-drug", "span", drug)]},
        ],
    }  # fmt: skip


@pytest.fixture
def context(tmp_path: Path) -> Iterator[ViewContext]:
    store = guard_store(tmp_path)
    guard = ContentGuard(
        StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
    )
    clock = WatermarkClock(USER, DEVICE, SESSION, clock_ms=lambda: 1_800_000_000_000)
    yield ViewContext(guard, clock, 12)
    guard.uninstall()
    store.close()


def _count_colour(image: QImage, colour: str, tolerance: int = 30) -> int:
    target = QColor(colour)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - target.red()) + abs(c.green() - target.green())
                    + abs(c.blue() - target.blue())) < tolerance:  # fmt: skip
                found += 1
    return found


@pytest.fixture
def screen(qtbot: QtBot, context: ViewContext) -> ReviewItemScreen:
    screen = ReviewItemScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_item(
        project_id="p1", shard_id="rs-1", item_id="item-0123456789abcdef", kind="text",
        data=bytearray(TEXT.encode()), schema=SCHEMA, layers=parse_item_layers(text_layers()),
    )  # fmt: skip
    return screen


def test_layers_are_painted_in_their_colours_and_keys_toggle_them(
    qtbot: QtBot, screen: ReviewItemScreen
) -> None:
    view = screen.text_view
    assert context_protected(screen)
    shown = view.grab().toImage()
    assert _count_colour(shown, LAYER_COLOURS[1]) > 10
    assert screen.legend.count() == 3
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert view.overlay.visibility.shown() == [0, 2]
    assert "A2 (hidden)" in screen.legend.item(1).text()
    assert _count_colour(view.grab().toImage(), LAYER_COLOURS[1]) == 0
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.overlay.visibility.shown() == [0, 1, 2]
    assert _count_colour(view.grab().toImage(), LAYER_COLOURS[0]) > 10


def context_protected(screen: ReviewItemScreen) -> bool:
    return screen.context.guard.is_protected(screen.text_view)


def test_diff_list_names_mismatch_extent_and_missing(screen: ReviewItemScreen) -> None:
    rows = [screen.diff_list.item(i).text() for i in range(screen.diff_list.count())]
    assert any("label mismatch (A1 vs A2) DRUG / SYMPTOM" in r for r in rows)
    assert any("extent differs (A1 vs A2)" in r for r in rows)
    assert any("missing (A1 vs A3)" in r for r in rows)
    assert not any("aspirin" in r or "headache" in r for r in rows)  # offsets, never text


def test_accepting_an_annotator_takes_their_label_version(screen: ReviewItemScreen) -> None:
    first = screen.diffs[0]
    assert first.what == "label mismatch"
    screen.annotator.setCurrentIndex(1)  # A2
    decision = screen.decision_draft()
    assert decision.meaning == "approved"
    assert decision.draft.value == {"start": 13, "end": 20, "label": "SYMPTOM"}
    assert decision.source == {"annotation_id": "b-drug", "version": 1}
    assert (decision.draft.project_id, decision.draft.shard_id) == ("p1", "rs-1")
    screen.annotator.setCurrentIndex(2)  # A3 is not part of this difference
    with pytest.raises(MergeRefused, match="between A1 and A2"):
        screen.decision_draft()


def test_merge_needs_a_reason_and_unions_the_extent(screen: ReviewItemScreen) -> None:
    screen.decision.setCurrentIndex(1)  # merged
    screen.diff_list.setCurrentRow(
        next(i for i, r in enumerate(screen.diffs) if r.what == "extent differs")
    )
    with pytest.raises(MergeRefused, match="reason is required"):
        screen.decision_draft()
    screen.reason.setText("Both saw the symptom; the longer span is right.")
    decision = screen.decision_draft()
    assert decision.meaning == "merged"
    assert decision.draft.value == {"start": 43, "end": 56, "label": "SYMPTOM"}


def test_own_label_is_drawn_with_the_normal_tools_into_memory(
    qtbot: QtBot, screen: ReviewItemScreen
) -> None:
    view = screen.text_view
    view.selection.move(13, extend=False)
    view.selection.move(20, extend=True)
    screen.new_label.setCurrentIndex(1)  # DRUG
    screen.add_own_label()
    assert screen.meaning == "overridden"
    own = screen.sink.live()
    assert [v.value for v in own] == [{"start": 13, "end": 20, "label": "DRUG"}]
    screen.reason.setText("Aspirin is a drug.")
    decision = screen.decision_draft()
    assert decision.source is None
    assert decision.draft.kind == "span"
    screen.clear()
    assert screen.sink.live() == []
    assert view.text_length == 0


def test_signature_dialog_shows_name_and_meaning_and_hides_the_password(qtbot: QtBot) -> None:
    dialog = SignatureDialog("Dr Ada Lovelace", "overridden", "A1 missed it", totp_required=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Dr Ada Lovelace"
    assert dialog.meaning_text.text().startswith("Overridden")
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.totp.isVisibleTo(dialog)
    got: list[tuple[str, str]] = []
    dialog.sign_requested.connect(lambda p, c: got.append((p, c)))
    qtbot.keyClicks(dialog.password, "s3cret pass")
    dialog.sign.click()
    assert got == []  # the code is required at the first signing of a session
    assert "code" in dialog.message.text()
    qtbot.keyClicks(dialog.totp, "123456")
    dialog.sign.click()
    assert got == [("s3cret pass", "123456")]
    assert dialog.password.text() == ""  # nothing stays in the field
    dialog.show_signed(SignedRecord("sig-1", "Dr Ada Lovelace", 1_800_000_000_000,
                                    "overridden", "f" * 64))  # fmt: skip
    assert "Signed by Dr Ada Lovelace" in dialog.record.text()
    assert "Meaning: overridden" in dialog.record.text()
    assert not dialog.sign.isVisible()


def test_signature_without_totp_when_the_session_has_signed(qtbot: QtBot) -> None:
    dialog = SignatureDialog("Lead", "approved", "", totp_required=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.totp.isVisibleTo(dialog)
    got: list[tuple[str, str]] = []
    dialog.sign_requested.connect(lambda p, c: got.append((p, c)))
    qtbot.keyClicks(dialog.password, "pw")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert got == [("pw", "")]
    dialog.ask_totp("Enter the code too.")
    assert dialog.totp.isVisibleTo(dialog)


def test_quality_panel_plots_and_tabulates(qtbot: QtBot) -> None:
    panel = QualityPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_figures("Notes", parse_quality(QUALITY))
    assert panel.tables["by_label"].rowCount() == 2
    assert panel.tables["by_label"].item(0, 0).text() == "DRUG"
    assert panel.tables["by_day"].item(0, 1).text() == "0.600"
    assert panel.annotators.item(0, 4).text() == "0.900"
    for key in ("by_label", "by_day", "accuracy", "throughput"):
        assert len(panel.charts[key].chart().series()) == 1, key
    saved: list[str] = []
    panel.save_csv_requested.connect(saved.append)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.overall.setFocus()
    qtbot.keyClick(panel.overall, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert saved == ["p1"]


def test_queue_lists_ranked_rows_and_pages_by_keyboard(qtbot: QtBot) -> None:
    screen = ReviewQueueScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    chosen: list[str] = []
    screen.project_changed.connect(chosen.append)
    screen.show_projects([ReviewProject("p1", "Notes", 120)])
    assert chosen == ["p1"]
    rows, total = parse_queue({"items": [
        {"item_id": f"item-{i:04d}", "kind": "text", "annotators": 3, "disagreement": 1 - i / 100,
         "reasons": ["span"], "oldest_ms": 0} for i in range(50)], "total": 120})  # fmt: skip
    screen.show_rows(rows, total, now_ms=90_000_000)
    assert screen.table.rowCount() == 50
    assert screen.table.item(0, 3).text() == "1.00"
    assert screen.page_text.text() == "1–50 of 120"
    pages: list[int] = []
    screen.page_requested.connect(pages.append)
    qtbot.keyClick(screen.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert pages == [50]
    opened: list[str] = []
    screen.open_item_requested.connect(opened.append)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened == ["item-0001"]


def image_layers() -> dict[str, Any]:
    box = {"x": 20, "y": 20, "w": 80, "h": 60, "label": "lesion"}
    return {
        "item_id": "item-img-1",
        "layers": [
            {"annotator": "A1", "colour_index": 0, "labels": [_label("a", "box", box)]},
            {"annotator": "A2", "colour_index": 1,
             "labels": [_label("b", "box", dict(box, x=40))]},
        ],
    }  # fmt: skip


def grey_png(width: int = 240, height: int = 160) -> bytearray:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 40, 40)).save(out, "PNG")
    return bytearray(out.getvalue())


def test_image_layers_are_dashed_boxes_in_their_colours(qtbot: QtBot, context: ViewContext) -> None:
    screen = ReviewItemScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    qtbot.waitExposed(screen)
    schema = LabelSchema.from_json({"kinds": ["box"], "box_labels": ["lesion"]})
    screen.show_item(
        project_id="p1", shard_id="rs-1", item_id="item-img-1", kind="image",
        data=grey_png(), schema=schema, layers=parse_item_layers(image_layers()),
    )  # fmt: skip
    view = screen.image_view
    assert screen.view is view
    assert [d.what for d in screen.diffs] == ["IoU"]
    assert screen.diffs[0].score == pytest.approx(3600 / 6000)
    assert _count_colour(view.grab().toImage(), LAYER_COLOURS[1]) > 10
    view.press_layer_key(2)
    assert _count_colour(view.grab().toImage(), LAYER_COLOURS[1]) == 0
    screen.clear()
    assert view.overlay.layers == ()
    assert view.image_size == (0, 0)


def test_dicom_regions_show_on_their_frame_only(qtbot: QtBot, context: ViewContext) -> None:
    from pydicom.data import get_testdata_file

    data = bytearray(Path(str(get_testdata_file("CT_small.dcm"))).read_bytes())
    region = {"shape": "box", "points": [[20, 20], [90, 80]], "label": "nodule", "frame": 0}
    body = {
        "item_id": "item-ct-1",
        "layers": [
            {"annotator": "A1", "colour_index": 0, "labels": [_label("r1", "region", region)]},
            {"annotator": "A2", "colour_index": 4,
             "labels": [_label("r2", "region", dict(region, frame=1))]},
        ],
    }  # fmt: skip
    screen = ReviewItemScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    qtbot.waitExposed(screen)
    schema = LabelSchema.from_json({"kinds": ["region"], "region_labels": ["nodule"]})
    screen.show_item(
        project_id="p1", shard_id="rs-1", item_id="item-ct-1", kind="dicom", data=data,
        schema=schema, layers=parse_item_layers(body),
    )  # fmt: skip
    view = screen.dicom_view
    assert screen.view is view
    assert [d.what for d in screen.diffs] == ["missing", "missing"]  # other frames
    shown = view.grab().toImage()
    assert _count_colour(shown, LAYER_COLOURS[0]) > 10
    assert _count_colour(shown, LAYER_COLOURS[4]) == 0  # A2's region is on frame 1
