"""Under a real X server, a drag started from a protected widget is cancelled while the
button is still held, and journaled as drag.blocked; without the guard the same drag runs
until the button is released (the control: the harness can tell the two apart)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.ui.xvfb_support import CANARY, SENTINEL, run_xvfb, xvfb_tools_or_skip

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


def _drag(tmp_path: Path, mode: str) -> dict[str, Any]:
    xvfb_tools_or_skip("xclip", "xdotool", "xmessage")
    done = run_xvfb([sys.executable, "-m", "tests.ui.xvfb_support", "drag-driver", mode,
                     str(tmp_path)])  # fmt: skip
    result = tmp_path / "drag.json"
    assert result.exists(), done.stderr[-2000:]
    return dict(json.loads(result.read_text()))


def test_a_drag_from_a_protected_widget_is_cancelled_while_held(tmp_path: Path) -> None:
    result = _drag(tmp_path, "drag-app")
    assert result["ended_while_held"]
    assert {"type": "drag.blocked", "route": "drag-out"} in result["journal"]
    for moment in ("during", "after"):
        for sel in ("clipboard", "primary", "secondary"):
            assert CANARY not in result[moment][sel]
        assert result[moment]["clipboard"] == SENTINEL
        assert result[moment]["primary"] == SENTINEL


def test_without_the_guard_the_drag_runs_until_release(tmp_path: Path) -> None:
    result = _drag(tmp_path, "unguarded-drag-app")
    assert not result["ended_while_held"]
    assert result["ended_after_release"]
