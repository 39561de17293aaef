"""What the view tests share: a real SQLCipher store (in-memory test keyring), the sink
over it, and the pieces of an open item. Never shipped (lives under tests/)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.keys import SUITE_X25519
from app.core.label_schema import LabelSchema
from app.ui.models.guard_policy import StoreGuardJournal
from app.ui.models.labeling import ItemLabels, ItemRef, StoreLabelSink
from app.ui.qt.content_view import ViewContext
from app.ui.qt.guard import ContentGuard
from app.ui.qt.watermark import WatermarkClock
from app.ui.qt.workspace import LabelingWorkspace, OpenItem
from app.workstation.identity import create_identity, generation_guard
from app.workstation.keystore import KeyStore
from app.workstation.store import Store
from tests.support.memkeyring import MemoryKeyring

USER = "ann.one"
PROJECT, SHARD = "proj-1", "shard-1"
SNAPSHOTS = Path(__file__).resolve().parents[1] / "data" / "snapshots"


@contextmanager
def real_store(tmp_path: Path) -> Iterator[Store]:
    """A real SQLCipher file in tmp_path, keyed from an in-memory keyring."""
    keys = KeyStore("cleanroom-test", MemoryKeyring(), allow_demo=True)
    identity = create_identity(keys, device_id="dev-ui-1", suite=SUITE_X25519)
    now = [1_800_000_000_000]

    def tick() -> int:  # distinct, increasing times keep versions in order
        now[0] += 1
        return now[0]

    store = Store.open(
        tmp_path / "vault.db", identity.db_key, identity.device_id,
        generation_guard(keys, identity), signing_key=identity.signing_key, clock_ms=tick,
    )  # fmt: skip
    try:
        yield store
    finally:
        store.close()


def journal_types(store: Store) -> list[str]:
    return [r.entry["type"] for r in store.journal_records()]


def updating_snapshots() -> bool:
    return os.environ.get("CLEANROOM_UPDATE_SNAPSHOTS") == "1"


def values(store: Store, item_id: str, kind: str | None = None) -> list[dict[str, Any]]:
    return [v.value for v in store.labels_for_item(item_id) if kind is None or v.kind == kind]


FIXED_MS = 1_800_000_000_000  # the watermark's minute is fixed, so snapshots are stable


@contextmanager
def view_context(store: Store, opacity: int = 12) -> Iterator[ViewContext]:
    """A real guard journaling into the store, and a watermark clock stopped at FIXED_MS."""
    guard = ContentGuard(
        StoreGuardJournal(store, user_id=USER, session_id="sess-1", clock_s=lambda: 0.0)
    )
    clock = WatermarkClock(USER, "dev-ui-1", "sess-1", clock_ms=lambda: FIXED_MS)
    try:
        yield ViewContext(guard, clock, opacity)
    finally:
        guard.uninstall()


def labels_for(store: Store, item_id: str) -> ItemLabels:
    sink = StoreLabelSink(store, user_id=USER, session_id="sess-1")
    return ItemLabels(ItemRef(PROJECT, SHARD, item_id), sink, store.labels_for_item(item_id))


def compare_snapshot(image: QImage, name: str, tolerance: float = 6.0) -> float:
    """Mean absolute difference (0..255 per channel) against tests/data/snapshots/NAME.png;
    CLEANROOM_UPDATE_SNAPSHOTS=1 rewrites the reference instead."""
    path = SNAPSHOTS / f"{name}.png"
    got = image.convertToFormat(QImage.Format.Format_RGB32)
    if updating_snapshots() or not path.exists():
        if not updating_snapshots():
            raise AssertionError(f"{path} is missing; run with CLEANROOM_UPDATE_SNAPSHOTS=1")
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        assert got.save(str(path), "PNG")
        return 0.0
    want = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert (want.width(), want.height()) == (got.width(), got.height()), "snapshot size changed"
    a = _pixels(got)
    b = _pixels(want)
    diff = float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())
    if diff > tolerance:
        got.save(str(path.with_suffix(".actual.png")), "PNG")
    assert diff <= tolerance, f"{name}: mean difference {diff:.2f} > {tolerance}"
    return diff


def _pixels(image: QImage) -> np.ndarray:
    ptr = image.constBits()
    return np.frombuffer(ptr, dtype=np.uint8, count=image.sizeInBytes()).reshape(
        image.height(), image.bytesPerLine()
    )[:, : image.width() * 4]


@dataclass
class Env:
    store: Store
    context: ViewContext
    workspace: LabelingWorkspace
    saved: list[str]

    def show(self, kind: str, data: bytes, schema: dict[str, Any], item_id: str = "it-1",
             instructions: str = "Label every symptom.") -> OpenItem:  # fmt: skip
        item = OpenItem(
            shard_id=SHARD, project_id=PROJECT, item_id=item_id, kind=kind,
            data=bytearray(data), meta={}, schema=LabelSchema.from_json(schema),
            instructions=instructions, labels=self.store.labels_for_item(item_id),
        )  # fmt: skip
        self.workspace.show_item(item)
        return item

    def press(self, key: str) -> None:
        """A key typed into the window, as a user would (QAction shortcuts included)."""
        target = QApplication.focusWidget() or self.workspace
        sequence = QKeySequence(key)
        combo = sequence[0]
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())


@pytest.fixture(name="env")
def env_fixture(qtbot: QtBot, tmp_path: Path) -> Iterator[Env]:
    """A workspace in its own top-level window, saving into a real store."""
    with real_store(tmp_path) as store, view_context(store) as context:
        sink = StoreLabelSink(store, user_id=USER, session_id="sess-1")
        workspace = LabelingWorkspace(context, sink)
        qtbot.addWidget(workspace)
        workspace.addActions(workspace.actions())
        workspace.resize(1000, 640)
        workspace.show()
        workspace.activateWindow()
        qtbot.waitExposed(workspace)
        saved: list[str] = []
        workspace.saved.connect(saved.append)
        yield Env(store, context, workspace, saved)
        workspace.clear()


def scene_image(fmt: str = "PNG", size: tuple[int, int] = (640, 480)) -> bytes:
    """A synthetic photo-like picture (no real content): sky, a disc and a block."""
    from PIL import Image, ImageDraw

    w, h = size
    image = Image.new("RGB", size, (200, 220, 235))
    draw = ImageDraw.Draw(image)
    draw.ellipse((w * 0.15, h * 0.2, w * 0.47, h * 0.55), fill=(180, 90, 60))
    draw.rectangle((w * 0.62, h * 0.52, w * 0.88, h * 0.88), fill=(60, 120, 70))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def click_image(env: Env, view: Any, point: tuple[float, float], *, double: bool = False) -> None:
    x, y = view.transform.to_view(point)
    pos = QPoint(round(x), round(y))
    if double:
        QTest.mouseDClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    else:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def drag_image(
    view: Any, a: tuple[float, float], b: tuple[float, float], modifiers: Any = None
) -> None:
    mods = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    pa = QPoint(*(round(v) for v in view.transform.to_view(a)))
    pb = QPoint(*(round(v) for v in view.transform.to_view(b)))
    QTest.mousePress(view, Qt.MouseButton.LeftButton, mods, pa)
    QTest.mouseMove(view, QPoint((pa.x() + pb.x()) // 2, (pa.y() + pb.y()) // 2))
    QTest.mouseMove(view, pb)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, mods, pb)
