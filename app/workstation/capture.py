"""What this platform can do against screen capture, without Qt and without side effects.

The window (app/ui/platform applies the exclusion) and `cleanroom doctor` both ask here, so
they give the same answer.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
from dataclasses import dataclass
from typing import Final

WINDOWS_MIN_BUILD: Final = 19041  # Windows 10 2004: WDA_EXCLUDEFROMCAPTURE exists
CAPTURE_REQUIRED: Final = "required"


@dataclass(frozen=True)
class CaptureReport:
    """`can_exclude`: the OS offers a capture exclusion; `applied`: it is on for the window."""

    platform: str  # "windows", "macos", "linux-x11", "linux-wayland", other sys.platform
    can_exclude: bool
    applied: bool
    detail: str  # one sentence for the user, the doctor and the journal's reason

    @property
    def protected(self) -> bool:
        return self.can_exclude and self.applied


def _windows_build() -> int:
    try:
        return int(platform.version().split(".")[2])
    except (IndexError, ValueError):
        return 0


def capture_capabilities() -> CaptureReport:
    """What could be done here; `applied` is False until a window asked for it."""
    plat: str = sys.platform  # a plain str: mypy would narrow sys.platform to the host's
    if plat == "win32":
        build = _windows_build()
        if build >= WINDOWS_MIN_BUILD:
            return CaptureReport(
                "windows", True, False, "Windows can exclude the window from screen capture."
            )
        return CaptureReport(
            "windows",
            False,
            False,
            f"This Windows build ({build}) is older than 10 version 2004 and cannot exclude a "
            "window from capture; update Windows.",
        )
    if plat == "darwin":
        if importlib.util.find_spec("AppKit") is None:
            return CaptureReport(
                "macos",
                False,
                False,
                "pyobjc (AppKit) is not installed, so the window cannot be excluded from "
                "capture; install pyobjc-framework-Cocoa.",
            )
        return CaptureReport(
            "macos",
            True,
            False,
            "macOS can exclude the window from capture (recent screen-capture APIs may "
            "ignore it; the watermark still names the viewer).",
        )
    if plat.startswith("linux"):
        wayland = bool(os.environ.get("WAYLAND_DISPLAY")) or (
            os.environ.get("XDG_SESSION_TYPE") == "wayland"
        )
        name = "linux-wayland" if wayland else "linux-x11"
        server = "Wayland" if wayland else "X11"
        return CaptureReport(
            name,
            False,
            False,
            f"{server} cannot exclude a window from screen capture; the visible watermark is "
            "what makes a capture attributable here.",
        )
    return CaptureReport(
        plat, False, False, "This platform offers no way to exclude a window from capture."
    )


def content_allowed(capture_protection: str, report: CaptureReport) -> tuple[bool, str]:
    """May task content be shown? Refused when the policy requires an exclusion we lack."""
    if capture_protection != CAPTURE_REQUIRED:
        return True, report.detail
    if report.protected:
        return True, report.detail
    if report.can_exclude:
        return False, (
            "The policy requires screen-capture protection and it could not be turned on "
            "for this window; content stays hidden. Ask IT."
        )
    return False, (
        "The policy requires screen-capture protection, which this platform cannot give; "
        "content stays hidden. Use a managed Windows or macOS workstation, or ask IT."
    )
