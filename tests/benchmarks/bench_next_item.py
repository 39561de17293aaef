"""Next-item latency, cold start and memory of the annotator window (issue 10), each beside
its baseline in the same rounds.

    python -m tests.benchmarks.bench_next_item [--rounds 3] [--switches 30] [--no-labelme]

- next item: back-to-back switches through text items, 2048x2048 PNG and JPEG images and a
  512x512 CT series. Ours = read the item from the sealed shard (GCM decrypt), decode, show
  it in the LabelingWorkspace and paint it with its watermark (a synchronous repaint). The
  shard holds what the server seals: a large PNG travels as PackBits TIFF (the same pixels,
  `encode_for_display`), so "2048² PNG" is the same picture, decoded from that encoding.
  Baselines: a bare QGraphicsView (QImage from the file's bytes, QPixmap, repaint; CT: pydicom
  + numpy windowing), a bare QPlainTextEdit for text, and labelme 7.9.1 switching the same
  image files (installed by this script into its own virtual environment under a temp folder;
  labelme reads from disk, decodes PNGs twice, and has no DICOM or text mode).
- cold start: process start to the first paint of the login screen, beside a minimal
  PySide6 window.
- memory: resident set after opening a 1,000-item mixed shard, after warm-up, and after
  10,000 switches.
Rounds interleave ours and the baselines; each cell is the median over rounds of the round's
p50 (or p95), with the range over rounds in brackets.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
LABELME_PINS = ("labelme==7.9.1", "contourpy<1.3.3", "tifffile<2025.5")
SIZE = 2048
CT_SIZE = 512


# --- data ------------------------------------------------------------------------------


def photo_like(seed: int, size: int = SIZE) -> Image.Image:
    """Smooth structure plus sensor noise: compresses like a photograph, not like noise."""
    rng = np.random.default_rng(seed)
    low = Image.fromarray((rng.random((24, 24, 3)) * 255).astype(np.uint8)).resize(
        (size, size), Image.Resampling.BICUBIC
    )
    pixels = np.asarray(low, dtype=np.int16) + rng.normal(0, 6, (size, size, 3)).astype(np.int16)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def encoded(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def ct_slice(index: int, size: int = CT_SIZE) -> bytes:
    """A 512x512 CT slice (int16, rescale -1024) of a phantom, as DICOM Part 10 bytes."""
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

    yy, xx = np.mgrid[0:size, 0:size]
    r = np.hypot(yy - size / 2, xx - size / 2)
    hu = np.where(r < size * 0.45, 40, -1000).astype(np.int16)  # soft tissue in air
    hu[r < size * 0.1 + index] = 700  # bone that grows along the series
    hu[(np.abs(xx - size * 0.35) < 40) & (np.abs(yy - size / 2) < 90)] = -800  # lung
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, meta.MediaStorageSOPInstanceUID
    ds.Modality, ds.Rows, ds.Columns = "CT", size, size
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
    ds.RescaleSlope, ds.RescaleIntercept = 1, -1024
    ds.PixelSpacing, ds.InstanceNumber = [0.7, 0.7], index + 1
    ds.PixelData = (hu + 1024).astype(np.int16).tobytes()
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def text_item(index: int) -> bytes:
    words = ("pain", "fever", "since", "Tuesday", "reported", "dose", "ward", "review", "stable")
    rng = np.random.default_rng(index)
    return " ".join(words[i] for i in rng.integers(0, len(words), 700)).encode()


# --- our window -----------------------------------------------------------------------


class _Journal:
    """Where the guard reports blocked routes; nothing is blocked while benchmarking."""

    def blocked(self, event_type: str, route: str) -> None:
        pass


class _NoSaves:
    """Switching saves nothing; a save here would be a bug in the benchmark."""

    def save(self, draft: object) -> object:
        raise AssertionError("the benchmark does not save labels")


class OurWindow:
    """The LabelingWorkspace over a sealed shard opened through the ShardGate."""

    def __init__(self, items: Sequence[tuple[str, str, bytes]]) -> None:
        from PySide6.QtWidgets import QApplication

        from app.core.keys import DeviceEncryptionKey, SigningKey
        from app.core.label_schema import LabelSchema
        from app.core.shard import ItemInput, build_payload, seal_shard
        from app.redaction.image import encode_for_display
        from app.ui.qt.content_view import ViewContext
        from app.ui.qt.guard import ContentGuard
        from app.ui.qt.watermark import WatermarkClock
        from app.ui.qt.workspace import LabelingWorkspace, OpenItem
        from app.workstation.shard_gate import ShardGate

        self.app = QApplication.instance() or QApplication([])
        media = {"text": "text/plain", "png": "image/png", "jpeg": "image/jpeg",
                 "dicom": "application/dicom"}  # fmt: skip
        kinds = {"text": "text", "png": "image", "jpeg": "image", "dicom": "dicom"}
        # What the server seals: large PNGs in the display encoding (encode_for_display).
        inputs = [
            ItemInput(iid, kinds[k], *encode_for_display(media[k], data)) for iid, k, data in items
        ]
        self.kind_of = {iid: kinds[k] for iid, k, _ in items}
        schema = {
            "version": 1,
            "labels": [
                {"name": "FINDING", "kind": "span"},
                {"name": "LESION", "kind": "box"},
                {"name": "ROI", "kind": "region"},
            ],
        }
        device = DeviceEncryptionKey.generate()
        issuer = SigningKey.generate()
        now = int(time.time())
        sealed = seal_shard(
            build_payload(inputs, schema, "Label what you see."),
            shard_id="bench", project_id="p", user_id="u", device_id="dev",
            device_public=device.public_key(), issuer=issuer, issued_at=now,
            not_after=now + 3600,
        )  # fmt: skip
        gate = ShardGate(
            server_keys={issuer.kid: issuer.verify_key()}, device_id="dev",
            allowed_suites=(device.suite,), max_offline_s=3600,
        )  # fmt: skip
        self.shard = gate.open(sealed, device, last_sync_ms=now * 1000, now_ms=now * 1000)
        self.schema = LabelSchema.from_json(self.shard.manifest.schema)
        self.make_item = OpenItem
        self.guard = ContentGuard(_Journal())
        self.app.installEventFilter(self.guard)
        clock = WatermarkClock("bench.annotator", "dev", "session-1")
        context = ViewContext(guard=self.guard, clock=clock, opacity_percent=20)
        self.workspace = LabelingWorkspace(context, _NoSaves())  # type: ignore[arg-type]
        self.workspace.resize(1280, 900)
        self.workspace.show()
        self.app.processEvents()

    def show(self, item_id: str) -> None:
        data = bytearray(self.shard.read_item(item_id))
        self.workspace.show_item(
            self.make_item("bench", "p", item_id, self.kind_of[item_id], data, {},
                           self.schema, "Label what you see.", [])
        )  # fmt: skip
        self.workspace.repaint()


# --- baselines --------------------------------------------------------------------------


class BareView:
    """A QGraphicsView showing each file as a pixmap (CT: pydicom + numpy window)."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import (
            QApplication,
            QGraphicsScene,
            QGraphicsView,
            QPlainTextEdit,
        )

        self.app = QApplication.instance() or QApplication([])
        self.scene = QGraphicsScene()
        self.view = QGraphicsView(self.scene)
        self.view.resize(1280, 900)
        self.view.show()
        self.text = QPlainTextEdit()
        self.text.resize(1280, 900)
        self.text.show()
        self.app.processEvents()

    def show_image(self, path: Path) -> None:
        from PySide6.QtGui import QImage, QPixmap

        image = QImage.fromData(path.read_bytes())
        self._show(QPixmap.fromImage(image))

    def show_ct(self, path: Path) -> None:
        import pydicom
        from PySide6.QtGui import QImage, QPixmap

        ds = pydicom.dcmread(path)
        hu = ds.pixel_array * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
        low, high = 40 - 350 / 2, 40 + 350 / 2
        grey = np.clip((hu - low) / (high - low) * 255, 0, 255).astype(np.uint8)
        image = QImage(grey.data, grey.shape[1], grey.shape[0], grey.shape[1],
                       QImage.Format.Format_Grayscale8)  # fmt: skip
        self._show(QPixmap.fromImage(image))

    def show_text(self, path: Path) -> None:
        self.text.setPlainText(path.read_text())
        self.text.repaint()

    def _show(self, pixmap: object) -> None:
        from PySide6.QtCore import Qt

        self.scene.clear()
        item = self.scene.addPixmap(pixmap)
        self.view.fitInView(item, Qt.AspectRatioMode.KeepAspectRatio)
        self.view.viewport().repaint()


