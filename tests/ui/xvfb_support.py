"""What the guard and watermark tests share, and the two halves of the Xvfb guard session.

- `guard_store(folder)`: a real SQLCipher store (in-memory test keyring) whose journal the
  guard writes to, and `guard_entries(store)`: its guard entries as (type, route).
- `ProbeView`: the smallest protected, watermarked widget, painting canary text itself;
  it stands in for ContentView where a test is about the guard, not about a view (the
  views' own guarding is checked by test_every_view_guarded.py).
- `python -m tests.ui.xvfb_support app OUT`: a Qt process (under Xvfb) showing text, image
  and DICOM-like content views with canary content, printing their window ids; it quits on
  "quit" on stdin and then prints its journal's guard entries as JSON lines
  (`unguarded-app`: the control, a selectable label with no guard, which must leak).
- `python -m tests.ui.xvfb_support driver app|unguarded-app OUT`: seeds CLIPBOARD and
  PRIMARY with a sentinel, starts the app and another program's window (xmessage), sends
  every route with xdotool and reads every selection and its TARGETS with xclip after
  each; writes OUT/result.json.
- `run_xvfb(args)`: runs a command under `xvfb-run -a` (skipping when it is missing locally;
  the Makefile installs it, so CI runs these).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.core.keys import SUITE_X25519
from app.ui.qt.guard import ContentGuard
from app.ui.qt.watermark import WatermarkClock, paint_watermark
from app.workstation.identity import create_identity, generation_guard
from app.workstation.keystore import KeyStore
from app.workstation.store import Store
from tests.support.memkeyring import MemoryKeyring

USER: Final = "guard.viewer"
DEVICE: Final = "dev-guard-1"
SESSION: Final = "sess-guard-1"
CANARY: Final = "CANARYZEBRA417"  # a word no program prints by itself
SENTINEL: Final = "sentinel-user-clipboard"
GUARD_TYPES: Final = frozenset({"copy.blocked", "drag.blocked", "print.blocked", "focus.lost"})
ROOT: Final = Path(__file__).resolve().parents[2]


def guard_store(folder: Path) -> Store:
    keys = KeyStore("cleanroom-test", MemoryKeyring(), allow_demo=True)
    identity = create_identity(keys, device_id=DEVICE, suite=SUITE_X25519)
    now = [1_800_000_000_000]

    def tick() -> int:
        now[0] += 1
        return now[0]

    return Store.open(
        folder / "vault.db",
        identity.db_key,
        identity.device_id,
        generation_guard(keys, identity),
        signing_key=identity.signing_key,
        clock_ms=tick,
    )


def guard_entries(store: Store) -> list[tuple[str, str]]:
    return [
        (str(r.entry["type"]), str(r.entry["data"].get("route")))  # type: ignore[union-attr]
        for r in store.journal_records()
        if r.entry["type"] in GUARD_TYPES
    ]


def xvfb_tools_or_skip(*tools: str) -> None:
    missing = [t for t in ("xvfb-run", *tools) if shutil.which(t) is None]
    if missing and os.environ.get("CI"):  # CI installs them (Makefile): a skip would hide it
        pytest.fail(
            f"CI lacks {', '.join(missing)}; the Makefile's system-deps should install them"
        )
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (the Makefile installs them)")


def run_xvfb(args: Sequence[str], timeout_s: float = 240) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", OMP_THREAD_LIMIT="1", PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    return subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )


# --- the Qt side ---------------------------------------------------------------------------


class ProbeView(QWidget):
    """Protected and watermarked exactly as the ContentView contract says; paints canary."""

    def __init__(self, guard: ContentGuard, clock: WatermarkClock, text: str, luma: float) -> None:
        super().__init__()
        self.text, self.luma, self.clock = text, luma, clock
        self.opacity_percent = 12
        self.keys_seen: list[int] = []
        guard.protect(self)
        clock.changed.connect(self.update)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys_seen.append(int(event.key()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor.fromRgbF(self.luma, self.luma, self.luma))
        ink = QColor(0, 0, 0) if self.luma >= 0.5 else QColor(255, 255, 255)
        painter.setPen(ink)
        font = painter.font()
        font.setPixelSize(20)
        painter.setFont(font)
        for row in range(2, self.height() // 40 if self.text else 0):
            painter.drawText(10, row * 40, f"{self.text} {row}")
        paint_watermark(
            painter, QRectF(self.rect()), self.clock.stamp(), self.opacity_percent, self.luma
        )
        painter.end()


def probe_views(guard: ContentGuard, clock: WatermarkClock) -> dict[str, ProbeView]:
    """A text page (white), a photo-like image (mid grey) and a DICOM-like slice (black)."""
    return {
        "text": ProbeView(guard, clock, CANARY, luma=1.0),
        "image": ProbeView(guard, clock, CANARY, luma=0.55),
        "dicom": ProbeView(guard, clock, CANARY, luma=0.0),
    }


def canary_png() -> bytearray:
    """A grey photo-like PNG with the canary drawn in it (its pixels are task content)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 600), (140, 140, 140))
    draw = ImageDraw.Draw(image)
    for row in range(12):
        draw.text((20, 20 + row * 45), f"{CANARY} {row}", fill=(20, 20, 20))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return bytearray(out.getvalue())


