"""The main window: one screen at a time (enrol -> login -> queue -> workspace), the lock over
all of them, the status bar and the menus. Thin: the workstation's work is `Workbench`'s,
labeling is `LabelingWorkspace`'s; this file routes between them.

Security rules kept here:
- task content is only ever inside the workspace page; the lock page replaces every page,
  and locking calls `workspace.clear()` and `Workbench.lock()` (the session wipes every
  registered buffer and closes every shard);
- every decrypted item is released (wiped) when the next one is shown;
- an expired shard, a revoked device or the offline limit shows a message and never content;
- `device_revoked` from any server call: the workspace is wiped, the device crypto-shredded
  (`Workbench.shred`, on the UI thread for the sync worker's push) and the revoked page
  shows IT's note; a shredded device starts on that page;
- an item erased on the server leaves every open shard after the sync that learns of it,
  and is cleared from the workspace at once if it is on screen;
- network calls (enrol, login, unlock, queue refresh, download, push) run off the UI thread.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from app.core.errors import CleanroomError, ShardError
from app.ui.models.guard_policy import LimitedGuardJournal
from app.ui.models.queue import ItemQueue, shard_rows
from app.ui.models.shortcuts import REVIEW_SHORTCUTS, Shortcut
from app.ui.platform import CaptureReport, apply_capture_exclusion, content_allowed
from app.ui.qt import theme
from app.ui.qt.about_box import AboutBox
from app.ui.qt.cheat_sheet import CheatSheet
from app.ui.qt.content_view import ViewContext
from app.ui.qt.enrol_screen import EnrolScreen
from app.ui.qt.guard import install_content_guard
from app.ui.qt.lock_screen import LockScreen
from app.ui.qt.login_screen import LoginScreen, RevokedScreen
from app.ui.qt.queue_screen import QueueScreen
from app.ui.qt.review_mode import is_lead
from app.ui.qt.shade import PrivacyShade
from app.ui.qt.status_bar import StatusBar
from app.ui.qt.sync_worker import Background, SyncOutcome, SyncWorker
from app.ui.qt.watermark import WatermarkClock
from app.workstation.errors import (
    DeviceRevokedError,
    OfflineUnlockError,
    SessionLockedError,
    SyncOfflineError,
    SyncServerError,
    SyncTlsError,
    UnlockError,
)
from app.workstation.session import State
from app.workstation.workbench import OpenedItem, Workbench, describe_error

WINDOW_SHORTCUTS: Final = (
    # Not Ctrl+Shift+S: it is the platform's Save As, which the content guard swallows.
    # always reaches the window.
    Shortcut("sync_now", ("Ctrl+Alt+S",), "Sync now (labels and journal)", "Window"),
    Shortcut("lock", ("Ctrl+L",), "Lock the window (clears task content)", "Window"),
    Shortcut("logout", ("Ctrl+Shift+L",), "Log out", "Window"),
    Shortcut("queue", ("Alt+Q",), "Back to the work queue", "Window"),
    Shortcut("refresh", ("Ctrl+R",), "Refresh the work queue", "Window"),
    Shortcut("next_unlabelled", ("N", "Enter"), "Queue: open the next unlabelled item", "Window"),
    Shortcut("theme", ("Ctrl+Shift+T",), "Next theme (light, dark, high contrast)", "Window"),
)
ACTIVITY_EVENTS: Final = frozenset(
    {
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    }
)  # fmt: skip
REVOKED: Final = (
    "This workstation has been revoked by IT; nothing more can be shown here. Ask IT to "
    "enrol it again."
)
ERASED: Final = "The item on screen was erased on the server; it is no longer shown."
OFFLINE_LIMIT: Final = (
    "Offline limit reached: this workstation has not synced for longer than the policy "
    "allows, so shards are closed. Unlock online to sync and go on."
)


def login_message(exc: BaseException) -> str:
    """The server's answer to a login or unlock, in one line."""
    if isinstance(exc, UnlockError):
        return "Wrong user name, password or code; check them and try again."
    if isinstance(exc, SyncTlsError):
        return "The server's certificate is not the one in the policy; do not go on, and tell IT."
    if isinstance(exc, OfflineUnlockError):
        return "The server cannot be reached. " + describe_error(exc)
    if isinstance(exc, SyncServerError):
        if exc.code == "login_throttled":
            return throttled_message(exc.message)
        if exc.code == "account_disabled":
            return "This account is disabled; ask IT."
        if exc.code == "device_revoked":
            return REVOKED
    return describe_error(exc)


