"""Under a real X server, no route takes task content out of the window.

A child process under `xvfb-run` seeds CLIPBOARD and PRIMARY with a sentinel, shows three
protected views (white text page, grey image, black DICOM-like slice) painting a canary,
and drives every route with xdotool (copy/cut/select-all/print/save keys, right, middle,
double and triple click, drag-select, Shift+arrows, a drag out onto another program's
window), reading CLIPBOARD, PRIMARY, SECONDARY and their TARGETS with xclip after each.
The user's own typing (a line edit) is let go from PRIMARY at once. Focus moving to another
program covers every view (screenshots before and after, read by tesseract) and journals
focus.lost. A control run with a naive selectable label shows the harness catches a leak.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.ui.xvfb_support import (
    CANARY,
    KEY_ROUTES,
    SELECTIONS,
    SENTINEL,
    TYPED,
    VIEW_GEOMETRY,
    run_xvfb,
    xvfb_tools_or_skip,
)

VIEWS = {"text", "image", "dicom"}


def view_steps(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for step in result["steps"] if step["view"] in VIEWS]


pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


def _session(tmp_path: Path, mode: str) -> dict[str, Any]:
    xvfb_tools_or_skip("xclip", "xdotool", "xmessage", "import", "tesseract")
    done = run_xvfb([sys.executable, "-m", "tests.ui.xvfb_support", "driver", mode, str(tmp_path)])
    result_file = tmp_path / "result.json"
    assert result_file.exists(), done.stderr[-2000:]
    return {**json.loads(result_file.read_text()), "out": str(tmp_path)}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _session(tmp_path_factory.mktemp("guarded"), "app")


def test_every_route_was_tried_in_every_view(guarded: dict[str, Any]) -> None:
    tried = {(s["view"], s["route"]) for s in view_steps(guarded)}
    assert {view for view, _ in tried} == VIEWS
    assert len(tried) == 3 * (len(KEY_ROUTES) + 7)


def test_no_selection_ever_holds_the_canary(guarded: dict[str, Any]) -> None:
    for step in guarded["steps"]:
        for sel in SELECTIONS:
            for canary in (CANARY, TYPED):
                assert canary not in step[sel], (step["view"], step["route"], sel)
                assert canary not in step[f"{sel}.targets"], (step["view"], step["route"], sel)
            assert "image/" not in step[f"{sel}.targets"], (step["view"], step["route"], sel)


def test_the_users_own_clipboard_and_primary_are_kept(guarded: dict[str, Any]) -> None:
    # The guard clears only what its own process owns: the user's sentinel survives.
    for step in view_steps(guarded):
        assert step["clipboard"] == SENTINEL, (step["view"], step["route"])
        assert step["primary"] == SENTINEL, (step["view"], step["route"])


def test_the_users_own_typing_does_not_stay_in_primary(guarded: dict[str, Any]) -> None:
    # Selecting in a line edit makes Qt take PRIMARY; the guard sees its process owns it and
    # clears it at once (the user's CLIPBOARD is untouched).
    typing = [step for step in guarded["steps"] if step["view"] == "typing"]
    assert [step["route"] for step in typing] == ["shift+home", "double-click"]
    for step in typing:
        assert step["primary"] == ""
        assert step["clipboard"] == SENTINEL


def test_no_print_or_save_dialog_opened(guarded: dict[str, Any]) -> None:
    counts = {step["windows"] for step in guarded["steps"]}
    assert counts == {guarded["baseline_windows"]}


def test_each_route_is_journaled_once_with_its_name_only(guarded: dict[str, Any]) -> None:
    entries = [(e["type"], e["route"]) for e in guarded["journal"] if e["type"] != "focus.lost"]
    expected = {
        ("copy.blocked", "ctrl+c"),
        ("copy.blocked", "ctrl+ins"),
        ("copy.blocked", "ctrl+shift+c"),
        ("copy.blocked", "ctrl+x"),
        ("copy.blocked", "shift+del"),
        ("copy.blocked", "ctrl+a"),
        ("print.blocked", "ctrl+p"),
        ("print.blocked", "ctrl+s"),
        ("print.blocked", "ctrl+shift+s"),
        ("copy.blocked", "context-menu"),
        ("copy.blocked", "middle-click"),
    }
    assert set(entries) == expected
    assert len(entries) == len(expected)  # three views, one entry per route (rate limit)
    assert guarded["app_rc"] == 0


def text_view_ocr(guarded: dict[str, Any], shot: str) -> str:
    x, y, w, h = VIEW_GEOMETRY[0]
    path = Path(guarded["out"]) / shot
    crop = Image.open(path).convert("L").crop((x, y, x + w, y + h))
    crop = crop.resize((w * 2, h * 2), Image.Resampling.LANCZOS)
    crop_path = path.with_name(f"text-{shot}")
    crop.save(crop_path)
    return subprocess.run(
        ["tesseract", str(crop_path), "-", "--psm", "6"],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, OMP_THREAD_LIMIT="1"),
    ).stdout


def test_focus_to_another_program_shades_content_and_is_journaled(
    guarded: dict[str, Any],
) -> None:
    assert CANARY[:10] in text_view_ocr(guarded, "focused.png")  # the control
    assert "CANARY" not in text_view_ocr(guarded, "unfocused.png")
    assert {"type": "focus.lost", "route": "inactive"} in guarded["journal"]


def test_the_harness_catches_a_naive_selectable_label(tmp_path: Path) -> None:
    control = _session(tmp_path, "unguarded-app")
    leaked = {
        step["route"]
        for step in control["steps"]
        if CANARY in step["primary"] or CANARY in step["clipboard"]
    }
    assert "drag-select" in leaked  # X11 PRIMARY is set by mere selection