def canary_dicom(name: str = CANARY) -> bytearray:
    """pydicom's CT_small with a canary as patient name (its bytes are task content)."""
    import io

    import pydicom
    from pydicom.data import get_testdata_file

    path = get_testdata_file("CT_small.dcm")
    assert path is not None
    dataset = pydicom.dcmread(path)
    dataset.PatientName = name
    out = io.BytesIO()
    dataset.save_as(out, enforce_file_format=True)
    return bytearray(out.getvalue())


def real_views(guard: ContentGuard, clock: WatermarkClock, store: Store) -> dict[str, QWidget]:
    """The shipped views (TextView, ImageCanvas, DicomView) showing canary content."""
    from app.core.label_schema import LabelSchema
    from app.ui.models.labeling import ItemLabels, ItemRef, StoreLabelSink
    from app.ui.qt.content_view import ViewContext
    from app.ui.qt.dicom_view import DicomView
    from app.ui.qt.image_canvas import ImageCanvas
    from app.ui.qt.text_view import TextView

    context = ViewContext(guard, clock, 12)
    sink = StoreLabelSink(store, user_id=USER, session_id=SESSION)

    def labels(item_id: str) -> ItemLabels:
        return ItemLabels(ItemRef("proj-g", "shard-g", item_id), sink, [])

    text = TextView(context)
    text.load(
        "\n".join(f"{CANARY} line {row} of the note." for row in range(12)),
        labels("it-text"),
        LabelSchema(),
    )
    image = ImageCanvas(context)
    image.load(canary_png(), labels("it-image"), LabelSchema())
    dicom = DicomView(context)
    dicom.load(canary_dicom(), labels("it-dicom"), LabelSchema())
    return {"text": text, "image": image, "dicom": dicom}


def _unguarded_views(text: str) -> dict[str, QWidget]:
    """The control: what a naive client shows (a selectable label, no guard)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    label = QLabel("\n".join(f"{text} {row}" for row in range(6)))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("background: white; color: black; font-size: 20px;")
    return {"text": label}


def _qt_app_main(out: Path, mode: str) -> int:  # pragma: no cover - in the Xvfb child
    """mode "app": views, the privacy shade and a line edit for the user's own typing;
    "views": the views alone (screenshots); "unguarded-app": the naive control."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.models.guard_policy import StoreGuardJournal
    from app.ui.qt.guard import install_content_guard
    from app.ui.qt.watermark import WatermarkClock

    app = QApplication(sys.argv[:1])
    store = guard_store(out)
    views: dict[str, QWidget]
    extras: dict[str, QWidget] = {}
    keep: list[object] = []  # the shade lives as long as the app
    if mode in ("app", "views"):
        journal = StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
        guard = install_content_guard(journal)
        clock = WatermarkClock(USER, DEVICE, SESSION)
        views = real_views(guard, clock, store)
        if mode == "app":
            from PySide6.QtWidgets import QLineEdit

            from app.ui.qt.shade import PrivacyShade

            keep.append(PrivacyShade(guard, journal))
            typing = QLineEdit()
            typing.setGeometry(700, 560, 360, 40)
            typing.show()
            extras["typing"] = typing
    else:
        views = _unguarded_views(CANARY)
    for i, view in enumerate(views.values()):
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.setGeometry(*VIEW_GEOMETRY[i])
        view.show()
    app.processEvents()
    ids = {name: int(w.winId()) for name, w in views.items()}
    extra_ids = {name: int(w.winId()) for name, w in extras.items()}
    print(json.dumps({"windows": ids, "extras": extra_ids}), flush=True)

    return _serve_until_quit(app, store)


