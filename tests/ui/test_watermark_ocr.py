"""Under a real X server, a whole-screen capture names the viewer over every view.

`import -window root` takes the screen as any X11 client can (X11 cannot exclude a window:
the watermark is what makes such a capture attributable); tesseract reads the user name
back from the text (white), image (grey) and DICOM-like (black) views, and no 128 px square
of a view's blank area is left without watermark ink.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.ui.xvfb_support import USER, VIEW_GEOMETRY, run_xvfb, xvfb_tools_or_skip

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]
VIEWS = (("text", 1.0), ("image", 0.55), ("dicom", 0.0))
CELL = 128


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, np.ndarray]:
    xvfb_tools_or_skip("xdotool", "import", "tesseract")
    out = tmp_path_factory.mktemp("screen")
    done = run_xvfb([sys.executable, "-m", "tests.ui.xvfb_support", "screenshot", str(out)])
    shot = out / "screen.png"
    assert shot.exists(), done.stderr[-2000:]
    return out, np.asarray(Image.open(shot).convert("L")).astype(int)


def crop(pixels: np.ndarray, index: int) -> np.ndarray:
    x, y, w, h = VIEW_GEOMETRY[index]
    return pixels[y : y + h, x : x + w]


def ink_only(view: np.ndarray, luma: float) -> Image.Image:
    """Any departure from the background towards the watermark's ink becomes black, and the
    text is turned level: what anyone enhancing a leaked capture would do."""
    background = float(np.median(view))
    toward_ink = (background - view) if luma >= 0.5 else (view - background)
    ink = np.clip(255 - np.clip(toward_ink, 0, None) * 8, 0, 255).astype(np.uint8)
    level = Image.fromarray(ink).rotate(-30, expand=True, fillcolor=255)
    return level.resize((level.width * 2, level.height * 2), Image.Resampling.LANCZOS)


@pytest.mark.parametrize(("index", "name", "luma"), [(i, n, v) for i, (n, v) in enumerate(VIEWS)])
def test_ocr_reads_the_user_name_over_each_view(
    screen: tuple[Path, np.ndarray], index: int, name: str, luma: float
) -> None:
    out, pixels = screen
    path = out / f"ocr_{name}.png"
    ink_only(crop(pixels, index), luma).save(path)
    tesseract = shutil.which("tesseract")
    assert tesseract is not None
    read = subprocess.run(
        [tesseract, str(path), "-", "--psm", "11"],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, OMP_THREAD_LIMIT="1"),
    ).stdout
    assert USER in read


@pytest.mark.parametrize(("index", "name", "luma"), [(i, n, v) for i, (n, v) in enumerate(VIEWS)])
def test_blank_area_of_each_view_is_watermarked_everywhere(
    screen: tuple[Path, np.ndarray], index: int, name: str, luma: float
) -> None:
    view = crop(screen[1], index)[:, 300:]  # right of the canary lines: flat background
    marked = np.abs(view - np.median(view)) > 4
    height, width = marked.shape
    for y in range(0, height - CELL + 1, CELL // 4):
        for x in range(0, width - CELL + 1, CELL // 4):
            assert marked[y : y + CELL, x : x + CELL].any(), (name, x, y)
