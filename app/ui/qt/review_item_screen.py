"""One item side by side for the lead: the item (from the review shard sealed to this
device, shown by the annotator's own views under the same guard and watermark) with each
annotator's labels as colour-coded layers, the legend, the diff list, and the decision.

Keys: 1..9 toggle a layer, 0 shows all; Alt+Down/Alt+Up select the next/previous
difference; Ctrl+Return signs the decision. The lead's own label is drawn with the normal
tools (text: select and press Add; images: B box, P polygon) into memory only: nothing is
saved until it is signed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.label_schema import LabelSchema
from app.core.labels import LabelDraft
from app.ui.errors import ItemDisplayError
from app.ui.models.labeling import ItemLabels, ItemRef
from app.ui.models.review_adjudication import (
    MergeRefused,
    PendingSink,
    SignedRecord,
    merge_values,
    reason_problem,
)
from app.ui.models.review_diff import DiffRow, diff_layers
from app.ui.models.review_layers import ItemLayers, Layer, legend
from app.ui.qt.content_view import ViewContext
from app.ui.qt.image_canvas import ImageCanvas
from app.ui.qt.review_views import ReviewDicomView, ReviewImageCanvas, ReviewTextView
from app.ui.qt.theme import message_line, scaled_font, show_message

DECISIONS = (
    ("approved", "Accept one annotator's label"),
    ("merged", "Merge the two labels of the difference"),
    ("overridden", "My own label (draw it on the item)"),
)
DRAW_KINDS = {"text": ("span",), "image": ("box", "polygon"), "dicom": ("region",)}


@dataclass(frozen=True)
class Decision:
    """What will be signed: the label draft, its meaning, the reason, and the annotator's
    label it came from (None for the lead's own or a merge)."""

    draft: LabelDraft
    meaning: str
    reason: str
    source: dict[str, object] | None


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _list(parent: QWidget, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    widget.setDragEnabled(False)
    widget.setIconSize(QSize(14, 14))
    return widget


class ReviewItemScreen(QWidget):
    sign_requested = Signal()  # the window asks `decision()` and opens the signature dialog
    back_requested = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.context = context
        self.project_id = self.shard_id = self.item_id = self.kind = ""
        self.schema = LabelSchema()
        self.layers: tuple[Layer, ...] = ()
        self.diffs: list[DiffRow] = []
        self.sink = PendingSink()
        self.labels: ItemLabels | None = None
        self.min_iou = 0.5

        self.text_view = ReviewTextView(context)
        self.image_view = ReviewImageCanvas(context)
        self.dicom_view = ReviewDicomView(context)
        self.views = QStackedWidget(self)
        self._blank = QWidget(self.views)
        self.views.addWidget(self._blank)
        for view in (self.text_view, self.image_view, self.dicom_view):
            self.views.addWidget(view)

        side = QWidget(self)
        col = QVBoxLayout(side)
        top = QHBoxLayout()
        self.title = QLabel("", side)
        self.title.setObjectName("title")
        self.title.setFont(scaled_font(self, 1.15, bold=True))
        self.title.setWordWrap(True)
        self.back = QPushButton("Back to the queue", side)
        self.back.setToolTip("Alt+R")
        self.back.clicked.connect(self.back_requested.emit)
        top.addWidget(self.title, 1)
        top.addWidget(self.back)
        col.addLayout(top)
        col.addWidget(QLabel("Layers (1–9 toggle, 0 all)", side))
        self.legend = _list(side, "Annotator layers and their colours")
        self.legend.itemActivated.connect(self._legend_activated)
        self.legend.itemClicked.connect(self._legend_activated)
        col.addWidget(self.legend)
        col.addWidget(QLabel("Differences (Alt+Down / Alt+Up)", side))
        self.diff_list = _list(side, "Differences between the annotators' labels")
        self.diff_list.setWordWrap(True)
        self.diff_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        col.addWidget(self.diff_list, 1)

        form = QFormLayout()
        self.decision = QComboBox(side)
        for meaning, text in DECISIONS:
            self.decision.addItem(text, meaning)
        self.decision.setAccessibleName("Decision")
        self.annotator = QComboBox(side)
        self.annotator.setAccessibleName("Annotator whose label is accepted")
        self.new_label = QComboBox(side)
        self.new_label.setAccessibleName("Label name for your own label")
        self.add_own = QPushButton("Add to the selection", side)
        self.add_own.setToolTip("Text: label the selected text with the chosen name (Ctrl+D)")
        self.add_own.clicked.connect(self.add_own_label)
        own_row = QHBoxLayout()
        own_row.addWidget(self.new_label, 1)
        own_row.addWidget(self.add_own)
        self.reason = QLineEdit(side)
        self.reason.setPlaceholderText("Required when merging or overriding")
        self.reason.setAccessibleName("Reason")
        self.reason.setMaxLength(500)
        self.reason.setDragEnabled(False)
        self.reason.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        form.addRow("Decision", self.decision)
        form.addRow("Accept", self.annotator)
        form.addRow("Own label", own_row)
        form.addRow("Reason", self.reason)
        col.addLayout(form)
        self.sign = QPushButton("Sign…", side)
        self.sign.setObjectName("primary")
        self.sign.setToolTip("Sign the decision with your password (Ctrl+Return)")
        self.sign.clicked.connect(self.sign_requested.emit)
        col.addWidget(self.sign)
        self.message = message_line(side)
        col.addWidget(self.message)
        self.record = QLabel("", side)
        self.record.setObjectName("signed")
        self.record.setWordWrap(True)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.record.hide()
        col.addWidget(self.record)
        side.setMinimumWidth(side.fontMetrics().averageCharWidth() * 44)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.views)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 360])
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()
        self._keys()

    def _keys(self) -> None:
        bindings: list[tuple[tuple[str, ...], object]] = [
            ((str(n),), (lambda _c=False, n=n: self.press_layer_key(n))) for n in range(10)
        ]
        bindings += [
            (("Alt+Down",), lambda: self.step_diff(1)),
            (("Alt+Up",), lambda: self.step_diff(-1)),
            (("Ctrl+Return", "Ctrl+Enter"), self.sign_requested.emit),
            (("Ctrl+D",), self.add_own_label),
        ]
        for keys, slot in bindings:
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- showing ------------------------------------------------------------------------

    @property
    def view(self) -> ReviewTextView | ReviewImageCanvas | ReviewDicomView | None:
        current = self.views.currentWidget()
        views = (ReviewTextView, ReviewImageCanvas, ReviewDicomView)
        return current if isinstance(current, views) else None

    def show_item(
        self,
        *,
        project_id: str,
        shard_id: str,
        item_id: str,
        kind: str,
        data: bytearray,
        schema: LabelSchema,
        layers: ItemLayers,
        min_iou: float = 0.5,
    ) -> None:
        """Show the decrypted item (the caller keeps and wipes `data`) with its layers."""
        self.clear()
        self.project_id, self.shard_id, self.item_id, self.kind = (
            project_id, shard_id, item_id, kind,
        )  # fmt: skip
        self.schema, self.layers, self.min_iou = schema, layers.layers, min_iou
        self.sink = PendingSink()
        self.labels = ItemLabels(ItemRef(project_id, shard_id, item_id), self.sink, [])
        gold = "  · gold item" if layers.gold else ""
        self.title.setText(f"{kind.capitalize()} item {item_id[:8]}{gold}")
        view: ReviewTextView | ReviewImageCanvas | ReviewDicomView
        if kind == "text":
            view = self.text_view
        elif kind == "dicom":
            view = self.dicom_view
        elif kind == "image":
            view = self.image_view
        else:
            self.say("This item's kind is unknown to this client.", error=True)
            return
        self.views.setCurrentWidget(view)
        try:
            if isinstance(view, ReviewTextView):
                view.load(bytes(data).decode("utf-8", errors="replace"), self.labels, schema)
            else:
                view.load(data, self.labels, schema)
        except ItemDisplayError as exc:
            view.show_error(exc.message)
        view.set_layers(self.layers)
        text_len = view.text_length if isinstance(view, ReviewTextView) else 1 << 30
        self.diffs = diff_layers(self.layers, text_len=text_len, min_iou=min_iou)
        self._fill_legend()
        self._fill_diffs()
        self.annotator.clear()
        for layer in self.layers:
            self.annotator.addItem(_swatch(layer.colour), layer.name)
        self.new_label.clear()
        for d in schema.labels:
            if d.kind in DRAW_KINDS.get(kind, ()):
                self.new_label.addItem(d.name, d.key)
        self.say("")
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_legend(self) -> None:
        self.legend.clear()
        visibility = self.view.overlay.visibility if self.view is not None else None
        if visibility is None:
            return
        for key, name, colour in legend(self.layers, visibility):
            item = QListWidgetItem(_swatch(colour), f"{key}  {name}" if key else name)
            self.legend.addItem(item)
        rows = max(1, min(self.legend.count(), 9))
        self.legend.setFixedHeight(
            self.legend.sizeHintForRow(0) * rows + 2 * self.legend.frameWidth() + 4
        )

    def _fill_diffs(self) -> None:
        self.diff_list.clear()
        names = [layer.name for layer in self.layers]
        for row in self.diffs:
            item = QListWidgetItem(_swatch(self.layers[row.layers[1]].colour), row.text(names))
            self.diff_list.addItem(item)
        if not self.diffs:
            self.diff_list.addItem("The layers agree.")
        else:
            self.diff_list.setCurrentRow(0)

    def press_layer_key(self, key: int) -> None:
        view = self.view
        if view is not None and view.press_layer_key(key):
            self._fill_legend()

    def _legend_activated(self, item: QListWidgetItem) -> None:
        self.press_layer_key(self.legend.row(item) + 1)

    def step_diff(self, step: int) -> None:
        if self.diffs:
            row = (self.diff_list.currentRow() + step) % len(self.diffs)
            self.diff_list.setCurrentRow(row)

    def say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, kind="error" if error else "info")

    def clear(self) -> None:
        """Wipe the views (decoded pixels, text, layers) and the lead's unsigned drawing."""
        for view in (self.text_view, self.image_view, self.dicom_view):
            view.wipe()
        self.views.setCurrentWidget(self._blank)
        self.layers, self.diffs, self.labels = (), [], None
        self.sink.clear()
        self.legend.clear()
        self.diff_list.clear()
        self.reason.clear()
        self.record.hide()
        self.record.setText("")
        self.title.setText("")

    # --- deciding ---------------------------------------------------------------------------

    @property
    def meaning(self) -> str:
        return str(self.decision.currentData())

    def _decision_changed(self) -> None:
        own = self.meaning == "overridden"
        self.annotator.setEnabled(self.meaning == "approved")
        self.new_label.setEnabled(own)
        self.add_own.setEnabled(own)
        view = self.view
        if isinstance(view, ImageCanvas) and not own:
            view.set_tool("select")

    def add_own_label(self) -> None:
        """Text: label the selection with the chosen name; images: pick the tool's label."""
        view, key = self.view, self.new_label.currentData()
        if view is None or not isinstance(key, str) or not key:
            self.say("Choose a label name first.", error=True)
            return
        self.decision.setCurrentIndex(
            next(i for i, d in enumerate(DECISIONS) if d[0] == "overridden")
        )
        if not view.apply_key(key):
            self.say("Select some text first, or draw a shape (B box, P polygon).", error=True)

    def selected_diff(self) -> DiffRow | None:
        row = self.diff_list.currentRow()
        return self.diffs[row] if 0 <= row < len(self.diffs) else None

    def decision_draft(self) -> Decision:
        """What the lead chose, checked; raises MergeRefused with a message to show."""
        meaning, reason = self.meaning, self.reason.text().strip()
        problem = reason_problem(meaning, reason)
        if problem:
            raise MergeRefused(problem)
        if meaning == "overridden":
            own = self.sink.live()
            if not own:
                raise MergeRefused("Draw your own label on the item first, then sign.")
            last = own[-1]
            return Decision(self._draft(last.kind, last.value), meaning, reason, None)
        row = self.selected_diff()
        if row is None:
            raise MergeRefused("Select a difference in the list first.")
        if meaning == "approved":
            index = self.annotator.currentIndex()
            if index not in row.layers:
                names = " and ".join(self.layers[i].annotator for i in row.layers)
                raise MergeRefused(f"This difference is between {names}; accept one of them.")
            aid = row.elements[row.layers.index(index)]
            label = self.layers[index].label(aid) if aid else None
            if label is None:
                raise MergeRefused("That annotator has no label here; accept the other one.")
            source = {"annotation_id": label.annotation_id, "version": label.version}
            return Decision(self._draft(label.kind, label.value), meaning, reason or "", source)
        found = [
            self.layers[i].label(aid)
            for i, aid in zip(row.layers, row.elements, strict=True)
            if aid is not None
        ]
        kind, value = merge_values([v for v in found if v is not None])
        return Decision(self._draft(kind, value), meaning, reason, None)

    def _draft(self, kind: str, value: dict[str, object]) -> LabelDraft:
        return LabelDraft(self.project_id, self.shard_id, self.item_id, kind, dict(value))

    def show_signed(self, record: SignedRecord) -> None:
        self.record.setText("\n".join(record.lines()))
        self.record.show()
        self.reason.clear()
        self.sink.clear()
        self.say("Signed. The decision is the final label of this element.", error=False)