# --- the driver side (no Qt: real X clients only) ------------------------------------------

KEY_ROUTES: Final = (
    ("ctrl+c", "copy.blocked"),
    ("ctrl+Insert", "copy.blocked"),
    ("ctrl+shift+c", "copy.blocked"),
    ("ctrl+x", "copy.blocked"),
    ("shift+Delete", "copy.blocked"),
    ("ctrl+a", "copy.blocked"),
    ("ctrl+p", "print.blocked"),
    ("ctrl+s", "print.blocked"),
    ("ctrl+shift+s", "print.blocked"),
)
SELECTIONS: Final = ("clipboard", "primary", "secondary")
TYPED: Final = "TYPEDCANARYOKAPI"  # the user's own typing, which must not reach PRIMARY
# x, y, width, height of the three views on the 1280x1024 Xvfb screen
VIEW_GEOMETRY: Final = ((10, 10, 620, 480), (650, 10, 620, 480), (10, 520, 1260, 490))


def _x(*args: str, timeout_s: float = 5) -> str:
    """Run an X client; its output, or "" when it fails (xclip with nothing to read)."""
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        return "<timeout>"
    return done.stdout if done.returncode == 0 else ""


def _read_selections() -> dict[str, str]:
    out: dict[str, str] = {}
    for sel in SELECTIONS:
        out[sel] = _x("xclip", "-o", "-selection", sel)
        out[f"{sel}.targets"] = _x("xclip", "-o", "-selection", sel, "-t", "TARGETS")
    return out


def _visible_windows() -> int:
    return len(_x("xdotool", "search", "--onlyvisible", "--name", "").split())


def _start_under_test(
    mode: str, out: Path, drop_geometry: str
) -> tuple[subprocess.Popen[bytes], subprocess.Popen[str]]:
    """Seed CLIPBOARD and PRIMARY with the user's sentinel, open another program's window
    to drop onto, and start the Qt app under test (it prints its window ids first)."""
    for sel in ("clipboard", "primary"):
        subprocess.run(["xclip", "-i", "-selection", sel], input=SENTINEL, text=True, check=True)
    other = subprocess.Popen(["xmessage", "-geometry", drop_geometry, "drop here"])
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.xvfb_support", mode, str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    return other, app


