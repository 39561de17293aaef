"""macOS: NSWindow.setSharingType_(NSWindowSharingNone) through pyobjc, imported lazily.

Qt's winId() on macOS is the NSView; its window() is the NSWindow. Reported ignored by
ScreenCaptureKit on macOS 15 and later: the visible watermark still names the viewer.
"""

from __future__ import annotations

import importlib
from typing import Final

from app.workstation.capture import CaptureReport, capture_capabilities

NS_WINDOW_SHARING_NONE: Final = 0


def apply(win_id: int) -> CaptureReport:
    caps = capture_capabilities()
    if not caps.can_exclude:
        return caps
    try:
        objc = importlib.import_module("objc")
        view = objc.objc_object(c_void_p=win_id)
        window = view.window()
        if window is None:
            raise ValueError("no window yet")
        window.setSharingType_(NS_WINDOW_SHARING_NONE)
    except (ImportError, AttributeError, TypeError, ValueError):
        return CaptureReport(
            "macos",
            True,
            False,
            "The window could not be excluded from capture (pyobjc call failed); ask IT.",
        )
    return CaptureReport("macos", True, True, "The window is excluded from screen capture.")
