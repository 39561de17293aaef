"""The view snapshots under a real X server (Xvfb): each view shown in its own window and
read back from the screen matches the same reference pictures as offscreen."""

from __future__ import annotations

import sys

import pytest

from tests.ui.xvfb_support import run_xvfb, xvfb_tools_or_skip


@pytest.mark.xvfb
@pytest.mark.slow
def test_views_read_back_from_the_screen_match_the_references() -> None:
    xvfb_tools_or_skip("xvfb-run")
    done = run_xvfb(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/test_views_snapshots.py",
        ]
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 passed" in done.stdout