def _driver_main(out: Path, mode: str) -> int:  # pragma: no cover - runs under xvfb-run
    other, app = _start_under_test(mode, out, "300x120+900+700")
    assert app.stdin is not None
    assert app.stdout is not None
    started = json.loads(app.stdout.readline())
    windows: dict[str, int] = started["windows"]
    extras: dict[str, int] = started["extras"]
    _x("sleep", "1")
    other_id = _x("xdotool", "search", "--sync", "--name", "^xmessage$").split()
    baseline = _visible_windows()
    steps: list[dict[str, Any]] = []

    def record(view: str, route: str) -> None:
        _x("sleep", "0.3")
        steps.append(
            {"view": view, "route": route, "windows": _visible_windows(), **_read_selections()}
        )

    for view, wid in windows.items():
        w = str(wid)
        _x("xdotool", "mousemove", "--window", w, "200", "150")
        _x("xdotool", "windowfocus", "--sync", w)
        for keys, _type in KEY_ROUTES:
            _x("xdotool", "key", "--window", w, "--clearmodifiers", keys)
            record(view, keys)
        _x("xdotool", "click", "3")
        record(view, "right-click")
        _x("xdotool", "click", "2")
        record(view, "middle-click")
        _x("xdotool", "click", "--repeat", "2", "--delay", "80", "1")
        record(view, "double-click")
        _x("xdotool", "click", "--repeat", "3", "--delay", "80", "1")
        record(view, "triple-click")
        _x("xdotool", "mousemove", "--window", w, "10", "60", "mousedown", "1")
        _x("xdotool", "mousemove", "--window", w, "380", "200", "mouseup", "1")
        record(view, "drag-select")
        _x("xdotool", "key", "--window", w, "shift+Right", "shift+Right", "shift+End", "shift+Down")
        record(view, "shift-arrows")
        _x("xdotool", "mousemove", "--window", w, "60", "80", "mousedown", "1")
        for step in range(1, 6):  # a slow drag out, onto another program's window
            _x("xdotool", "mousemove", "--window", w, str(60 + step * 150), str(80 + step * 120))
        if other_id:
            _x("xdotool", "mousemove", "--window", other_id[0], "100", "60")
        _x("xdotool", "mouseup", "1")
        record(view, "drag-out")
        _x("xdotool", "windowfocus", "--sync", w)

    if "typing" in extras:  # the user's own typing: Qt takes PRIMARY, the guard lets go
        t = str(extras["typing"])
        _x("xdotool", "mousemove", "--window", t, "100", "20")
        _x("xdotool", "windowfocus", "--sync", t)
        _x("xdotool", "type", "--delay", "20", TYPED)
        _x("xdotool", "key", "--window", t, "shift+Home")
        record("typing", "shift+home")
        _x("xdotool", "click", "--repeat", "2", "--delay", "80", "1")
        record("typing", "double-click")
    if other_id and "typing" in extras:  # the shade: focus goes to another program
        _x("xdotool", "windowfocus", "--sync", str(windows["text"]))
        _x("sleep", "0.8")
        subprocess.run(["import", "-window", "root", str(out / "focused.png")], check=True)
        _x("xdotool", "windowfocus", "--sync", other_id[0])
        _x("sleep", "0.8")
        subprocess.run(["import", "-window", "root", str(out / "unfocused.png")], check=True)
        _x("xdotool", "windowfocus", "--sync", str(windows["text"]))

    app.stdin.write("quit\n")
    app.stdin.flush()
    rest, _ = app.communicate(timeout=60)
    other.terminate()
    result = {
        "windows": windows,
        "extras": extras,
        "baseline_windows": baseline,
        "steps": steps,
        "journal": parse_lines(rest),
        "app_rc": app.returncode,
    }
    (out / "result.json").write_text(json.dumps(result))
    return 0


def _screenshot_main(out: Path) -> int:  # pragma: no cover - runs under xvfb-run
    """Show the views, focus one, and take the whole screen with ImageMagick's `import`."""
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.xvfb_support", "views", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app.stdin is not None
    assert app.stdout is not None
    windows: dict[str, int] = json.loads(app.stdout.readline())["windows"]
    _x("xdotool", "windowfocus", "--sync", str(windows["text"]))
    _x("sleep", "1")
    subprocess.run(["import", "-window", "root", str(out / "screen.png")], check=True)
    app.stdin.write("quit\n")
    app.stdin.flush()
    app.communicate(timeout=60)
    return 0


# --- a view that starts a real drag (what a careless future view might do) -----------------


def _drag_app_main(out: Path, guarded: bool) -> int:  # pragma: no cover - in the Xvfb child
    """A protected widget that starts a QDrag carrying the canary on mouse press; prints how
    the drag ended, then (on "quit") its journal's guard entries. Unguarded: the control."""
    from PySide6.QtCore import QMimeData, Qt
    from PySide6.QtGui import QDrag, QMouseEvent
    from PySide6.QtWidgets import QApplication

    from app.ui.models.guard_policy import StoreGuardJournal
    from app.ui.qt.guard import install_content_guard

    app = QApplication(sys.argv[:1])
    store = guard_store(out)

    class DragSource(QWidget):
        def mousePressEvent(self, event: QMouseEvent) -> None:
            drag = QDrag(self)
            mime = QMimeData()
            mime.setText(CANARY)
            drag.setMimeData(mime)
            action = drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction)
            print(json.dumps({"drag": int(action.value)}), flush=True)

    source = DragSource()
    if guarded:
        guard = install_content_guard(
            StoreGuardJournal(store, user_id=USER, session_id=SESSION, clock_s=lambda: 0.0)
        )
        guard.protect(source)
    source.setGeometry(20, 20, 400, 300)
    source.show()
    app.processEvents()
    print(json.dumps({"windows": {"source": int(source.winId())}}), flush=True)

    return _serve_until_quit(app, store)


