"""`cleanroom demo --no-window` (and no display at all): the terminal walkthrough, then the
real window offscreen over the in-process TLS server, with screenshots of the first text,
image and DICOM items written into the demo folder. A second run reuses the folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _demo(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the demo must choose offscreen by itself
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "app.entry", "demo", "--folder", str(folder), *extra],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_demo_without_a_display_writes_screenshots(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    first = _demo(folder)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "Traceback" not in first.stderr
    shots = folder / "screenshots"
    assert f"are in {shots}" in first.stdout
    names = sorted(p.name for p in shots.glob("*.png"))
    assert names == ["01-text.png", "02-image.png", "03-dicom.png", "04-queue.png"]
    with Image.open(shots / "01-text.png") as image:
        assert image.width > 400
        low, high = image.convert("L").getextrema()
        assert high - low > 64  # drawn, not a blank page
    assert "logged in as demo.annotator" in first.stdout

    again = _demo(folder, "--no-window")
    assert again.returncode == 0, again.stderr[-2000:]
    assert "already enrolled" in again.stdout
    assert "making the demo server's home" not in again.stdout


def test_demo_window_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    result = _demo(tmp_path / "demo", "--window")
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "No display" in lines[0]