LABELME_DRIVER = r"""
import json, os, sys, time
from PySide6 import QtWidgets
from labelme._app import MainWindow
app = QtWidgets.QApplication([])
win = MainWindow(file_or_dir=sys.argv[1], output_dir=os.path.join(os.environ["HOME"], "out"))
win.resize(1280, 900); win.show(); app.processEvents()
times = []
count = len(win.image_list)
for k in range(int(sys.argv[2])):
    t0 = time.perf_counter()
    # the next image, round the folder (as ours cycles its items)
    win._docks.file_list.setCurrentRow((k + 1) % count)
    app.processEvents()
    win.repaint()
    times.append((time.perf_counter() - t0) * 1000)
print("TIMES " + json.dumps(times))
"""


def labelme_python(venv: Path) -> Path | None:
    """labelme in its own venv (labelme 7.9.1 declares Python >= 3.12; wheels only)."""
    python = venv / "bin" / "python"
    if python.exists():
        return python
    print("installing labelme 7.9.1 into", venv, "(one time, about a minute)", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--only-binary", ":all:",
         "--ignore-requires-python", *LABELME_PINS],
        check=False,
    )  # fmt: skip
    return python if done.returncode == 0 else None


def labelme_times(python: Path, folder: Path, switches: int, home: Path) -> list[float]:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [str(python), "-c", LABELME_DRIVER, str(folder), str(switches)],
        capture_output=True, text=True, env=env, timeout=900, check=True,
    )  # fmt: skip
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("TIMES "))
    return [float(x) for x in json.loads(line[6:])]


