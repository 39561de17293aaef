"""Under a real X server, a whole-screen capture names the viewer over every view.

`import -window root` takes the screen as any X11 client can (X11 cannot exclude a window:
the watermark is what makes such a capture attributable); tesseract reads the user name
back from the shipped text (white page), image (grey photo) and DICOM (CT slice) views, and
no 128 px square of a view's blank area is left without watermark ink.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from tests.ui.xvfb_support import USER, VIEW_GEOMETRY, run_xvfb, xvfb_tools_or_skip

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]
VIEWS = ("text", "image", "dicom")
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


def ink_only(view: np.ndarray, dark_ink: bool) -> Image.Image:
    """Any departure from the local background towards the watermark's ink becomes black,
    and the text is turned level: what anyone enhancing a leaked capture would do."""
    background = np.asarray(
        Image.fromarray(view.astype(np.uint8)).filter(ImageFilter.BoxBlur(12))
    ).astype(int)
    toward_ink = (background - view) if dark_ink else (view - background)
    ink = np.clip(255 - np.clip(toward_ink, 0, None) * 8, 0, 255).astype(np.uint8)
    level = Image.fromarray(ink).rotate(-30, expand=True, fillcolor=255)
    return level.resize((level.width * 2, level.height * 2), Image.Resampling.LANCZOS)


def ocr(path: Path) -> str:
    tesseract = shutil.which("tesseract")
    assert tesseract is not None
    return subprocess.run(
        [tesseract, str(path), "-", "--psm", "11"],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, OMP_THREAD_LIMIT="1"),
    ).stdout


@pytest.mark.parametrize(("index", "name"), list(enumerate(VIEWS)))
def test_ocr_reads_the_user_name_over_each_view(
    screen: tuple[Path, np.ndarray], index: int, name: str
) -> None:
    out, pixels = screen
    read = []
    for dark_ink in (True, False):  # the watermark's ink follows the view's background
        path = out / f"ocr_{name}_{'dark' if dark_ink else 'light'}.png"
        ink_only(crop(pixels, index), dark_ink).save(path)
        read.append(ocr(path))
    assert any(USER in text for text in read), read


# Blank parts of the text page (right of the lines, left of the scroll bar) and of the grey
# image (right of its canary lines, above the zoom line): flat, so any ink is the watermark.
BLANK = {"text": (slice(0, 480), slice(300, 595)), "image": (slice(10, 455), slice(300, 620))}


@pytest.mark.parametrize("name", sorted(BLANK))
def test_blank_area_of_each_view_is_watermarked_everywhere(
    screen: tuple[Path, np.ndarray], name: str
) -> None:
    rows, cols = BLANK[name]
    view = crop(screen[1], VIEWS.index(name))[rows, cols]
    marked = np.abs(view - np.median(view)) > 4
    height, width = marked.shape
    for y in range(0, height - CELL + 1, CELL // 4):
        for x in range(0, width - CELL + 1, CELL // 4):
            assert marked[y : y + CELL, x : x + CELL].any(), (name, x, y)
