"""A kill right after the window shows a save loses nothing: the child process saves a label
through the window's sink, waits until the queue shows it ("needs sync"), says so, and is
killed with SIGKILL; the parent reopens the encrypted store and finds the label."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.workstation.keystore import DemoFileKeyring, KeyStore
from app.workstation.store import open_vault

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_after_a_shown_save_keeps_the_label(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, __file__, str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the window showed the save
        assert line.startswith("SHOWN "), child.stderr.read() if child.stderr else line
        shown = json.loads(line[len("SHOWN ") :])
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    keys = KeyStore("cleanroom-test", DemoFileKeyring(tmp_path / "ws"), allow_demo=True)
    _identity, store = open_vault(keys, tmp_path / "ws" / "vault.db")
    with store:
        labels = store.labels_for_item(shown["item_id"])
        assert [(x.annotation_id, x.version) for x in labels] == [(shown["annotation_id"], 1)]
        assert labels[0].kind == "class"
        assert labels[0].value["labels"] == ["urgent"]
        types = [r.entry["type"] for r in store.journal_records()]
        assert "label.saved" in types


def _child(folder: Path) -> None:
    """Runs in the child: a real server, the real window, one save typed on the keyboard
    (the class key of the item), then wait to be killed."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core.label_schema import LabelSchema
    from app.ui.qt.main_window import MainWindow
    from tests.server.harness import Harness
    from tests.ui.window_world import PASSWORD, SCHEMA, new_world, press

    app = QApplication([])
    harness = Harness(folder / "home").start()
    world = new_world(harness, folder / "ws")
    bench = world.workbench()
    bench.enrol(world.enrol_code())
    bench.login(world.username, PASSWORD, world.totp())
    shard_id = world.project()[0]
    bench.list_shards()
    bench.download_shard(shard_id)
    window = MainWindow(bench, policy_source="test")
    window.start()
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.open_shard(shard_id)
    window.open_next_unlabelled()
    item = window.current
    assert item is not None
    urgent = LabelSchema.from_json(SCHEMA).classes[1]
    assert urgent.name == "urgent"
    assert urgent.key is not None
    press(window, urgent.key)  # the workspace saves, then emits `saved`
    deadline = time.monotonic() + 20
    while window.item_queue is None or window.item_queue.items[0].state != "needs sync":
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("the window never showed the save")
    label = bench.labels_for_item(item.item_id)[0]
    shown = {"annotation_id": label.annotation_id, "item_id": item.item_id}
    print("SHOWN " + json.dumps(shown), flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    _child(Path(sys.argv[1]))
