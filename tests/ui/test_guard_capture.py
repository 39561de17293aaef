"""Capture exclusion: this platform's report, and content refused when the policy requires
an exclusion the platform cannot give."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.platform import (
    CaptureReport,
    apply_capture_exclusion,
    capture_capabilities,
    content_allowed,
)


@dataclass(frozen=True)
class PolicyView:
    capture_protection: str


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux report")
def test_linux_says_plainly_it_cannot_exclude(qtbot: QtBot) -> None:
    report = capture_capabilities()
    assert report.platform in {"linux-x11", "linux-wayland"}
    assert not report.can_exclude
    assert "cannot exclude" in report.detail
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    applied = apply_capture_exclusion(window)
    assert not applied.protected


def test_required_on_a_platform_that_cannot_exclude_refuses_content() -> None:
    report = CaptureReport("linux-x11", False, False, "X11 cannot exclude a window.")
    allowed, why = content_allowed(PolicyView("required"), report)
    assert not allowed
    assert "cannot give" in why
    assert why.endswith(".")


def test_required_but_not_applied_refuses_content() -> None:
    report = CaptureReport("windows", True, False, "Windows refused.")
    allowed, why = content_allowed(PolicyView("required"), report)
    assert not allowed
    assert "could not be turned on" in why


def test_required_and_applied_allows_content() -> None:
    report = CaptureReport("windows", True, True, "Excluded.")
    assert content_allowed(PolicyView("required"), report) == (True, "Excluded.")


def test_best_effort_allows_content_and_says_what_holds() -> None:
    report = CaptureReport("linux-x11", False, False, "X11 cannot exclude a window.")
    assert content_allowed(PolicyView("best_effort"), report) == (
        True,
        "X11 cannot exclude a window.",
    )


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the fallbacks off-platform")
def test_windows_and_macos_modules_load_and_report_off_their_platform() -> None:
    # Each platform's calls load lazily; off their platform they change nothing and report.
    from app.ui.platform import macos, windows

    assert not windows.apply(0).applied
    assert not macos.apply(0).applied
