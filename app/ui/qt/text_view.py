"""TextView: a text item painted by us (QTextLayout + QPainter), with our own selection,
find, and span labels drawn as coloured highlights with their names.

No Qt text widget shows the text, so nothing Qt could copy exists: the selection is two
integers (models/text_spans.py), never the clipboard nor X11's PRIMARY. Overlapping spans
get separate lanes: a coloured bar each under the line, with the label name at the span's
start; the innermost span's colour also tints the text background.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextLine,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from app.core.errors import CleanroomError
from app.core.label_schema import LabelSchema
from app.core.labels import LabelVersion
from app.ui.models.labeling import ItemLabels
from app.ui.models.text_spans import (
    Selection,
    Span,
    Utf16Map,
    find_all,
    lanes,
    next_word,
    parse_span,
    previous_word,
    span_value,
    spans_at,
    word_at,
)
from app.ui.qt.content_view import ContentView, ViewContext

MARGIN = 16
LANE_H = 14  # one lane under a line: a 3 px bar and the label name
MATCH = QColor(255, 200, 0, 110)
CURRENT_MATCH = QColor(255, 140, 0, 190)


@dataclass
class _Para:
    start: int  # code point offset of the paragraph in the whole text
    text: str
    map: Utf16Map
    layout: QTextLayout


@dataclass
class _Line:
    para: int
    line: QTextLine
    start: int  # code points, whole text
    end: int
    y: float  # top, in document coordinates
    text_h: float
    lanes: int

    @property
    def bottom(self) -> float:
        return self.y + self.text_h + self.lanes * LANE_H


class TextView(ContentView):
    changed = Signal()  # a label version was committed
    message = Signal(str, bool)  # one line for the annotator; True when it is an error

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._text = ""
        self._paras: list[_Para] = []
        self._para_starts: list[int] = []
        self._lines: list[_Line] = []
        self._laid = 0  # paragraphs laid out at the current width
        self._next_y = 0.0  # where the next laid-out line goes
        self._doc_h = 0.0
        self._layout_width = -1.0
        self._labels: ItemLabels | None = None
        self._schema = LabelSchema()
        self._spans: list[Span] = []
        self._lanes: dict[str, int] = {}
        self.selection = Selection()
        self.selected_span: str | None = None
        self._matches: list[tuple[int, int]] = []
        self._match = -1
        self._dragging = False
        self._clicked_span: str | None = None
        self._goal_x: float | None = None  # kept across Up/Down moves
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.2)
        self._font = font
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self._small.pointSizeF(), 9.0) * 0.8)
        self._small_metrics = QFontMetricsF(self._small)
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        # Opaque: a scroll bar update then repaints the bar alone, not the text under it.
        self._scroll.setAutoFillBackground(True)
        self._scroll.valueChanged.connect(self.update)
        self.setCursor(Qt.CursorShape.IBeamCursor)

    # --- content ------------------------------------------------------------------------

    def load(self, text: str, labels: ItemLabels, schema: LabelSchema) -> None:
        """Show `text` (already masked by the second pass) with the item's spans."""
        self.wipe()
        self._text, self._labels, self._schema = text, labels, schema
        self._build_paragraphs()
        self.refresh_labels()
        self._scroll.setValue(0)
        # Lay out the first screen now: done inside the paint, it would set the scroll range
        # mid-paint and make Qt paint the view twice.
        self._ensure_layout()

    def wipe(self) -> None:
        self._text = ""
        self._paras, self._para_starts, self._lines = [], [], []
        self._spans, self._lanes, self._matches, self._match = [], {}, [], -1
        self._labels = None
        self.selection = Selection()
        self.selected_span = None
        self._layout_width = -1.0
        super().wipe()

    @property
    def text_length(self) -> int:
        return len(self._text)

    @property
    def spans(self) -> list[Span]:
        return list(self._spans)

    def refresh_labels(self) -> None:
        """Re-read the spans from the labeling state (after a save, undo or redo)."""
        labels = self._labels
        found = []
        for v in labels.live("span") if labels else []:
            span = parse_span(v.annotation_id, v.value, len(self._text))
            if span is not None:
                found.append(span)
        self._spans = sorted(found, key=lambda s: (s.start, -s.end))
        self._lanes = lanes(self._spans)
        if self.selected_span not in {s.annotation_id for s in self._spans}:
            self.selected_span = None
        self._position_lines()
        self.update()

    # --- layout -------------------------------------------------------------------------

    def _build_paragraphs(self) -> None:
        self._paras, start = [], 0
        for chunk in self._text.split("\n"):
            # CR of a CRLF shows as nothing; same length, so offsets stay those of the text
            layout = QTextLayout(chunk.replace("\r", "\u200b"), self._font)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            self._paras.append(_Para(start, chunk, Utf16Map(chunk), layout))
            start += len(chunk) + 1
        self._para_starts = [p.start for p in self._paras]
        self._layout_width = -1.0

    def _text_width(self) -> float:
        return max(40.0, self.width() - 2 * MARGIN - self._scroll.sizeHint().width())

    def _ensure_layout(self, *, y: float | None = None, pos: int | None = None) -> None:
        """Lay out paragraphs in order and only as far as needed (a long item shows at
        once): down to document height `y`, or to the paragraph holding code point `pos`;
        by default a little past the bottom of the view."""
        width = self._text_width()
        if width != self._layout_width:
            self._layout_width = width
            self._lines, self._laid, self._next_y = [], 0, 0.0
        if y is None and pos is None:
            y = self._scroll.value() + self.height() + 400
        last = len(self._paras) - 1
        if pos is not None:
            last = max(0, bisect.bisect_right(self._para_starts, pos) - 1)
        grew = False
        while self._laid < len(self._paras) and (
            (y is not None and self._next_y < y) or (pos is not None and self._laid <= last)
        ):
            self._lay_out_paragraph(self._laid, width)
            self._laid += 1
            grew = True
        if grew:
            self._update_scroll_range()

    def _lay_out_paragraph(self, index: int, width: float) -> None:
        para = self._paras[index]
        layout = para.layout
        layout.clearLayout()
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start = para.start + para.map.from_utf16(line.textStart())
            end = para.start + para.map.from_utf16(line.textStart() + line.textLength())
            ln = _Line(index, line, start, end, 0.0, line.height(), 0)
            self._place(ln)
            self._lines.append(ln)
        layout.endLayout()

    def _place(self, ln: _Line) -> None:
        """Put a line at the next free y, with room under it for its spans' lanes."""
        inside = [
            s for s in self._spans if s.start < max(ln.end, ln.start + 1) and s.end > ln.start
        ]
        ln.lanes = 1 + max((self._lanes[s.annotation_id] for s in inside), default=-1)
        ln.y = self._next_y
        ln.line.setPosition(QPointF(0.0, ln.y))
        self._next_y = ln.bottom + 2

    def _position_lines(self) -> None:
        """Place the lines laid out so far again (spans changed, so lanes did)."""
        self._next_y = 0.0
        for ln in self._lines:
            self._place(ln)
        self._update_scroll_range()

    def _update_scroll_range(self) -> None:
        laid_chars = (
            self._para_starts[self._laid] if self._laid < len(self._paras) else len(self._text)
        )
        rest = len(self._text) - laid_chars
        self._doc_h = self._next_y + rest * self._next_y / max(laid_chars, 1)  # estimated
        visible = max(1, self.height() - 2 * MARGIN)
        self._scroll.setRange(0, max(0, int(self._doc_h - visible)))
        self._scroll.setPageStep(visible)
        self._scroll.setSingleStep(20)

    def resizeEvent(self, event: QResizeEvent) -> None:
        w = self._scroll.sizeHint().width()
        self._scroll.setGeometry(self.width() - w, 0, w, self.height())
        self._layout_width = -1.0
        super().resizeEvent(event)

    # --- geometry helpers ---------------------------------------------------------------

    def _line_index(self, pos: int) -> int:
        """The visual line holding the caret at code point `pos` (a wrapped line's end
        belongs to the next line, which starts there)."""
        self._ensure_layout(pos=pos)
        starts = [ln.start for ln in self._lines]
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def _x_of(self, ln: _Line, pos: int) -> float:
        para = self._paras[ln.para]
        local = para.map.to_utf16(min(max(pos, ln.start), ln.end) - para.start)
        x: Any = ln.line.cursorToX(local)  # PySide6 returns (x, position)
        return float(x[0])

    def _origin(self) -> QPointF:
        return QPointF(MARGIN, MARGIN - self._scroll.value())

    def position_at(self, point: QPointF) -> int:
        """Code point under a widget point (nearest on the nearest line)."""
        doc = point - self._origin()
        self._ensure_layout(y=doc.y() + 1)
        if not self._lines:
            return 0
        tops = [ln.y for ln in self._lines]
        i = max(0, bisect.bisect_right(tops, doc.y()) - 1)
        ln = self._lines[i]
        para = self._paras[ln.para]
        local = ln.line.xToCursor(doc.x())
        return min(max(para.start + para.map.from_utf16(local), ln.start), ln.end)

    def point_of(self, pos: int) -> QPointF:
        """Widget point at the middle of the line, just after code point `pos`."""
        self._ensure_layout()
        if not self._lines:
            return QPointF(MARGIN, MARGIN)
        ln = self._lines[self._line_index(pos)]
        return self._origin() + QPointF(self._x_of(ln, pos) + 1, ln.y + ln.text_h / 2)

    def _ensure_visible(self, pos: int) -> None:
        self._ensure_layout()
        if not self._lines:
            return
        ln = self._lines[self._line_index(pos)]
        top, visible = self._scroll.value(), self.height() - 2 * MARGIN
        if ln.y < top:
            self._scroll.setValue(int(ln.y))
        elif ln.bottom > top + visible:
            self._scroll.setValue(int(ln.bottom - visible))

    # --- painting -----------------------------------------------------------------------

    def _range_rect(self, ln: _Line, start: int, end: int) -> QRectF | None:
        s, e = max(start, ln.start), min(end, ln.end)
        if s >= e and not (start == end == s):
            return None
        x0, x1 = self._x_of(ln, s), self._x_of(ln, e)
        return QRectF(min(x0, x1), ln.y, abs(x1 - x0), ln.text_h)

    def paint_content(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), self.palette().base())
        self._ensure_layout()
        if not self._lines:
            return
        origin = self._origin()
        painter.translate(origin)
        top, bottom = -origin.y(), -origin.y() + self.height()
        first = max(0, bisect.bisect_right([ln.y for ln in self._lines], top) - 1)
        sel_start, sel_end = self.selection.range
        highlight = QColor(self.palette().highlight().color())
        highlight.setAlpha(110)
        ink = self.palette().text().color()
        for ln in self._lines[first:]:
            if ln.y > bottom:
                break
            shown = [s for s in self._spans if s.start < ln.end and s.end > ln.start]
            for span in sorted(shown, key=lambda s: s.start - s.end):  # innermost last = on top
                rect = self._range_rect(ln, span.start, span.end)
                if rect is not None:
                    tint = QColor(self._schema.color_of(span.label))
                    tint.setAlpha(70)
                    painter.fillRect(rect, tint)
            for i, (ms, me) in enumerate(self._matches):
                if ms < ln.end and me > ln.start:
                    rect = self._range_rect(ln, ms, me)
                    if rect is not None:
                        painter.fillRect(rect, CURRENT_MATCH if i == self._match else MATCH)
            if sel_end > sel_start:
                rect = self._range_rect(ln, sel_start, sel_end)
                if rect is not None:
                    painter.fillRect(rect, highlight)
            painter.setPen(ink)
            ln.line.draw(painter, QPointF(0, 0))
            self._paint_lanes(painter, ln, shown)
        if self.hasFocus() and self.selection.empty and not self.selected_span:
            caret_line = self._lines[self._line_index(self.selection.caret)]
            x = self._x_of(caret_line, self.selection.caret)
            painter.fillRect(QRectF(x, caret_line.y, 1.5, caret_line.text_h), ink)

    def _paint_lanes(self, painter: QPainter, ln: _Line, shown: list[Span]) -> None:
        painter.setFont(self._small)
        ascent = self._small_metrics.ascent()
        for span in shown:
            lane = self._lanes[span.annotation_id]
            rect = self._range_rect(ln, span.start, span.end)
            if rect is None:
                continue
            color = QColor(self._schema.color_of(span.label))
            bar_y = ln.y + ln.text_h + lane * LANE_H + 1
            painter.fillRect(QRectF(rect.left(), bar_y, max(rect.width(), 2.0), 3), color)
            if span.annotation_id == self.selected_span:
                painter.setPen(QPen(color.darker(160), 2))
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            if ln.start <= span.start < ln.end or span.start == ln.start:
                dark = self.palette().base().color().lightnessF() < 0.5
                painter.setPen(color.lighter(130) if dark else color.darker(170))
                painter.drawText(QPointF(rect.left(), bar_y + 3 + ascent), span.label)

    # --- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = self.position_at(event.position())
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.selection.move(pos, extend=extend)
        self._clicked_span, self.selected_span = self.selected_span, None
        self._dragging = True
        self._goal_x = None
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self.selection.move(self.position_at(event.position()), extend=True)
            self._ensure_visible(self.selection.caret)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._dragging = False
        if self.selection.empty:  # a click, not a drag: select the span under it, if any
            hits = spans_at(self._spans, self.position_at(event.position()))
            if hits:
                ids = [s.annotation_id for s in hits]
                # clicking again on the same place walks outwards through nested spans
                before = self._clicked_span
                nxt = ids[(ids.index(before) + 1) % len(ids)] if before in ids else ids[0]
                self.selected_span = nxt
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = word_at(self._text, self.position_at(event.position()))
        self.selection.select(start, end)
        self.selected_span = None
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._scroll.setValue(self._scroll.value() - event.angleDelta().y() // 2)

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        extend = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        by_word = bool(mods & Qt.KeyboardModifier.ControlModifier)
        caret, n = self.selection.caret, len(self._text)
        target: int | None = None
        keep_goal = False
        if key == Qt.Key.Key_Left:
            if not extend and not self.selection.empty:
                target = self.selection.range[0]
            else:
                target = previous_word(self._text, caret) if by_word else max(0, caret - 1)
        elif key == Qt.Key.Key_Right:
            if not extend and not self.selection.empty:
                target = self.selection.range[1]
            else:
                target = next_word(self._text, caret) if by_word else min(n, caret + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            target, keep_goal = self._vertical(key, caret), True
        elif key == Qt.Key.Key_Home:
            target = (
                0 if by_word else self._lines[self._line_index(caret)].start if self._lines else 0
            )
        elif key == Qt.Key.Key_End:
            target = (
                n if by_word else self._lines[self._line_index(caret)].end if self._lines else n
            )
        if target is None:
            event.ignore()
            return
        if not keep_goal:
            self._goal_x = None
        self.selection.move(target, extend=extend)
        self.selected_span = None
        self._ensure_visible(target)
        self.update()

    def _vertical(self, key: int, caret: int) -> int:
        self._ensure_layout()
        if not self._lines:
            return caret
        i = self._line_index(caret)
        if self._goal_x is None:
            self._goal_x = self._x_of(self._lines[i], caret)
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = max(1, int((self.height() - 2 * MARGIN) / max(self._lines[i].text_h, 1)))
            self._scroll.setValue(
                self._scroll.value()
                + (step if key == Qt.Key.Key_PageDown else -step) * int(self._lines[i].text_h)
            )
        else:
            step = 1
        j = i + (step if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -step)
        if j >= len(self._lines):  # lay out far enough to reach it
            self._ensure_layout(y=self._lines[-1].bottom + (step + 1) * self._lines[i].text_h)
        if j < 0:
            return 0
        if j >= len(self._lines):
            return len(self._text)
        ln = self._lines[j]
        para = self._paras[ln.para]
        local = ln.line.xToCursor(self._goal_x)
        return min(max(para.start + para.map.from_utf16(local), ln.start), ln.end)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab / Shift+Tab walk the spans instead of leaving the view."""
        self.cycle(1 if forward else -1)
        return True

    # --- labeling (the workspace's actions call these) -----------------------------------

    def apply_key(self, key: str) -> bool:
        """A label key: label the selected text, or relabel the selected span."""
        label = self._schema.label_for_key(key, "span")
        if label is None or self._labels is None:
            return False
        start, end = self.selection.trimmed(self._text)
        if end > start:
            same = next(
                (s for s in self._spans if (s.start, s.end, s.label) == (start, end, label.name)),
                None,
            )
            if same is not None:  # pressing the key again does not stack a copy
                self.selected_span = same.annotation_id
                self.update()
                return True
            saved = self._save(
                lambda labels: labels.create("span", span_value(start, end, label.name))
            )
            if saved:
                self.selected_span = saved
                self.selection.move(end, extend=False)
        elif self.selected_span is not None:
            span = next(s for s in self._spans if s.annotation_id == self.selected_span)
            if span.label != label.name:
                aid = span.annotation_id
                self._save(
                    lambda labels: labels.update(aid, span_value(span.start, span.end, label.name))
                )
        else:
            self.message.emit("Select some text first, then press the label's key.", False)
        return True

    def delete_selected(self) -> bool:
        if self.selected_span is None or self._labels is None:
            return False
        aid = self.selected_span
        if self._save(lambda labels: labels.delete(aid)):
            self.selected_span = None
        return True

    def cycle(self, step: int) -> None:
        if not self._spans:
            return
        ids = [s.annotation_id for s in self._spans]
        i = (
            ids.index(self.selected_span) + step
            if self.selected_span in ids
            else (0 if step > 0 else -1)
        )
        self.selected_span = ids[i % len(ids)]
        span = self._spans[i % len(ids)]
        self.selection.move(span.start, extend=False)
        self._ensure_visible(span.start)
        self.update()

    def deselect(self) -> None:
        self.selection.move(self.selection.caret, extend=False)
        self.selected_span = None
        self.update()

    def _save(self, change: Callable[[ItemLabels], LabelVersion]) -> str | None:
        """Run one labeling change; on a refusal say so and change nothing on screen."""
        if self._labels is None:
            return None
        try:
            saved = change(self._labels)
        except CleanroomError as exc:
            self.message.emit(exc.message, True)
            return None
        self.refresh_labels()
        self.changed.emit()
        return saved.annotation_id

    # --- find -----------------------------------------------------------------------------

    def find_text(self, query: str) -> int:
        """Highlight every match; the first at or after the caret becomes current."""
        self._matches = find_all(self._text, query)
        self._match = -1
        if self._matches:
            starts = [m[0] for m in self._matches]
            self._match = bisect.bisect_left(starts, self.selection.range[0]) % len(self._matches)
            self._show_match()
        self.update()
        return len(self._matches)

    def find_next(self, step: int = 1) -> None:
        if self._matches:
            self._match = (self._match + step) % len(self._matches)
            self._show_match()
            self.update()

    def clear_find(self) -> None:
        self._matches, self._match = [], -1
        self.update()

    def _show_match(self) -> None:
        start, end = self._matches[self._match]
        self.selection.select(start, end)  # so a label key labels the match
        self.selected_span = None
        self._ensure_visible(start)

    @property
    def match_position(self) -> tuple[int, int]:
        return self._match + 1, len(self._matches)