# --- measuring --------------------------------------------------------------------------


def timed(step: Callable[[str], None], ids: Sequence[str], switches: int) -> list[float]:
    out = []
    for i in range(switches):
        t0 = time.perf_counter()
        step(ids[i % len(ids)])
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def cell(per_round: Sequence[float]) -> str:
    return f"{statistics.median(per_round):.1f} [{min(per_round):.1f}–{max(per_round):.1f}]"


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


COLD_OURS = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
# the order of app.ui.app.main: the workstation first, Qt last
from app.ui.app import load_policy, make_application
from app.workstation.keystore import DemoFileKeyring, KeyStore
from app.workstation.workbench import Workbench
folder = Path(sys.argv[1])
policy = load_policy(folder / "policy.json", sys.argv[2])
keys = KeyStore("cleanroom-bench", DemoFileKeyring(folder), allow_demo=True)
bench = Workbench(policy, keys, folder / "vault.db")
app = make_application()
from app.ui.qt.main_window import MainWindow
window = MainWindow(bench, policy_source="bench")
window.start()
window.resize(1280, 900)
window.show()
app.processEvents()
window.repaint()
print("PAINTED", window.current_screen, flush=True)
bench.close()
"""


def enrolled_folder(folder: Path) -> str:
    """A workstation folder as the window finds it after enrolment: the signed policy, the
    device keys (in the demo keyring file) and the store. Returns the org key (b64u)."""
    from app.core.keys import SUITE_HYBRID, SigningKey
    from app.core.policy import sign_policy
    from app.server.home import default_policy
    from app.server.tls import make_tls
    from app.workstation.identity import create_identity
    from app.workstation.keystore import DemoFileKeyring, KeyStore
    from app.workstation.store import open_vault

    org = SigningKey.generate()
    policy = default_policy("https://127.0.0.1:9", make_tls().ca_cert_pem.decode(),
                            SigningKey.generate())  # fmt: skip
    (folder / "policy.json").write_bytes(sign_policy(policy, org))
    keys = KeyStore("cleanroom-bench", DemoFileKeyring(folder), allow_demo=True)
    identity = create_identity(keys, device_id="dev-bench", suite=SUITE_HYBRID)
    _, store = open_vault(keys, folder / "vault.db")
    store.append_journal("enrolled", {"signing_kid": identity.signing_key.kid})
    store.close()
    return org.verify_key().b64u()


COLD_MINIMAL = r"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("Cleanroom"); w.resize(1280, 900); w.show()
app.processEvents()
w.repaint()
print("PAINTED minimal", flush=True)
"""


