"""Work off the UI thread: the sync worker (push on a timer and on demand) and one-off
background calls (enrol, login, download) whose answers come back as Qt signals.

The sync worker runs `push` (from `Workbench.pusher()`: its own SyncClient, the thread-safe
store) on a one-thread pool, so two pushes never overlap and the UI thread never waits for
the network. Results arrive on the UI thread through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.workstation.sync import PushReport
from app.workstation.workbench import describe_error

DEFAULT_INTERVAL_MS: Final = 60_000


class _Relay(QObject):
    """Lives on the UI thread; the pool thread emits, Qt queues the call over. Values travel
    boxed in a list: a bare None through a queued Signal(object) upsets PySide's reference
    counts (an abort at exit)."""

    done = Signal(list)
    failed = Signal(list)


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure goes back to the UI thread
            self._relay.failed.emit([exc])
            return
        self._relay.done.emit([result])


class Background(QObject):
    """One-off calls on a pool thread; `on_done(result)` / `on_error(exc)` on the UI thread."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            handler(value)

        relay.done.connect(lambda box: finish(on_done, box[0]))
        relay.failed.connect(lambda box: finish(on_error, box[0]))
        self._pool.start(_Call(fn, relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)


@dataclass(frozen=True)
class SyncOutcome:
    ok: bool
    labels_sent: int
    message: str  # one line for the status bar; never content
    error: BaseException | None = None


class SyncWorker(QObject):
    """Pushes every `interval_ms` and on `request()`; never two pushes at once."""

    started = Signal()
    finished = Signal(object)  # SyncOutcome

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = DEFAULT_INTERVAL_MS):
        super().__init__(parent)
        self._push: Callable[[], PushReport] | None = None
        self._background = Background(self)
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.request)

    def set_pusher(self, push: Callable[[], PushReport] | None) -> None:
        """A new login gives a new pusher (token); None stops pushing (logout, lock)."""
        self._push = push
        if push is None:
            self._timer.stop()
        else:
            self._timer.start()

    @property
    def busy(self) -> bool:
        return self._background.busy

    def request(self) -> bool:
        """Push now (Ctrl+Shift+S or the timer). False when no push can start."""
        push = self._push
        if push is None:
            return False
        if self._background.busy:
            self._pending = True  # one more push right after this one
            return False
        self.started.emit()
        self._background.run(push, self._done, self._failed)
        return True

    def _done(self, report: PushReport) -> None:
        conflicts = len(report.label_conflicts)
        message = f"Synced: {report.labels_acked} labels sent"
        if conflicts:
            message += f"; {conflicts} kept for review (conflict)"
        self.finished.emit(SyncOutcome(not conflicts, report.labels_acked, message + "."))
        self._again()

    def _failed(self, exc: BaseException) -> None:
        self.finished.emit(SyncOutcome(False, 0, "Sync failed: " + describe_error(exc), exc))
        self._again()

    def _again(self) -> None:
        if self._pending:
            self._pending = False
            self.request()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self._background.wait(timeout_ms)
