"""Review mode, for leads only: the disagreement queue, one item side by side, the signature
and the quality panel, on one page of the main window. Thin: the server work is the
Workbench's review methods; the figures' CSV is saved by the workstation
(`app/workstation/figures.py`); this routes between them and the screens.

Security rules kept here:
- the window shows this page only to a user whose last online login said role `lead`
  (the server still refuses every review call from anyone else);
- the item comes as a review shard sealed to this device and opened through the same gate
  as any shard; its bytes are wiped when the next item is shown, on lock and on logout;
- the password and TOTP go from the dialog to the Workbench call and are not kept;
- network calls run off the UI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.core.errors import CleanroomError
from app.core.label_schema import LabelSchema
from app.ui.models.review_adjudication import MergeRefused, SignedRecord, parse_signed
from app.ui.models.review_charts import parse_quality
from app.ui.models.review_layers import ItemLayers, parse_item_layers
from app.ui.models.review_queue import ReviewProject, parse_projects, parse_queue
from app.ui.qt.content_view import ViewContext
from app.ui.qt.review_item_screen import Decision, ReviewItemScreen
from app.ui.qt.review_quality import QualityPanel
from app.ui.qt.review_queue_screen import ReviewQueueScreen
from app.ui.qt.review_signature import SignatureDialog
from app.workstation.figures import save_figures_csv
from app.workstation.workbench import OpenedItem, describe_error


class ReviewWindow(Protocol):
    """What review mode needs of the main window."""

    bench: Any
    background: Any

    def capture_allows_content(self) -> tuple[bool, str]: ...
    def _handle_error(self, exc: BaseException, show: Callable[[str], None]) -> None: ...
    def _clock_ms(self) -> int: ...


def is_lead(bench: Any) -> bool:
    """The last online login's role (an offline login knows none: review needs the server)."""
    client = getattr(bench, "client", None)
    return bool(getattr(client, "token", None)) and getattr(client, "role", None) == "lead"


def shard_id_of(answer: object) -> str:
    """The review shard's id from `request_review_shard` (an id, or the server's JSON)."""
    if isinstance(answer, str):
        return answer
    if isinstance(answer, dict):
        for key in ("shard_id", "id"):
            if isinstance(answer.get(key), str):
                return str(answer[key])
        ids = answer.get("shard_ids")  # POST /v1/review/shards
        if isinstance(ids, list) and ids and isinstance(ids[0], str):
            return str(ids[0])
    if isinstance(answer, list | tuple) and answer and isinstance(answer[0], str):
        return str(answer[0])
    raise MergeRefused("The server's answer names no review shard; try again.")