def cold_start(code: str, *args: str) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - t0
            if line.split()[1:] not in (["login"], ["minimal"]):
                raise SystemExit(f"the cold-start child painted {line.strip()!r}, not login")
            break
    else:
        raise SystemExit("the cold-start child never painted")
    proc.wait(timeout=60)
    return elapsed * 1000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--switches", type=int, default=30)
    parser.add_argument("--no-labelme", action="store_true")
    parser.add_argument("--memory-switches", type=int, default=10_000)
    parser.add_argument(
        "--labelme-venv", type=Path, help="keep labelme's venv here (default: a temp folder)"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cleanroom-bench-") as tmp:
        work = Path(tmp)
        sets: dict[str, list[tuple[str, str, bytes]]] = {"text": [], "png": [], "jpeg": [],
                                                          "dicom": []}  # fmt: skip
        for i in range(8):
            sets["text"].append((f"t{i}", "text", text_item(i)))
            image = photo_like(i)
            sets["png"].append((f"p{i}", "png", encoded(image, "PNG")))
            sets["jpeg"].append((f"j{i}", "jpeg", encoded(image, "JPEG")))
        for i in range(16):
            sets["dicom"].append((f"c{i}", "dicom", ct_slice(i)))
        folders = {}
        for name, items in sets.items():
            folder = work / name
            folder.mkdir()
            suffix = {"text": ".txt", "png": ".png", "jpeg": ".jpg", "dicom": ".dcm"}[name]
            for iid, _, data in items:
                (folder / f"{iid}{suffix}").write_bytes(data)
            folders[name] = folder
        print(f"PNG {len(sets['png'][0][2]) / 2**20:.1f} MiB, JPEG "
              f"{len(sets['jpeg'][0][2]) / 2**20:.1f} MiB each", file=sys.stderr)  # fmt: skip

        ours = OurWindow([it for items in sets.values() for it in items])
        bare = BareView()
        venv = args.labelme_venv or work / "labelme-venv"
        labelme = None if args.no_labelme else labelme_python(venv)
        results: dict[tuple[str, str], list[list[float]]] = {}

        def record(kind: str, who: str, times: list[float]) -> None:
            results.setdefault((kind, who), []).append(times)

        for rnd in range(args.rounds):
            print(f"round {rnd + 1}/{args.rounds}", file=sys.stderr)
            for kind, items in sets.items():
                ids = [iid for iid, _, _ in items]
                paths = sorted(folders[kind].iterdir())
                timed(ours.show, ids, 3)  # warm the decoder for this kind
                record(kind, "cleanroom", timed(ours.show, ids, args.switches))
                step = {"text": bare.show_text, "dicom": bare.show_ct}.get(kind, bare.show_image)
                by_id = {p.stem: p for p in paths}
                record(
                    kind, "bare Qt", timed(lambda i, s=step, b=by_id: s(b[i]), ids, args.switches)
                )
                if labelme is not None and kind in ("png", "jpeg"):
                    home = work / f"home-{rnd}-{kind}"
                    home.mkdir()
                    record(kind, "labelme 7.9.1",
                           labelme_times(labelme, folders[kind], args.switches, home))  # fmt: skip

        names = {"text": "text item (4 KB)", "png": "2048² PNG", "jpeg": "2048² JPEG",
                 "dicom": "512² CT slice"}  # fmt: skip
        print(f"\nnext item, back to back: {args.switches} switches a round, {args.rounds} "
              "rounds interleaved; ms, median of rounds [range]\n")  # fmt: skip
        print("| item | who | p50 (ms) | p95 (ms) |")
        print("|---|---|---:|---:|")
        for kind in sets:
            for who in ("cleanroom", "bare Qt", "labelme 7.9.1"):
                rounds = results.get((kind, who))
                if rounds:
                    p50 = [pct(r, 50) for r in rounds]
                    p95 = [pct(r, 95) for r in rounds]
                    print(f"| {names[kind]} | {who} | {cell(p50)} | {cell(p95)} |")

        station = work / "station"
        station.mkdir()
        org_key = enrolled_folder(station)
        cold_rows: dict[str, list[float]] = {"cleanroom login screen": [],
                                             "minimal PySide6 window": []}  # fmt: skip
        for _ in range(max(args.rounds, 5)):
            cold_rows["cleanroom login screen"].append(cold_start(COLD_OURS, str(station), org_key))
            cold_rows["minimal PySide6 window"].append(cold_start(COLD_MINIMAL))
        print("\ncold start, process start to first paint (ms), median of rounds [range]\n")
        print("| window | ms |")
        print("|---|---:|")
        for who, values in cold_rows.items():
            print(f"| {who} | {cell(values)} |")

        del ours
        mixed = (
            [(f"t{i}", "text", text_item(i)) for i in range(600)]
            + [(f"i{i}", "jpeg", encoded(photo_like(i, 512), "JPEG")) for i in range(300)]
            + [(f"c{i}", "dicom", ct_slice(i % 16)) for i in range(100)]
        )
        big = OurWindow(mixed)
        ids = [iid for iid, _, _ in mixed]
        after_open = rss_mib()
        timed(big.show, ids, 1000)
        warm = rss_mib()
        timed(big.show, ids, args.memory_switches)
        after = rss_mib()
        print("\nresident memory, 1,000-item mixed shard (600 text, 300 JPEG 512², 100 CT 512²)\n")
        print("| moment | RSS (MiB) |")
        print("|---|---:|")
        print(f"| after opening the shard | {after_open:.0f} |")
        print(f"| after 1,000 switches (warm-up) | {warm:.0f} |")
        print(f"| after {args.memory_switches:,} more switches | {after:.0f} |")
        print(f"| growth after warm-up | {after - warm:+.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