def throttled_message(server_text: str) -> str:
    """429 login_throttled: the wait the server named (its answer says `wait N s`)."""
    found = re.search(r"wait (\d{1,6}) s", server_text)
    wait = f"wait {found.group(1)} s" if found else "wait a little"
    return f"Too many failed logins; {wait} and try again."


SERVER_SESSION_ENDED: Final = (
    "The server session ended; your work is kept here. Lock and unlock online (Ctrl+L) to "
    "sync again."
)


def is_revoked(exc: BaseException) -> bool:
    return isinstance(exc, SyncServerError) and exc.code == "device_revoked"


def is_token_expired(exc: BaseException) -> bool:
    """The server's login token ran out (it has no refresh: a new password + code login)."""
    return isinstance(exc, SyncServerError) and exc.status == 401


class MainWindow(QMainWindow):
    """See the module docstring. `start()` picks the first screen from the workbench."""

    screen_changed = Signal(str)  # enrol | login | queue | workspace | review | lock | revoked
    _enrol_step = Signal(str)  # emitted on the pool thread, delivered queued on the UI thread

    def __init__(
        self,
        bench: Workbench,
        *,
        policy_source: str,
        clock_ms: Callable[[], int] | None = None,
        sync_interval_ms: int = 60_000,
        idle_check_ms: int = 1000,
    ) -> None:
        super().__init__()
        self.bench = bench
        self.policy_source = policy_source
        self._clock_ms = clock_ms or (lambda: time.time_ns() // 1_000_000)
        self.setWindowTitle("Cleanroom")
        self.background = Background(self)
        self.sync = SyncWorker(self, interval_ms=sync_interval_ms)
        self.sync.started.connect(lambda: self._refresh_status(syncing=True))
        self.sync.finished.connect(self._sync_finished)
        self.item_queue: ItemQueue | None = None
        self.current: OpenedItem | None = None
        self._resume: tuple[str, int | None] | None = None
        self._skip_then_next = False
        self._last_touch_ms = 0
        self.workspace: Any = None
        self.review: Any = None  # ReviewMode, built at a lead's first login
        self.shade: Any = None
        # what the OS let us do against screen capture, known once the window is shown
        self.capture: CaptureReport | None = None
        self.watermark_clock: Any = None
        self._workspace_actions: list[QAction] = []

        url = bench.policy.server_url
        self.stack = QStackedWidget(self)
        self.enrol_screen = EnrolScreen(url, self.stack)
        self.login_screen = LoginScreen(url, self.stack)
        self.queue_screen = QueueScreen(self.stack)
        self.workspace_page = QStackedWidget(self.stack)
        self.review_page = QStackedWidget(self.stack)
        self.lock_screen = LockScreen(self.stack)
        self.revoked_screen = RevokedScreen(self.stack)
        self.pages = {
            "enrol": self.enrol_screen,
            "login": self.login_screen,
            "queue": self.queue_screen,
            "workspace": self.workspace_page,
            "review": self.review_page,
            "lock": self.lock_screen,
            "revoked": self.revoked_screen,
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.status = StatusBar(self, clock_ms=self._clock_ms)
        self.setStatusBar(self.status)
        self._build_menus()
        self._connect_screens()

        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(idle_check_ms)
        self._idle_timer.timeout.connect(self._check_idle)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(5000)
        self._status_timer.timeout.connect(self._refresh_status)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # any key or mouse activity touches the session
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 150, fm.height() * 45)
        self._install_guard()  # up front: the guard covers the process from now on

    # --- menus and shortcuts ------------------------------------------------------------

    def _action(
        self, text: str, keys: tuple[str, ...], slot: Callable[[], object], menu: Any
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.sync_action = self._action("Sync now", ("Ctrl+Alt+S",), self.sync_now, file_menu)
        self.refresh_action = self._action(
            "Refresh queue", ("Ctrl+R",), self.refresh_queue, file_menu
        )
        self.queue_action = self._action("Work queue", ("Alt+Q",), self.show_queue, file_menu)
        file_menu.addSeparator()
        self.lock_action = self._action(
            "Lock", ("Ctrl+L",), lambda: self.lock("Locked by hand."), file_menu
        )
        self.logout_action = self._action("Log out", ("Ctrl+Shift+L",), self.logout, file_menu)
        self.quit_action = self._action("Quit", ("Ctrl+Q",), self.close, file_menu)
        view = bar.addMenu("&View")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in theme.THEMES:
            action = QAction(theme.THEME_NAMES[name], self, checkable=True)
            action.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
            group.addAction(action)
            view.addAction(action)
            self.theme_actions[name] = action
        view.addSeparator()
        self._action(
            "Next theme", ("Ctrl+Shift+T",),
            lambda: self.set_theme(theme.next_theme(theme.current_theme())), view,
        )  # fmt: skip
        # Leads only: hidden and disabled until a login says the role is `lead`.
        self.review_menu = bar.addMenu("&Review")
        self.review_action = self._action(
            "Disagreement queue", ("Alt+R",), self.show_review, self.review_menu
        )
        self.quality_action = self._action(
            "Quality panel", ("Ctrl+Shift+G",), self.show_quality, self.review_menu
        )
        self._set_lead(lead=False)
        help_menu = bar.addMenu("&Help")
        self.cheat_action = self._action(
            "Keyboard shortcuts", ("?", "Shift+?"), self.show_cheat_sheet, help_menu
        )
        self._action("About Cleanroom", (), self.show_about, help_menu)
        # The queue's default move; only while the queue is on screen (N is a label key
        # in the workspace).
        self.next_action = QAction("Next unlabelled", self.queue_screen)
        self.next_action.setShortcuts([QKeySequence("N"), QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])  # fmt: skip
        self.next_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_action.triggered.connect(self.open_next_unlabelled)
        self.queue_screen.addAction(self.next_action)
        self.set_theme(theme.current_theme(), save=False)

    def set_theme(self, name: str, *, save: bool = True) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, name)
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)
        if save and self.bench.store is not None:
            self.bench.store.set_setting("ui.theme", name)

    def show_cheat_sheet(self) -> CheatSheet:
        keys: list[tuple[str, str]] = []
        if self.current is not None:
            from app.core.label_schema import LabelSchema  # noqa: PLC0415

            try:
                schema = LabelSchema.from_json(self.current.schema)
                keys = [(d.key, d.name) for d in schema.labels if d.key]
                keys += [(c.key, f"class: {c.name}") for c in schema.classes if c.key]
            except CleanroomError:
                keys = []
        window_keys = WINDOW_SHORTCUTS + (REVIEW_SHORTCUTS if self.lead else ())
        sheet = CheatSheet(window_keys, keys, self)
        sheet.setModal(True)
        sheet.show()
        return sheet

    def show_about(self) -> AboutBox:
        device = self.bench.identity.device_id if self.bench.identity else None
        box = AboutBox(self.bench.policy, self.policy_source, device, self)
        box.setModal(True)
        box.show()
        return box

    # --- screens ------------------------------------------------------------------------

    def _connect_screens(self) -> None:
        self._enrol_step.connect(self._show_enrol_step)
        self.enrol_screen.enrol_requested.connect(self._enrol)
        self.login_screen.login_requested.connect(self._login)
        self.login_screen.offline_requested.connect(self._login_offline)
        self.queue_screen.refresh_requested.connect(self.refresh_queue)
        self.queue_screen.download_requested.connect(self.download_shard)
        self.queue_screen.open_shard_requested.connect(self.open_shard)
        self.queue_screen.open_item_requested.connect(self.show_item)
        self.queue_screen.next_requested.connect(self.open_next_unlabelled)
        self.queue_screen.skip_requested.connect(self.skip_item)
        self.lock_screen.unlock_requested.connect(self._unlock_online)
        self.lock_screen.offline_unlock_requested.connect(self._unlock_offline)
        self.lock_screen.logout_requested.connect(self.logout)
        self.revoked_screen.enrol_again_requested.connect(self._enrol_again)

    @property
    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def _go(self, name: str) -> None:
        page = self.pages[name]
        if name != "workspace":
            self._workspace_keys(enabled=False)
        self.stack.setCurrentWidget(page)
        if name == "workspace":
            self._workspace_keys(enabled=True)
        logged_in = self.bench.state is State.ACTIVE
        for action in (self.lock_action, self.logout_action, self.sync_action,
                       self.refresh_action, self.queue_action):  # fmt: skip
            action.setEnabled(logged_in)
        self.screen_changed.emit(name)

    def start(self) -> None:
        """Show the screen the workbench's state calls for."""
        self._idle_timer.start()
        self._status_timer.start()
        if self.bench.store is None:
            try:
                self.bench.enrolled  # noqa: B018 - opens the vault when there is one
            except DeviceRevokedError as exc:  # shredded earlier: say so, never "enrol"
                self._show_revoked(exc.notice)
                self._refresh_status()
                return
            except CleanroomError as exc:
                self.enrol_screen.show_error(describe_error(exc))
                self._go("enrol")
                return
        if self.bench.store is not None:
            saved = self.bench.store.get_setting("ui.theme")
            if saved in theme.THEMES:
                self.set_theme(saved, save=False)
        if self.bench.store is None:
            self._go("enrol")
            self.enrol_screen.code.setFocus()
        elif self.bench.state is State.ACTIVE:
            self._after_login()
        elif self.bench.state is State.LOCKED:
            self.lock("Locked.")
        else:
            self.login_screen.prefill(self.bench.last_user())
            self._go("login")
        self._refresh_status()

    # --- enrol and login ----------------------------------------------------------------

    def _enrol(self, code: str) -> None:
        self.enrol_screen.set_busy(True, "Making this device's keys…")
        self.background.run(
            lambda: self.bench.enrol(code, self._enrol_step.emit),
            self._enrolled,
            self._enrol_failed,
        )

    def _show_enrol_step(self, step: str) -> None:
        if self.enrol_screen.progress.isVisible():
            self.enrol_screen.step.setText(step + "…")

    def _enrolled(self, device_id: str) -> None:
        self.enrol_screen.set_busy(False)
        self.login_screen.show_info(f"Enrolled as device {device_id}. Log in to start.")
        self.login_screen.prefill(None)
        self._go("login")

    def _enrol_again(self) -> None:
        self.enrol_screen.code.clear()
        self._go("enrol")
        self.enrol_screen.code.setFocus()

    def _enrol_failed(self, exc: BaseException) -> None:
        self.enrol_screen.show_error(describe_error(exc))

    def _login(self, user: str, password: str, code: str) -> None:
        self.login_screen.set_busy(True)
        self.background.run(
            lambda: self.bench.login(user, password, code),
            lambda _sid: self._after_login(),
            lambda exc: self._login_failed(user, exc),
        )

    def _login_failed(self, user: str, exc: BaseException) -> None:
        if is_revoked(exc):
            self.login_screen.set_busy(False)
            self.login_screen.clear_secrets()
            self._revoked(exc)
            return
        offered = False
        if isinstance(exc, OfflineUnlockError):
            try:
                offered = self.bench.offline_allowed(user)
            except CleanroomError:
                offered = False
        self.login_screen.show_error(login_message(exc), offline_offered=offered)

    def _login_offline(self, user: str, password: str) -> None:
        self.login_screen.set_busy(True)
        self.background.run(
            lambda: self.bench.login_offline(user, password),
            lambda _sid: self._after_login(),
            lambda exc: self.login_screen.show_error(login_message(exc), offline_offered=True),
        )

    def _after_login(self) -> None:
        self.login_screen.set_busy(False)
        self.login_screen.clear_secrets()
        bench = self.bench
        self._ensure_workspace()
        if self.watermark_clock is not None and bench.identity is not None:
            self.watermark_clock.set_identity(
                bench.user_id or "", bench.identity.device_id, bench.session_id or ""
            )
        if self.shade is not None:
            self.shade.set_locked(False)
        self.sync.set_pusher(bench.pusher() if bench.client.token else None)
        device = bench.identity.device_id if bench.identity else "?"
        mode = "online" if bench.online else "offline"
        self.status.show_user(f"{bench.user_id} · {device} · {mode}")
        self._set_lead(lead=is_lead(bench))
        self._go("queue")
        self.queue_screen.setFocus()
        self.refresh_queue()

    # --- the workspace (views helper's LabelingWorkspace) -------------------------------

    def _install_guard(self) -> None:
        """The content guard, the privacy shade and the watermark clock: cheap, and in place
        before anything else is built."""
        journal = LimitedGuardJournal(self.bench.journal_event, clock_s=time.monotonic)
        self.guard = install_content_guard(journal)
        self.watermark_clock = WatermarkClock("", "", "", clock_ms=self._clock_ms, parent=self)
        self.shade = PrivacyShade(self.guard, journal, self)

    def _ensure_workspace(self) -> None:
        if self.workspace is not None:
            return
        # The views load numpy and pydicom: imported at the first login, not at start-up.
        from app.ui.qt.workspace import LabelingWorkspace  # noqa: PLC0415

        bench = self.bench
        context = ViewContext(self.guard, self.watermark_clock, bench.policy.watermark.opacity)
        self.workspace = LabelingWorkspace(context, bench, self.workspace_page)
        self.workspace.allowed_label_kinds = bench.policy.allowed_label_kinds
        self.workspace_page.addWidget(self.workspace)
        self.workspace.saved.connect(self._saved)
        self.workspace.next_requested.connect(self.open_next_unlabelled)
        self.workspace.previous_requested.connect(self.open_previous)
        self.workspace.skip_requested.connect(self._skip_from_workspace)
        self.workspace.series_step.connect(self._series_step)
        for action in self.workspace.actions():
            if action.shortcut().toString() in ("?", "Shift+?"):
                action.triggered.connect(self.show_cheat_sheet)  # one cheat sheet: ours
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            self._workspace_actions.append(action)
        self._workspace_keys(enabled=False)

    def _workspace_keys(self, *, enabled: bool) -> None:
        for action in self._workspace_actions:
            action.setEnabled(enabled)

    def _clear_workspace(self) -> None:
        """Drop what the workspace and review mode show, then wipe the item's buffer."""
        if self.review is not None:
            self.review.release_item()
        if self.workspace is not None and hasattr(self.workspace, "clear"):
            self.workspace.clear()
        if self.current is not None:
            self.bench.release_item(self.current)
            self.current = None

    # --- review mode (leads) -------------------------------------------------------------

    def _set_lead(self, *, lead: bool) -> None:
        """Show the Review menu and its keys to leads only (annotators never see them)."""
        self.lead = lead
        self.review_menu.menuAction().setVisible(lead)
        for action in (self.review_action, self.quality_action):
            action.setEnabled(lead)

    def _ensure_review(self) -> Any:
        if self.review is None:
            from app.ui.qt.review_mode import ReviewMode  # noqa: PLC0415 - with the views

            self._ensure_workspace()
            context = ViewContext(
                self.guard, self.watermark_clock, self.bench.policy.watermark.opacity
            )
            self.review = ReviewMode(self, context, self.review_page)
        return self.review

    def show_review(self) -> None:
        if not self.lead or self.bench.state is not State.ACTIVE:
            return
        self._clear_workspace()
        self._ensure_review().enter()
        self._go("review")

    def show_quality(self) -> None:
        if not self.lead or self.bench.state is not State.ACTIVE:
            return
        review = self._ensure_review()
        pid = review.queue.project_id
        if pid is None:
            self.show_review()
            review.queue.say("Choose a project, then open its quality panel (Ctrl+G).")
            return
        self._clear_workspace()
        review.show_quality(pid)
        self._go("review")

    # --- queue --------------------------------------------------------------------------

    def refresh_queue(self) -> None:
        if self.bench.state is not State.ACTIVE:
            return
        self.queue_screen.set_busy(True, "Asking the server…")
        self.background.run(self.bench.list_shards, self._shards_listed, self._queue_failed)

    def _shards_listed(self, shards: list[Any]) -> None:
        self.queue_screen.set_busy(False)
        self.queue_screen.show_shards(shard_rows(shards, self._clock_ms() // 1000))
        if not self.bench.online:
            self.queue_screen.show_info(
                "Working offline: showing the shards kept on this workstation."
            )
        self._refresh_status()

    def _queue_failed(self, exc: BaseException) -> None:
        self.queue_screen.set_busy(False)
        self._handle_error(exc, self.queue_screen.show_error)

    def download_shard(self, shard_id: str) -> None:
        self.queue_screen.set_busy(True, "Downloading…")
        self.background.run(
            lambda: self.bench.download_shard(shard_id),
            lambda _none: self._downloaded(shard_id),
            self._queue_failed,
        )

    def _downloaded(self, shard_id: str) -> None:
        self.queue_screen.set_busy(False)
        self.open_shard(shard_id)

    def open_shard(self, shard_id: str) -> bool:
        """Open through the gate; show its items (no content yet)."""
        self._clear_workspace()
        try:
            items = self.bench.open_shard(shard_id)
        except CleanroomError as exc:
            self.item_queue = None
            self.queue_screen.show_items(None)
            self._handle_error(exc, self.queue_screen.show_error)
            return False
        self.item_queue = ItemQueue(shard_id, items)
        self.queue_screen.show_items(self.item_queue)
        self.queue_screen.show_info("Shard open. Enter or N opens the next unlabelled item.")
        self.queue_screen.items.setFocus()
        self.refresh_queue()  # the shard's row learns its item count
        return True

    def _refresh_items(self) -> None:
        queue = self.item_queue
        if queue is None:
            return
        try:
            items = self.bench.item_states(queue.shard_id)
        except CleanroomError:
            return
        if [i.item_id for i in items] == [i.item_id for i in queue.items]:
            queue.set_states(items)
        else:  # items left the shard (erased): keep the place by item id
            current = None if queue.current is None else queue.items[queue.current].item_id
            queue = self.item_queue = ItemQueue(queue.shard_id, items)
            queue.current = None if current is None else queue.index_of(current)
        self.queue_screen.show_items(queue)

    def _apply_erasures(self) -> None:
        """After a sync: items erased on the server leave every open shard; the one on
        screen, if erased, is wiped at once."""
        try:
            gone = self.bench.apply_erasures()
        except CleanroomError:
            return
        if not gone:
            return
        if self.current is not None and self.current.item_id in gone:
            self._clear_workspace()
            self._refresh_items()
            self._go("queue")
            self.queue_screen.show_info(ERASED)

    def show_queue(self) -> None:
        if self.bench.state is not State.ACTIVE:
            return
        self._clear_workspace()
        self._refresh_items()
        self._go("queue")
        if not self.background.busy:
            self.refresh_queue()  # done counts moved

    def open_next_unlabelled(self) -> None:
        queue = self.item_queue
        if queue is None:
            self.queue_screen.show_info("Open a shard first (select it and press Open shard).")
            self.show_queue()
            return
        index = queue.next_unlabelled()
        if index is None:
            self.show_queue()
            self.queue_screen.show_info("Every item of this shard is labelled or skipped.")
            return
        self.show_item(index)

    def _series_step(self, step: int) -> None:
        """Scrolled past a slice's first or last frame: the series' previous or next slice
        (the adjacent DICOM item), on its last frame when going back."""
        queue = self.item_queue
        index = queue.series_neighbour(step) if queue is not None else None
        if index is not None and self.show_item(index) and step < 0:
            view = self.workspace.dicom_view
            view.set_frame(view.frame_count - 1)

    def open_previous(self) -> None:
        if self.item_queue is not None:
            index = self.item_queue.previous()
            if index is not None:
                self.show_item(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.capture is None:
            self.capture = apply_capture_exclusion(self)

    def capture_allows_content(self) -> tuple[bool, str]:
        """Policy `capture_protection: required` on a platform that cannot exclude this
        window from screen capture: no content is shown, and the user is told why."""
        if self.capture is None:
            return False, "The window is not shown yet; content waits for it."
        return content_allowed(self.bench.policy, self.capture)

    def show_item(self, index: int) -> bool:
        """Decrypt item `index` of the open shard and show it in the workspace."""
        queue = self.item_queue
        if queue is None or not 0 <= index < len(queue):
            return False
        allowed, why = self.capture_allows_content()
        if not allowed:
            self._go("queue")
            self.queue_screen.show_error(why)
            with contextlib.suppress(CleanroomError):
                self.bench.journal_event(
                    "capture.blocked",
                    {"reason": self.capture.platform if self.capture else "hidden"},
                )
            return False
        self._clear_workspace()
        entry = queue.items[index]
        try:
            opened = self.bench.open_item(queue.shard_id, entry.item_id)
        except CleanroomError as exc:
            self._go("queue")
            self._handle_error(exc, self.queue_screen.show_error)
            return False
        self.current = opened
        queue.current = index
        try:
            self._show_in_workspace(opened)
        except CleanroomError as exc:  # a malformed schema or item: this item only
            self._clear_workspace()
            self._go("queue")
            self.queue_screen.show_error(f"Item {index + 1} cannot be shown: {describe_error(exc)}")
            return False
        self._go("workspace")
        return True

    def _show_in_workspace(self, opened: OpenedItem) -> None:
        from app.core.label_schema import LabelSchema  # noqa: PLC0415 - with the views
        from app.ui.qt.workspace import OpenItem  # noqa: PLC0415

        item = OpenItem(
            shard_id=opened.shard_id, project_id=opened.project_id, item_id=opened.item_id,
            kind=opened.kind, data=opened.data, meta=opened.meta,
            schema=LabelSchema.from_json(opened.schema), instructions=opened.instructions,
            labels=opened.labels,
        )  # fmt: skip
        self.workspace.show_item(item)

    def _saved(self, _item_id: str) -> None:
        self._refresh_items()
        self._refresh_status()

    def _skip_from_workspace(self) -> None:
        index = None if self.item_queue is None else self.item_queue.current
        self.show_queue()
        self._skip_then_next = True
        self.queue_screen.focus_skip(index)

    def skip_item(self, index: int, reason: str) -> None:
        queue = self.item_queue
        if queue is None or not 0 <= index < len(queue):
            return
        try:
            self.bench.skip(queue.shard_id, queue.items[index].item_id, reason)
        except CleanroomError as exc:
            self._handle_error(exc, self.queue_screen.show_error)
            return
        queue.current = index
        self._refresh_items()
        self.queue_screen.show_info(f"Item {index + 1} skipped.")
        if self._skip_then_next:
            self._skip_then_next = False
            self.open_next_unlabelled()

    # --- lock, unlock, logout -----------------------------------------------------------

    def lock(self, message: str, *, reason: str = "manual") -> None:
        """Cover everything and drop every decrypted buffer. `message` is shown on the lock
        screen; `reason` goes to the journal (`session.locked`) if the session was active."""
        if self.review is not None:
            self.review.forget_session()  # the next signature asks for the TOTP code again
        queue = self.item_queue
        if queue is not None:
            showing = self.current_screen == "workspace"
            self._resume = (queue.shard_id, queue.current if showing else None)
        self._clear_workspace()
        self.bench.lock(reason)
        self.item_queue = None
        self.queue_screen.show_items(None)
        if self.shade is not None:
            self.shade.set_locked(True)
        self.lock_screen.show_locked(self.bench.user_id or "", message)
        self._go("lock")

    def _check_idle(self) -> None:
        if self.bench.state is not State.ACTIVE:
            return
        if self.bench.enforce_offline_limit():
            self.lock(OFFLINE_LIMIT, reason="offline_limit")
        elif self.bench.check_idle():
            minutes = max(1, self.bench.policy.idle_lock_s // 60)
            self.lock(f"Locked after {minutes} min without activity.", reason="idle")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self.bench.state is State.ACTIVE:
            now = self._clock_ms()
            if now - self._last_touch_ms >= 1000:  # once a second is enough for a timer
                self._last_touch_ms = now
                if not self.bench.touch():
                    self.lock("Locked: the idle time had run out.", reason="idle")
        return False

    def _unlock_online(self, password: str, code: str) -> None:
        self.lock_screen.set_busy(True)
        self.background.run(
            lambda: self.bench.unlock_online(password, code),
            lambda _none: self._unlocked(),
            self._unlock_failed,
        )

    def _unlock_offline(self, password: str) -> None:
        try:
            self.bench.unlock_offline(password)
        except CleanroomError as exc:
            self._unlock_failed(exc)
            return
        self._unlocked()

    def _unlock_failed(self, exc: BaseException) -> None:
        if is_revoked(exc):
            self.lock_screen.set_busy(False)
            self._revoked(exc)
            return
        self.lock_screen.show_error(login_message(exc))

    def _unlocked(self) -> None:
        if self.shade is not None:
            self.shade.set_locked(False)
        self.sync.set_pusher(self.bench.pusher() if self.bench.client.token else None)
        resume, self._resume = self._resume, None
        self._go("queue")
        self.refresh_queue()
        if resume is not None and self.open_shard(resume[0]) and resume[1] is not None:
            self.show_item(resume[1])

    def logout(self) -> None:
        if self.review is not None:
            self.review.forget_session()
        self._set_lead(lead=False)
        self._clear_workspace()
        self.sync.set_pusher(None)
        self.bench.logout()
        self.item_queue = None
        self._resume = None
        self.queue_screen.show_items(None)
        if self.shade is not None:
            self.shade.set_locked(True)
        self.status.show_user("")
        self.login_screen.prefill(self.bench.last_user())
        self._go("login")

    def _revoked(self, exc: BaseException) -> None:
        """`403 device_revoked`: wipe what is shown, crypto-shred the device (if the call
        that heard it has not already), and show why. Runs on the UI thread."""
        self._set_lead(lead=False)
        self._clear_workspace()
        self.sync.set_pusher(None)
        self.item_queue = None
        self._resume = None
        self.queue_screen.show_items(None)
        self.queue_screen.show_shards([])
        if self.shade is not None:
            self.shade.set_locked(True)
        revoked = exc if isinstance(exc, DeviceRevokedError) else DeviceRevokedError()
        notice = self.bench.shred(revoked).notice
        self.status.show_user("")
        self._show_revoked(notice)
        self._refresh_status()

    def _show_revoked(self, notice: str) -> None:
        self.revoked_screen.show_revoked(REVOKED, notice)
        self._go("revoked")

    # --- errors, sync, status -----------------------------------------------------------

    def _handle_error(self, exc: BaseException, show: Callable[[str], None]) -> None:
        if is_revoked(exc):
            self._revoked(exc)
        elif is_token_expired(exc):
            self.sync.set_pusher(None)
            show(SERVER_SESSION_ENDED)
        elif isinstance(exc, SessionLockedError) and self.bench.state is State.LOCKED:
            self.lock("Locked.")
        elif isinstance(exc, SyncOfflineError):
            show(OFFLINE_LIMIT)
        elif isinstance(exc, ShardError):
            show(describe_error(exc))
        else:
            show(describe_error(exc))

    def sync_now(self) -> None:
        if not self.sync.request() and self.bench.client.token is None:
            self.status.showMessage("Offline: log in online to sync.", 5000)

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        self.status.showMessage(outcome.message, 8000)
        if outcome.error is not None and is_revoked(outcome.error):
            self._revoked(outcome.error)  # the worker's push heard it: shred here, UI thread
            return
        self._apply_erasures()
        if outcome.error is not None and is_token_expired(outcome.error):
            self.sync.set_pusher(None)  # no point retrying with a dead token
            self.status.showMessage(SERVER_SESSION_ENDED)
        self._refresh_items()
        self._refresh_status()

    def _refresh_status(self, *, syncing: bool = False) -> None:
        if self.bench.store is None:
            self.status.show_status(None)
            return
        try:
            self.status.show_status(self.bench.status(), syncing=syncing)
        except CleanroomError:
            self.status.show_status(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._idle_timer.stop()
        self._status_timer.stop()
        self._clear_workspace()
        self.sync.set_pusher(None)
        self.sync.wait(10_000)
        self.background.wait(10_000)
        if self.bench.state is not State.LOGGED_OUT:
            self.bench.logout()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