class ReviewMode(QObject):
    def __init__(self, window: ReviewWindow, context: ViewContext, page: QStackedWidget) -> None:
        super().__init__(page)
        self.window, self.page = window, page
        self.queue = ReviewQueueScreen(page)
        self.item = ReviewItemScreen(context, page)
        self.quality = QualityPanel(page)
        for widget in (self.queue, self.item, self.quality):
            page.addWidget(widget)
        self.projects: list[ReviewProject] = []
        self.opened: OpenedItem | None = None
        self.dialog: SignatureDialog | None = None
        self.signed_this_session = False  # the first signing of a session also needs TOTP
        self._pending: Decision | None = None
        self.queue.project_changed.connect(lambda _pid: self.load_page(0))
        self.queue.page_requested.connect(self.load_page)
        self.queue.open_item_requested.connect(self.open_item)
        self.queue.quality_requested.connect(self.show_quality)
        self.item.back_requested.connect(self.show_queue)
        self.item.sign_requested.connect(self.start_signing)
        self.quality.back_requested.connect(self.show_queue)
        self.quality.refresh_requested.connect(self.show_quality)
        self.quality.save_csv_requested.connect(self.save_csv)

    @property
    def bench(self) -> Any:
        return self.window.bench

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None],
             show: Callable[[str], None]) -> None:  # fmt: skip
        self.window.background.run(fn, done, lambda exc: self.window._handle_error(exc, show))

    # --- queue ------------------------------------------------------------------------------

    def enter(self) -> None:
        """Show the queue and ask the server for the projects this lead leads."""
        self.release_item()
        self.page.setCurrentWidget(self.queue)
        self.queue.say("Asking the server…")
        self._run(self.bench.review_projects, self._projects, self._queue_error)

    def show_queue(self) -> None:
        self.release_item()
        self.page.setCurrentWidget(self.queue)
        self.queue.table.setFocus()
        if self.queue.project_id is not None:
            self.load_page(self.queue.paging.offset)

    def _queue_error(self, text: str) -> None:
        self.queue.say(text, error=True)

    def _projects(self, answer: object) -> None:
        # the Workbench answers the list; the server's JSON wraps it in {"projects": [...]}
        self.projects = parse_projects({"projects": answer} if isinstance(answer, list) else answer)
        self.queue.say("")
        self.queue.show_projects(self.projects)

    def load_page(self, offset: int) -> None:
        pid = self.queue.project_id
        if pid is None:
            return
        self.queue.paging.offset = offset
        limit = self.queue.paging.limit
        self._run(
            lambda: self.bench.review_queue(pid, limit, offset), self._rows, self._queue_error
        )

    def _rows(self, answer: object) -> None:
        rows, total = parse_queue(answer)
        self.queue.show_rows(rows, total, now_ms=self.window._clock_ms())
        if not rows:
            self.queue.say("No item of this project waits for review.")
        else:
            self.queue.say("")

    # --- one item ---------------------------------------------------------------------------

    def open_item(self, item_id: str) -> None:
        pid = self.queue.project_id
        if pid is None:
            return
        allowed, why = self.window.capture_allows_content()
        if not allowed:
            self.queue.say(why, error=True)
            return
        self.queue.say("Fetching the item's review shard and the annotators' labels…")

        def fetch() -> tuple[str, object]:
            shard_id = shard_id_of(self.bench.request_review_shard(pid, [item_id]))
            self.bench.list_shards()  # the shard list learns the new shard (and its digest)
            self.bench.download_shard(shard_id)
            return shard_id, self.bench.review_item_layers(pid, item_id)

        self._run(fetch, lambda got: self._show_item(pid, item_id, *got), self._queue_error)

    def _show_item(self, project_id: str, item_id: str, shard_id: str, answer: object) -> None:
        layers = answer if isinstance(answer, ItemLayers) else parse_item_layers(answer)
        self.release_item()
        try:
            self.bench.open_shard(shard_id)
            opened = self.bench.open_item(shard_id, item_id)
        except CleanroomError as exc:
            self.window._handle_error(exc, self._queue_error)
            return
        self.opened = opened
        try:
            schema = LabelSchema.from_json(opened.schema)
        except CleanroomError as exc:
            self.release_item()
            self.queue.say(f"The item cannot be shown: {describe_error(exc)}", error=True)
            return
        self.item.show_item(
            project_id=project_id, shard_id=shard_id, item_id=item_id, kind=opened.kind,
            data=opened.data, schema=schema, layers=layers,
        )  # fmt: skip
        self.page.setCurrentWidget(self.item)

    def release_item(self) -> None:
        """Wipe what the item screen shows and the decrypted bytes behind it."""
        self.item.clear()
        if self.opened is not None:
            with contextlib.suppress(CleanroomError):
                self.bench.release_item(self.opened)
            self.opened = None

    # --- signing ----------------------------------------------------------------------------

    def printed_name(self) -> str:
        name = getattr(getattr(self.bench, "client", None), "printed_name", None)
        return name if isinstance(name, str) and name else str(self.bench.user_id or "")

    def start_signing(self) -> SignatureDialog | None:
        try:
            decision = self.item.decision_draft()
        except MergeRefused as exc:
            self.item.say(str(exc), error=True)
            return None
        self._pending = decision
        dialog = SignatureDialog(
            self.printed_name(), decision.meaning, decision.reason,
            totp_required=not self.signed_this_session, parent=self.item,
        )  # fmt: skip
        dialog.sign_requested.connect(self._sign)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self._pending = None

    def _sign(self, password: str, code: str) -> None:
        decision, dialog = self._pending, self.dialog
        if decision is None or dialog is None:
            return
        totp = code or None

        def call() -> object:
            return self.bench.adjudicate(
                decision.draft, decision.meaning, decision.reason or None, password, totp,
                decision.source,
            )  # fmt: skip

        self.window.background.run(call, self._signed, self._sign_failed)

    def _signed(self, answer: object) -> None:
        record = answer if isinstance(answer, SignedRecord) else parse_signed(answer)
        if record is None:
            self._sign_failed(MergeRefused("The server's answer holds no signature."))
            return
        self.signed_this_session = True
        if self.dialog is not None:
            self.dialog.show_signed(record)
        self.item.show_signed(record)

    def _sign_failed(self, exc: BaseException) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        code = getattr(exc, "code", "")
        if code == "signature_totp_required":
            dialog.ask_totp("This signature needs your authenticator code too; enter it.")
        elif code == "signature_refused":
            dialog.show_error("Wrong password or code, so nothing was signed; enter them again.")
        elif isinstance(exc, MergeRefused):
            dialog.show_error(str(exc))
        else:
            self.window._handle_error(exc, dialog.show_error)
            dialog.set_busy(False)

    def forget_session(self) -> None:
        """Lock, logout: the next signing asks for the TOTP code again."""
        self.signed_this_session = False
        if self.dialog is not None:
            self.dialog.reject()
        self.release_item()
        self.quality.clear()

    # --- quality ----------------------------------------------------------------------------

    def show_quality(self, project_id: str) -> None:
        self.release_item()
        self.page.setCurrentWidget(self.quality)
        self.quality.project_id = project_id
        self.quality.say("Asking the server…")
        name = next((p.name for p in self.projects if p.project_id == project_id), project_id)
        self._run(
            lambda: self.bench.review_quality(project_id),
            lambda answer: self._figures(name, answer),
            lambda text: self.quality.say(text, error=True),
        )

    def _figures(self, name: str, answer: object) -> None:
        self.quality.say("")
        self.quality.show_figures(name, parse_quality(answer))

    def save_csv(self, project_id: str) -> None:
        self.quality.say("Saving…")

        def save() -> str:
            return str(save_figures_csv(self.bench.review_quality_csv(project_id), project_id))

        self._run(
            save,
            lambda path: self.quality.say(f"Figures saved to {path}"),
            lambda text: self.quality.say(text, error=True),
        )


def current_widget_name(mode: ReviewMode) -> str:
    current: QWidget | None = mode.page.currentWidget()
    if current is mode.item:
        return "item"
    if current is mode.quality:
        return "quality"
    return "queue"
