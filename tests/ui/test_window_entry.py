"""`cleanroom` with no command opens the window; with no display it says so in one line and
exits 2 (Qt never gets to abort). Other commands still reach the workstation CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "app.entry", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip


def test_window_without_a_display_exits_2_in_one_line() -> None:
    result = _run()
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "No display" in lines[0]
    assert "Aborted" not in result.stderr


def test_other_commands_reach_the_workstation_cli(tmp_path: Path) -> None:
    result = _run("doctor", "--demo-folder", str(tmp_path))
    assert result.returncode == 2
    assert "run `cleanroom demo` first" in result.stderr


def test_window_without_a_policy_says_what_to_do(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("CLEANROOM_POLICY", None)
    env.pop("CLEANROOM_ORG_KEY", None)
    result = subprocess.run(
        [sys.executable, "-m", "app.entry", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 30
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "IT installs it" in lines[0]