def _serve_until_quit(app: Any, store: Any) -> int:
    """Run the Qt loop until the driver writes "quit" (or closes stdin), then print the
    guard's journal entries as JSON lines for the driver to check."""
    from PySide6.QtCore import QSocketNotifier

    def on_stdin() -> None:
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_stdin)
    app.exec()
    for event_type, route in guard_entries(store):
        print(json.dumps({"type": event_type, "route": route}), flush=True)
    store.close()
    return 0


def _read_line(stream: Any, timeout_s: float) -> str:
    import selectors

    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        if not selector.select(timeout_s):
            return ""
    return str(stream.readline())


def _drag_driver_main(out: Path, mode: str) -> int:  # pragma: no cover - under xvfb-run
    """Press on the drag source, hold, move onto another program's window, release."""
    other, app = _start_under_test(mode, out, "300x120+700+500")
    assert app.stdin is not None
    assert app.stdout is not None
    source = str(json.loads(app.stdout.readline())["windows"]["source"])
    _x("sleep", "1")
    other_id = _x("xdotool", "search", "--sync", "--name", "^xmessage$").split()
    _x("xdotool", "mousemove", "--window", source, "100", "100")
    _x("xdotool", "windowfocus", "--sync", source)
    _x("xdotool", "mousedown", "1")
    for step in range(1, 8):
        _x("xdotool", "mousemove", "--window", source, str(100 + step * 30), str(100 + step * 20))
    ended_while_held = _read_line(app.stdout, 3.0)  # the guard cancels before any drop
    _x("sleep", "0.3")
    if other_id:
        _x("xdotool", "mousemove", "--window", other_id[0], "100", "60")
    selections_during = _read_selections()
    _x("xdotool", "mouseup", "1")
    _x("sleep", "0.5")
    selections_after = _read_selections()
    ended_after_release = "" if ended_while_held else _read_line(app.stdout, 3.0)
    app.stdin.write("quit\n")
    app.stdin.flush()
    rest, _ = app.communicate(timeout=60)
    other.terminate()
    result = {
        "ended_while_held": ended_while_held.startswith("{"),
        "ended_after_release": ended_after_release.startswith("{"),
        "during": selections_during,
        "after": selections_after,
        "journal": [e for e in parse_lines(rest) if "type" in e],
    }
    (out / "drag.json").write_text(json.dumps(result))
    return 0


# --- the canary session (offscreen Qt, HOME/TMPDIR/data redirected by the parent) -----------

CANARY_TEXT: Final = "CANARYTEXTQUOKKA58"
CANARY_IMAGE: Final = "CANARYPNGNUMBAT73"  # in the PNG's tEXt chunk: in its raw bytes
CANARY_DICOM: Final = "CANARYDICOMWOMBAT91"  # the patient name: in the DICOM's raw bytes
CANARY_INSTRUCTIONS: Final = "CANARYINSTRUCTIONSBILBY26"
CANARY_COMMENT: Final = "CANARYCOMMENTDINGO84"
SESSION_CANARIES: Final = (
    CANARY_TEXT, CANARY_IMAGE, CANARY_DICOM, CANARY_INSTRUCTIONS, CANARY_COMMENT
)  # fmt: skip
CANARY_SCHEMA: Final = {
    "kinds": ["span", "box", "polygon", "region", "class"],
    "span_labels": ["SYMPTOM"],
    "classes": ["routine", "urgent"],
}


