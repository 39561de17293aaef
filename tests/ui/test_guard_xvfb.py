"""Under a real X server, no route takes task content out of the window.

A child process under `xvfb-run` seeds CLIPBOARD and PRIMARY with a sentinel, shows three
protected views (white text page, grey image, black DICOM-like slice) painting a canary,
and drives every route with xdotool (copy/cut/select-all/print/save keys, right, middle,
double and triple click, drag-select, Shift+arrows, a drag out onto another program's
window), reading CLIPBOARD, PRIMARY, SECONDARY and their TARGETS with xclip after each.
A control run with a naive selectable label shows the same harness does catch a leak.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.ui.xvfb_support import (
    CANARY,
    KEY_ROUTES,
    SELECTIONS,
    SENTINEL,
    run_xvfb,
    xvfb_tools_or_skip,
)

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


def _session(tmp_path: Path, mode: str) -> dict[str, Any]:
    xvfb_tools_or_skip("xclip", "xdotool", "xmessage")
    done = run_xvfb([sys.executable, "-m", "tests.ui.xvfb_support", "driver", mode, str(tmp_path)])
    result_file = tmp_path / "result.json"
    assert result_file.exists(), done.stderr[-2000:]
    return dict(json.loads(result_file.read_text()))


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _session(tmp_path_factory.mktemp("guarded"), "app")


def test_every_route_was_tried_in_every_view(guarded: dict[str, Any]) -> None:
    tried = {(s["view"], s["route"]) for s in guarded["steps"]}
    assert {view for view, _ in tried} == {"text", "image", "dicom"}
    assert len(tried) == 3 * (len(KEY_ROUTES) + 7)


def test_no_selection_ever_holds_the_canary(guarded: dict[str, Any]) -> None:
    for step in guarded["steps"]:
        for sel in SELECTIONS:
            assert CANARY not in step[sel], (step["view"], step["route"], sel)
            assert CANARY not in step[f"{sel}.targets"], (step["view"], step["route"], sel)


def test_the_users_own_clipboard_and_primary_are_kept(guarded: dict[str, Any]) -> None:
    # The guard clears only what its own process owns: the user's sentinel survives.
    for step in guarded["steps"]:
        assert step["clipboard"] == SENTINEL, (step["view"], step["route"])
        assert step["primary"] == SENTINEL, (step["view"], step["route"])


def test_no_print_or_save_dialog_opened(guarded: dict[str, Any]) -> None:
    counts = {step["windows"] for step in guarded["steps"]}
    assert counts == {guarded["baseline_windows"]}


def test_each_route_is_journaled_once_with_its_name_only(guarded: dict[str, Any]) -> None:
    entries = [(e["type"], e["route"]) for e in guarded["journal"]]
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


def test_the_harness_catches_a_naive_selectable_label(tmp_path: Path) -> None:
    control = _session(tmp_path, "unguarded-app")
    leaked = {
        step["route"]
        for step in control["steps"]
        if CANARY in step["primary"] or CANARY in step["clipboard"]
    }
    assert "drag-select" in leaked  # X11 PRIMARY is set by mere selection
