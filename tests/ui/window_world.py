"""A real server on 127.0.0.1 over TLS, an annotator with a project, and a Workbench enrolled
to it: what the window tests (test_window_*.py) start from. Nothing is mocked."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.labels import LabelDraft
from app.redaction.inputs import Source
from app.server.services import assign, devices, ingest, projects, users
from app.ui.qt.main_window import MainWindow
from app.workstation.keystore import DemoFileKeyring, KeyStore
from app.workstation.workbench import Workbench
from tests.server.harness import Harness, fresh_totp

PASSWORD = "correct horse 42"
SCHEMA = {
    "kinds": ["span", "class"],
    "span_labels": ["SYMPTOM", "DRUG"],
    "classes": ["routine", "urgent"],
}
TEXTS = ("Mild headache since Monday.", "Took two aspirin at noon.", "No further symptoms.")


@dataclass
class World:
    harness: Harness
    username: str
    folder: Path

    def workbench(self, **overrides: object) -> Workbench:
        keys = KeyStore("cleanroom-test", DemoFileKeyring(self.folder), allow_demo=True)
        settings = {"server_url": self.harness.url, "retries": 1, "backoff_s": 0.01}
        return Workbench(
            self.harness.policy, keys, self.folder / "vault.db", sync_overrides=settings,
            scrypt_n=2**10, **overrides,  # type: ignore[arg-type]
        )  # fmt: skip

    def enrol_code(self) -> str:
        with self.harness.db() as db:
            return devices.enrol_code(db, self.harness.config, self.username)

    def totp(self) -> str:
        return fresh_totp(self.harness, self.username)

    def project(
        self,
        texts: Sequence[str] = TEXTS,
        *,
        ttl_s: int = 7 * 86_400,
        subjects: Sequence[str | None] | None = None,
    ) -> list[str]:
        """A project of text items assigned to this annotator; returns its shard ids.
        `subjects` names each item's data subject (for erasure tests)."""
        subjects = subjects or [None] * len(texts)
        project_id = f"p-{uuid.uuid4().hex[:8]}"
        with self.harness.db() as db:
            config = self.harness.config
            projects.create_project(db, config, project_id, SCHEMA, instructions="Label symptoms.",
                                 allow_unredacted=True)  # fmt: skip
            sources = [
                Source("text", "text/plain; charset=utf-8", t.encode(), f"t{i}.txt", subject)
                for i, (t, subject) in enumerate(zip(texts, subjects, strict=True))
            ]
            ingest.ingest(db, config, project_id, sources, ingest.passthrough_redactor)
            return assign.assign(db, config, project_id, [self.username], ttl_s=ttl_s)


def new_world(harness: Harness, folder: Path) -> World:
    username = f"ann-{uuid.uuid4().hex[:8]}"
    with harness.db() as db:
        users.add_user(db, harness.config, username, "annotator", password=PASSWORD)
    folder.mkdir(parents=True, exist_ok=True)
    return World(harness, username, folder)


def enrolled(world: World, *, login: bool = True) -> Workbench:
    bench = world.workbench()
    bench.enrol(world.enrol_code())
    if login:
        bench.login(world.username, PASSWORD, world.totp())
    return bench


class Clock:
    """Real time plus an offset the test moves: checks against the server's clock pass."""

    def __init__(self) -> None:
        self.offset_ms = 0

    def __call__(self) -> int:
        return time.time_ns() // 1_000_000 + self.offset_ms

    def advance(self, seconds: float) -> None:
        self.offset_ms += int(seconds * 1000)


def show_window(qtbot: object, bench: Workbench, **kwargs: object) -> object:
    """The real main window over `bench`, started and shown offscreen."""
    window = MainWindow(bench, policy_source="test policy", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.start()
    window.show()
    window.activateWindow()  # window shortcuts (QAction, WindowShortcut) need it active
    QTest.qWaitForWindowActive(window)
    return window


def logged_in_window(
    qtbot: object, world: World, clock: Clock | None = None
) -> tuple[Any, Workbench]:
    """An enrolled, logged-in workbench in a window on the queue screen."""
    bench = world.workbench(clock_ms=clock) if clock is not None else world.workbench()
    bench.enrol(world.enrol_code())
    bench.login(world.username, PASSWORD, world.totp())
    extra = {} if clock is None else {"clock_ms": clock}
    window: Any = show_window(qtbot, bench, **extra)
    qtbot.waitUntil(lambda: not window.background.busy, timeout=20_000)  # type: ignore[attr-defined]
    return window, bench


def open_first_shard(qtbot: object, window: Any, shard_id: str) -> None:
    """Refresh, download and open `shard_id` through the window, as a user would."""
    window.refresh_queue()
    qtbot.waitUntil(lambda: not window.background.busy, timeout=20_000)  # type: ignore[attr-defined]
    window.download_shard(shard_id)
    qtbot.waitUntil(lambda: window.item_queue is not None, timeout=20_000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.background.busy, timeout=20_000)  # type: ignore[attr-defined]


def press(window: Any, key: str) -> None:
    """A key typed into the window as a user would (QAction shortcuts included)."""
    target = QApplication.focusWidget() or window
    combo = QKeySequence(key)[0]
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())


def class_draft(item: Any, *labels: str) -> LabelDraft:
    """An item-level class label for the open item (what the workspace saves)."""
    value: dict[str, Any] = {"labels": list(labels)}
    return LabelDraft(item.project_id, item.shard_id, item.item_id, "class", value)
