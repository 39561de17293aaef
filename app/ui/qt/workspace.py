"""LabelingWorkspace: the central area where one item is labelled — its view (text, image
or DICOM), the labels and classes, the comment and the instructions — and the keyboard
actions that drive them (models/shortcuts.py, plus one action per schema key).

Every change is committed through the LabelSink (store + journal) before the view shows
it; `saved(item_id)` follows each commit. An item with pre-annotations (`meta.preannotations`,
projects created with `--preannotation`) and no label of the annotator's own opens pre-filled
with them as unsaved suggestions (models/preannotation.py, ItemLabels.suggest), said so on
the status line; the annotator's first change or accepting the item saves them as theirs.
`clear()` wipes the item's bytes and every decoded buffer; the window calls it on lock,
logout and before the next item.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CleanroomError
from app.core.label_schema import KEY_ORDER, LabelSchema
from app.core.labels import LabelVersion
from app.core.memory import wipe
from app.ui.errors import ItemDisplayError
from app.ui.models.labeling import ItemLabels, ItemRef, LabelSink
from app.ui.models.preannotation import suggestions
from app.ui.models.shortcuts import SHORTCUTS
from app.ui.models.windowing import PRESETS
from app.ui.qt.comment_box import CommentBox
from app.ui.qt.content_view import ViewContext
from app.ui.qt.dicom_view import DicomView
from app.ui.qt.image_canvas import ZOOM_STEP, ImageCanvas
from app.ui.qt.instructions_panel import InstructionsPanel
from app.ui.qt.label_panel import LabelPanel
from app.ui.qt.text_view import TextView

# label kinds each item kind draws (item classes are every kind's)
KINDS_FOR_ITEM = {"text": ("span",), "image": ("box", "polygon"), "dicom": ("region",)}
# shortcut rows that are not actions of their own (views handle them, or the window does)
_NOT_ACTIONS = {"label_keys", "next_label", "previous_label", "select_chars", "select_words",
                "select_lines", "pan", "resize"}  # fmt: skip


@dataclass
class OpenItem:
    shard_id: str
    project_id: str
    item_id: str
    kind: str  # text | image | dicom
    data: bytearray  # decrypted bytes; the workspace wipes them on clear()
    meta: dict[str, Any]
    schema: LabelSchema
    instructions: str
    labels: list[LabelVersion] = field(default_factory=list)
    # image items: `image_canvas.decode_image(data, fit)` run ahead on a worker thread
    # (QImage decoding is thread-safe); dropped with the item on clear()
    decoded: tuple[QImage, QSize] | None = None


class LabelingWorkspace(QWidget):
    saved = Signal(str)  # item_id, after the store committed
    next_requested = Signal()
    previous_requested = Signal()
    skip_requested = Signal()
    series_step = Signal(int)  # past a DICOM item's last (+1) or first (-1) frame

    def __init__(
        self, context: ViewContext, sink: LabelSink, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self._sink = context, sink
        self.item: OpenItem | None = None
        self.labels: ItemLabels | None = None
        # the policy's `allowed_label_kinds` (None: every kind); the window sets it
        self.allowed_label_kinds: tuple[str, ...] | None = None

        self.text_view = TextView(context)
        self.image_canvas = ImageCanvas(context)
        self.dicom_view = DicomView(context)
        self.views = QStackedWidget(self)
        self._blank = QWidget(self.views)
        self.views.addWidget(self._blank)
        for view in (self.text_view, self.image_canvas, self.dicom_view):
            self.views.addWidget(view)
            view.changed.connect(self._view_saved)
            view.message.connect(self.say)
        self.dicom_view.series_step.connect(self.series_step)

        self.find_edit = QLineEdit(self)  # holds only what the user types
        self.find_edit.setPlaceholderText("Find in this item (Enter: next, Esc: close)")
        self.find_edit.setDragEnabled(False)
        self.find_edit.textEdited.connect(self._find_changed)
        self.find_edit.returnPressed.connect(lambda: self.text_view.find_next(1))
        self.find_count = QLabel("", self)
        self.find_bar = QFrame(self)
        find_row = QHBoxLayout(self.find_bar)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.find_edit)
        find_row.addWidget(self.find_count)
        self.find_bar.hide()

        self.message_line = QLabel("", self)
        self.message_line.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        left = QWidget(self)
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.find_bar)
        left_col.addWidget(self.views, 1)
        left_col.addWidget(self.message_line)

        self.label_panel = LabelPanel(self)
        self.label_panel.key_clicked.connect(self.press_key)
        self.comment_box = CommentBox(self)
        self.comment_box.saved.connect(self._emit_saved)
        self.instructions = InstructionsPanel(context)
        side = QWidget(self)
        side_col = QVBoxLayout(side)
        side_col.addWidget(self.label_panel)
        side_col.addWidget(self.comment_box)
        side_col.addWidget(self.instructions, 1)
        side.setMinimumWidth(220)

        # The splitter sits inside a wrapper so the shade's overlay cannot become a pane.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 280])
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self._side = side
        self._actions = self._build_actions()

    # --- items --------------------------------------------------------------------------

    @property
    def view(self) -> TextView | ImageCanvas | None:
        current = self.views.currentWidget()
        return current if isinstance(current, TextView | ImageCanvas) else None

    def show_item(self, item: OpenItem) -> None:
        """Show one decrypted item. Bytes that cannot be shown show one line in the view;
        the item's classes and comment, and the rest of the shard, stay usable."""
        self.clear()
        item.schema = self._allowed(item.schema)
        self.item = item
        ref = ItemRef(item.project_id, item.shard_id, item.item_id)
        self.labels = ItemLabels(ref, self._sink, item.labels)
        views: dict[str, TextView | ImageCanvas] = {
            "text": self.text_view, "image": self.image_canvas, "dicom": self.dicom_view,
        }  # fmt: skip
        view = views.get(item.kind)
        if view is None:
            self.say("This item's kind is unknown to this client; skip it.", error=True)
            return
        self.views.setCurrentWidget(view)
        try:
            if isinstance(view, TextView):
                view.load(
                    bytes(item.data).decode("utf-8", errors="replace"), self.labels, item.schema
                )
            else:
                view.load(item.data, self.labels, item.schema, item.decoded)
        except ItemDisplayError as exc:
            view.show_error(exc.message)
        note = self._prefill(item, view)
        self.label_panel.show_schema(item.schema, KINDS_FOR_ITEM[item.kind], self.labels.classes())
        class_allowed = self.allowed_label_kinds is None or "class" in self.allowed_label_kinds
        saver = self._save_comment if class_allowed else None  # the comment is a class value
        self.comment_box.show_comment(self.labels.comment(), saver)
        self.instructions.show_text(item.instructions)
        self.say(note)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _prefill(self, item: OpenItem, view: TextView | ImageCanvas) -> str:
        """Show the item's pre-annotations as unsaved suggestions when it has no label of
        the annotator's own; the status line note ("" when there are none)."""
        if self.labels is None or self.labels.latest or view.error is not None:
            return ""
        text_len = view.text_length if isinstance(view, TextView) else None
        found = suggestions(item.meta, item.schema, KINDS_FOR_ITEM[item.kind], text_len)
        if not self.labels.suggest(found.labels):
            return ""
        view.refresh_labels()
        return found.note()

    def _allowed(self, schema: LabelSchema) -> LabelSchema:
        """The schema less the label kinds the policy does not allow."""
        allowed = self.allowed_label_kinds
        if allowed is None:
            return schema
        return replace(
            schema,
            labels=tuple(d for d in schema.labels if d.kind in allowed),
            classes=schema.classes if "class" in allowed else (),
        )

    def clear(self) -> None:
        """Wipe every buffer and decoded image; commit a typed comment first."""
        self.comment_box.commit()
        for view in (self.text_view, self.image_canvas, self.dicom_view, self.instructions):
            view.wipe()
        self.views.setCurrentWidget(self._blank)
        if self.item is not None:
            wipe(self.item.data)
            self.item.decoded = None
        self.item, self.labels = None, None
        self.comment_box.clear()
        self.find_edit.clear()
        self.find_bar.hide()
        self.label_panel.set_classes(())

    # --- saving -------------------------------------------------------------------------

    def _emit_saved(self) -> None:
        if self.item is not None:
            self.saved.emit(self.item.item_id)

    def _view_saved(self) -> None:
        self.say("Saved.")
        self._emit_saved()

    def _save_comment(self, text: str) -> object:
        if self.labels is None:
            return None
        return self.labels.set_comment(text)

    def say(self, text: str, error: bool = False) -> None:
        self.message_line.setText(text)
        style = "color: #C62828;" if error else ""
        if self.message_line.styleSheet() != style:
            self.message_line.setStyleSheet(style)

    # --- key handlers ---------------------------------------------------------------------

    def press_key(self, key: str) -> None:
        """A schema key: a label of the current view, else an item class."""
        if self.item is None or self.labels is None:
            return
        view = self.view
        if view is not None and view.error is None and view.apply_key(key):
            return
        klass = self.item.schema.class_for_key(key)
        if klass is None:
            return
        current = self.labels.classes()
        if klass.name in current:
            names = [n for n in current if n != klass.name]
        elif self.item.schema.multi_class:
            names = [c.name for c in self.item.schema.classes if c.name in {*current, klass.name}]
        else:
            names = [klass.name]
        try:
            self.labels.set_classes(names)
        except CleanroomError as exc:
            self.say(exc.message, error=True)
            return
        self.label_panel.set_classes(self.labels.classes())
        self.say(f"Class: {', '.join(self.labels.classes()) or 'none'}. Saved.")
        self._emit_saved()

    def _accept(self) -> bool:
        """Accepting an item with nothing on it records that (an empty `class` value), so
        the queue counts it as labelled and "next unlabelled" moves on."""
        allowed = self.allowed_label_kinds
        if self.labels is not None and self.labels.suggested:
            try:  # accepting keeps the suggestions the annotator left: saved as theirs
                self.labels.adopt_suggestions()
            except CleanroomError as exc:
                self.say(exc.message, error=True)
                return False
            self._emit_saved()
            return True
        if self.labels is None or self.labels.latest or (allowed and "class" not in allowed):
            return True
        try:
            self.labels.set_classes([])
        except CleanroomError as exc:
            self.say(exc.message, error=True)
            return False
        self._emit_saved()
        return True

    def undo(self, redo: bool = False) -> None:
        if self.labels is None:
            return
        try:
            saved = self.labels.redo() if redo else self.labels.undo()
        except CleanroomError as exc:
            self.say(exc.message, error=True)
            return
        if saved is None:
            self.say("Nothing to redo." if redo else "Nothing to undo.")
            return
        view = self.view
        if view is not None:
            view.refresh_labels()
        self.label_panel.set_classes(self.labels.classes())
        class_allowed = self.allowed_label_kinds is None or "class" in self.allowed_label_kinds
        saver = self._save_comment if class_allowed else None  # the comment is a class value
        self.comment_box.show_comment(self.labels.comment(), saver)
        self.say(("Redone" if redo else "Undone") + " (saved as a new version).")
        self._emit_saved()

    def _image_view(self) -> ImageCanvas | None:
        view = self.view
        return view if isinstance(view, ImageCanvas) and view.error is None else None

    def _dicom(self) -> DicomView | None:
        view = self.view
        return view if isinstance(view, DicomView) and view.error is None else None

    def _on_view(self, name: str) -> None:
        """Dispatch one shortcut action by its id (models/shortcuts.py)."""
        view, image, dicom = self.view, self._image_view(), self._dicom()
        if name == "accept_next":
            if self.comment_box.commit() and self._accept():
                self.next_requested.emit()
        elif name == "next":
            self.next_requested.emit()
        elif name == "previous":
            self.previous_requested.emit()
        elif name == "skip":
            self.skip_requested.emit()
        elif name in ("undo", "redo"):
            self.undo(redo=name == "redo")
        elif name == "delete" and view is not None:
            view.delete_selected()
        elif name == "deselect":
            if self.find_bar.isVisible():  # first Escape closes find, keeping the match
                self.find_bar.hide()
                self.text_view.clear_find()
            elif view is not None:
                view.deselect()
            if view is not None:
                view.setFocus()
        elif name == "comment":
            self.comment_box.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif name == "instructions":
            self.instructions.setVisible(not self.instructions.isVisible())
        elif name == "find" and isinstance(view, TextView):
            self.find_bar.show()
            self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.find_edit.selectAll()
        elif name in ("find_next", "find_previous"):
            self.text_view.find_next(1 if name == "find_next" else -1)
            self._find_count()
        elif name.startswith("tool_") and image is not None:
            image.set_tool(name.removeprefix("tool_"))
        elif name in ("zoom_in", "zoom_out") and image is not None:
            image.zoom(ZOOM_STEP if name == "zoom_in" else 1 / ZOOM_STEP)
        elif name in ("vertex_next", "vertex_previous") and image is not None:
            image.cycle_vertex(1 if name == "vertex_next" else -1)
        elif name == "fit" and image is not None:
            image.fit()
        elif name == "actual_size" and image is not None:
            image.actual_size()
        elif name == "window_mode" and dicom is not None:
            dicom.toggle_window_mode()
        elif name.startswith("preset_") and dicom is not None:
            key = next(s.keys[0] for s in SHORTCUTS if s.action == name)
            preset = next((p.name for p in PRESETS if p.key == key), "file")
            dicom.apply_preset(preset)
        elif name in ("frame_next", "frame_previous"):
            step = 1 if name == "frame_next" else -1
            if dicom is not None:
                dicom.step_frame(step)
            elif isinstance(view, TextView):  # the same keys page through text
                page = Qt.Key.Key_PageDown if step > 0 else Qt.Key.Key_PageUp
                view.keyPressEvent(
                    QKeyEvent(QEvent.Type.KeyPress, page, Qt.KeyboardModifier.NoModifier)
                )

    def _find_changed(self, text: str) -> None:
        self.text_view.find_text(text)
        self._find_count()

    def _find_count(self) -> None:
        current, total = self.text_view.match_position
        self.find_count.setText(f"{current}/{total}" if total else "no match")

    # --- actions --------------------------------------------------------------------------

    def _build_actions(self) -> list[QAction]:
        actions = []
        for row in SHORTCUTS:
            if row.action in _NOT_ACTIONS:
                continue
            action = QAction(row.description, self)
            action.setObjectName(row.action)
            action.setShortcuts([QKeySequence(k) for k in row.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if row.action != "cheat_sheet":  # the window shows its cheat sheet
                action.triggered.connect(lambda _=False, n=row.action: self._on_view(n))
            actions.append(action)
        for key in KEY_ORDER:
            action = QAction(f"Label or class key {key}", self)
            action.setObjectName(f"key_{key}")
            action.setShortcut(QKeySequence(key.upper() if key.isalpha() else key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, k=key: self.press_key(k))
            actions.append(action)
        return actions

    def actions(self) -> list[QAction]:
        """Its shortcut actions; the window adds them (so they work wherever focus is)."""
        return list(self._actions)

    def action(self, name: str) -> QAction:
        return next(a for a in self._actions if a.objectName() == name)
