"""Windows: SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE) through ctypes.

With the flag set, captures (PrintScreen, Snipping Tool, most recorders, remote desktop
screenshots) show the window as empty. Needs Windows 10 version 2004 or later; on older
builds WDA_MONITOR (black in captures) is the fallback.
"""

from __future__ import annotations

import ctypes
from typing import Any, Final

from app.workstation.capture import CaptureReport, capture_capabilities

WDA_MONITOR: Final = 0x01
WDA_EXCLUDEFROMCAPTURE: Final = 0x11


def apply(win_id: int) -> CaptureReport:
    caps = capture_capabilities()
    windll: Any = getattr(ctypes, "windll", None)
    if windll is None:  # not on Windows: nothing to call
        return caps
    user32 = windll.user32
    user32.SetWindowDisplayAffinity.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
    user32.SetWindowDisplayAffinity.restype = ctypes.c_int
    hwnd = ctypes.c_void_p(win_id)
    if user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE):
        return CaptureReport("windows", True, True, "The window is excluded from screen capture.")
    if user32.SetWindowDisplayAffinity(hwnd, WDA_MONITOR):
        return CaptureReport(
            "windows", True, True, "The window shows black in screen captures (older Windows)."
        )
    error = int(getattr(ctypes, "GetLastError", lambda: 0)())
    return CaptureReport(
        "windows",
        caps.can_exclude,
        False,
        f"Windows refused to exclude the window from capture (error {error}); ask IT.",
    )
