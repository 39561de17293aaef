"""Linux: neither X11 nor Wayland lets a client exclude its window from capture.

Any X11 client can read the whole screen (`import -window root`); Wayland compositors decide
capture themselves. There is nothing to call: this module says so plainly.
"""

from __future__ import annotations

from app.workstation.capture import CaptureReport, capture_capabilities


def apply(win_id: int) -> CaptureReport:
    del win_id  # nothing to apply: see the module docstring
    return capture_capabilities()
