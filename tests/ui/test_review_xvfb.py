"""The lead's review screens under a real X server: screenshots of the item side by side
(three annotators' colour-coded layers, legend, diff list) and of the quality panel
(QtCharts with the numbers beside them), and no copy route takes the item's text out.

A shell under xvfb-run seeds CLIPBOARD and PRIMARY with a sentinel, starts
tests/ui/review_xvfb_app.py, screenshots both windows (`import`), then drives copy routes
with xdotool (Ctrl+A, Ctrl+C, Ctrl+Insert, double and triple click, drag-select,
Shift+arrows) in the item view and in the quality tables, reading both selections with
xclip after each. Set CLEANROOM_KEEP_SCREENSHOT=DIR to keep the PNGs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.ui.xvfb_support import CANARY, SENTINEL, xvfb_tools_or_skip

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = r"""
set -u
printf %s "$SENTINEL" | xclip -selection clipboard -i
printf %s "$SENTINEL" | xclip -selection primary -i
"$PY" -m tests.ui.review_xvfb_app "$OUT" >"$OUT/app.out" 2>"$OUT/app.err" &
pid=$!
for _ in $(seq 600); do
  grep -q ready "$OUT/app.out" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.2
done
ITEM=$(xdotool search --name '^Review item$' | head -1)
QUAL=$(xdotool search --name '^Quality$' | head -1)
xdotool windowfocus "$ITEM"; sleep 0.5
import -window root "$OUT/root.png"
import -window "$ITEM" "$OUT/review_item.png"
import -window "$QUAL" "$OUT/review_quality.png"
IMG=$(xdotool search --name '^Review image$' | head -1)
import -window "$IMG" "$OUT/review_image.png"
read_sel() {  # route name -> one line per selection
  for sel in clipboard primary; do
    got=$(timeout 3 xclip -o -selection $sel 2>/dev/null | head -c 400 | tr '\n' ' ')
    echo "$1|$sel|$got" >>"$OUT/routes.txt"
  done
}
drive() {  # window -> the routes
  W=$1; NAME=$2; X=$3; Y=$4
  xdotool windowfocus "$W"; sleep 0.2
  xdotool mousemove --window "$W" $X $Y click 1; sleep 0.2
  for k in ctrl+a ctrl+c ctrl+Insert ctrl+x; do
    xdotool key $k; sleep 0.2; read_sel "$NAME:$k"
  done
  xdotool mousemove --window "$W" $X $Y click --repeat 2 --delay 80 1
  sleep 0.3; read_sel "$NAME:double"
  xdotool key ctrl+c; sleep 0.2; read_sel "$NAME:double+copy"
  xdotool mousemove --window "$W" $X $Y click --repeat 3 --delay 80 1
  sleep 0.3; read_sel "$NAME:triple"
  xdotool mousemove --window "$W" $X $Y mousedown 1 \
    mousemove --window "$W" $((X + 500)) $((Y + 40)) mouseup 1
  sleep 0.3; read_sel "$NAME:drag"
  xdotool key ctrl+c; sleep 0.2; read_sel "$NAME:drag+copy"
  xdotool key shift+Right shift+Right shift+Right ctrl+shift+Right
  sleep 0.2; read_sel "$NAME:shift"
  xdotool key ctrl+c; sleep 0.2; read_sel "$NAME:shift+copy"
}
drive "$ITEM" item 40 30
drive "$QUAL" quality 120 120
touch "$OUT/quit"
wait $pid
exit 0
"""


@pytest.mark.xvfb
@pytest.mark.slow
def test_review_screens_screenshots_and_nothing_leaks(tmp_path: Path) -> None:
    xvfb_tools_or_skip("xvfb-run", "xclip", "xdotool", "import", "tesseract")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PY": sys.executable, "OUT": str(tmp_path),
           "SENTINEL": SENTINEL, "OMP_THREAD_LIMIT": "1"}  # fmt: skip
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform
    env.pop("DISPLAY", None)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 2400x1800x24", "bash", "-c", SCRIPT],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=False,
    )  # fmt: skip
    err = (tmp_path / "app.err").read_text() if (tmp_path / "app.err").exists() else ""
    assert (tmp_path / "review_item.png").exists(), done.stderr[-2000:] + err[-2000:]
    assert "Traceback" not in err, err[-3000:]
    keep = os.environ.get("CLEANROOM_KEEP_SCREENSHOT")
    for name in ("review_item.png", "review_image.png", "review_quality.png", "root.png"):
        with Image.open(tmp_path / name) as image:
            low, high = image.convert("L").getextrema()
            assert high - low > 64, name  # something is drawn
        if keep:
            shutil.copy(tmp_path / name, Path(keep) / name)
    # the content is on screen (so a clean clipboard below means something) ...
    ocr = subprocess.run(
        ["tesseract", str(tmp_path / "review_item.png"), "-", "--psm", "11"],
        capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        timeout=120, check=False,
    )  # fmt: skip
    assert "aspirin" in ocr.stdout or CANARY in ocr.stdout, ocr.stdout
    # ... and every route left the user's own clipboard and selection as they were
    routes = (tmp_path / "routes.txt").read_text().splitlines()
    assert len(routes) == 2 * 2 * 11, routes
    for line in routes:
        _route, _selection, got = line.split("|", 2)
        assert CANARY not in got, line
        assert "aspirin" not in got, line
        assert "headache" not in got, line
        assert got.strip() in ("", SENTINEL), line