def _tagged_png(tag: str) -> bytes:
    import io

    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", tag)
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (120, 160, 200)).save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def _canary_session_main(server_home: Path, folder: Path) -> int:  # pragma: no cover - child
    """Open, show, label (with a comment) and sync a text, an image and a DICOM item
    through the real window, the real workbench and the real server; then close."""
    import time
    import uuid

    from PySide6.QtWidgets import QApplication

    from app.redaction.inputs import Source
    from app.server.services import assign, devices, ingest, projects, users
    from app.ui.models.labeling import LabelDraft
    from app.ui.qt.main_window import MainWindow
    from app.workstation.keystore import DemoFileKeyring, KeyStore
    from app.workstation.workbench import Workbench
    from tests.server.harness import Harness, fresh_totp

    app = QApplication(sys.argv[:1])

    def wait(condition: Any, timeout_s: float = 30) -> None:
        end = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            app.processEvents()
            time.sleep(0.01)

    harness = Harness(server_home).start()
    username, password = f"ann-{uuid.uuid4().hex[:8]}", "correct horse 42"
    project_id = f"p-{uuid.uuid4().hex[:8]}"
    with harness.db() as db:
        config = harness.config
        users.add_user(db, config, username, "annotator", password=password)
        projects.create_project(db, config, project_id, CANARY_SCHEMA,
                                instructions=f"Read {CANARY_INSTRUCTIONS} first.",
                                allow_unredacted=True)  # fmt: skip
        sources = [
            Source("text", "text/plain; charset=utf-8",
                   f"Patient note {CANARY_TEXT} with headache.".encode(), "t.txt", None),
            Source("image", "image/png", _tagged_png(CANARY_IMAGE), "i.png", None),
            Source("dicom", "application/dicom", bytes(canary_dicom(CANARY_DICOM)), "d.dcm",
                   None),
        ]  # fmt: skip
        ingest.ingest(db, config, project_id, sources, ingest.passthrough_redactor)
        code = devices.enrol_code(db, config, username)
    workstation = folder / "workstation"
    workstation.mkdir(parents=True, exist_ok=True)
    keys = KeyStore("cleanroom-test", DemoFileKeyring(workstation), allow_demo=True)
    bench = Workbench(
        harness.policy, keys, workstation / "vault.db",
        sync_overrides={"server_url": harness.url, "retries": 1, "backoff_s": 0.01},
        scrypt_n=2**10,
    )  # fmt: skip
    bench.enrol(code)
    bench.login(username, password, fresh_totp(harness, username))
    with harness.db() as db:  # shards are sealed to enrolled devices
        [shard_id] = assign.assign(db, harness.config, project_id, [username])
    window = MainWindow(bench, policy_source="canary session")
    window.start()
    window.show()
    wait(lambda: not window.background.busy)
    window.download_shard(shard_id)
    wait(lambda: window.item_queue is not None and not window.background.busy)
    queue = window.item_queue
    kinds = []
    for index in range(len(queue.items)):
        assert window.show_item(index), f"item {index} was not shown"
        app.processEvents()
        window.grab()  # paint everything once, watermark included (in memory)
        current = window.current
        kinds.append(current.kind)
        bench.save(
            LabelDraft(
                project_id=current.project_id, shard_id=current.shard_id,
                item_id=current.item_id, kind="class",
                value={"label": "urgent", "comment": f"see {CANARY_COMMENT}"},
            )
        )  # fmt: skip
    window.show_queue()
    report = bench.push()
    print(json.dumps({"kinds": sorted(kinds), "pushed": bool(report)}), flush=True)
    sys.stdin.readline()  # the parent scans while the store, its WAL and the window are open
    window.close()
    bench.close()
    harness.stop()
    return 0


def main(argv: Sequence[str]) -> int:  # pragma: no cover - runs in the Xvfb child
    if len(argv) == 2 and argv[0] in ("app", "views", "unguarded-app"):
        return _qt_app_main(Path(argv[1]), argv[0])
    if len(argv) == 3 and argv[0] == "canary-session":
        return _canary_session_main(Path(argv[1]), Path(argv[2]))
    if len(argv) == 2 and argv[0] in ("drag-app", "unguarded-drag-app"):
        return _drag_app_main(Path(argv[1]), guarded=argv[0] == "drag-app")
    if len(argv) == 3 and argv[0] == "drag-driver":
        return _drag_driver_main(Path(argv[2]), argv[1])
    if len(argv) == 2 and argv[0] == "screenshot":
        return _screenshot_main(Path(argv[1]))
    if len(argv) == 3 and argv[0] == "driver":
        return _driver_main(Path(argv[2]), argv[1])
    print("usage: python -m tests.ui.xvfb_support driver app|unguarded-app OUT", file=sys.stderr)
    return 2


def parse_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
