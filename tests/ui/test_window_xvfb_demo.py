"""The real window under Xvfb: `cleanroom demo --folder DIR --window` opens it directly (no
dialog in between), logged in as demo.annotator on the first text item; a screenshot of the
whole X screen (`import -window root`) shows it, and tesseract reads the annotator's name
and words of the first (redacted) note from it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.ui.xvfb_support import xvfb_tools_or_skip

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = r"""
set -u
"$PY" -m app.entry demo --folder "$DEMO" --window >"$DEMO.out" 2>"$DEMO.err" &
pid=$!
for _ in $(seq 1500); do
  grep -q "Window open" "$DEMO.out" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.2
done
# No window manager under Xvfb: give the window the focus as a user's click would.
xdotool search --sync --name '^Cleanroom$' windowfocus 2>/dev/null || true
sleep 2
import -window root "$SHOT"
kill $pid
wait $pid
exit 0
"""


@pytest.mark.xvfb
@pytest.mark.slow
def test_demo_window_under_xvfb(tmp_path: Path) -> None:
    xvfb_tools_or_skip("import", "tesseract")
    shot = tmp_path / "root.png"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PY": sys.executable, "SHOT": str(shot)}
    env["DEMO"] = str(tmp_path / "demo")
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", SCRIPT],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=900, check=False,
    )  # fmt: skip
    out = Path(f"{env['DEMO']}.out").read_text() if Path(f"{env['DEMO']}.out").exists() else ""
    err = Path(f"{env['DEMO']}.err").read_text() if Path(f"{env['DEMO']}.err").exists() else ""
    assert "Window open" in out, f"{done.stderr}\n{out}\n{err}"
    assert "Traceback" not in err
    with Image.open(shot) as image:
        assert image.size == (1280, 800)
        low, high = image.convert("L").getextrema()
        assert high - low > 64
    if os.environ.get("CLEANROOM_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["CLEANROOM_KEEP_SCREENSHOT"])
    ocr = subprocess.run(
        ["tesseract", str(shot), "-", "--psm", "11"],
        capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        timeout=120, check=False,
    )  # fmt: skip
    assert "demo.annotator" in ocr.stdout
    # the first text item of the shard: which of the demo's notes that is follows the items'
    # ids (random), so any note's own words count
    words = ("chest pain", "aspirin", "PERSON_1", "headache", "nausea", "shortness", "salbutamol")
    assert any(word in ocr.stdout for word in words), ocr.stdout
