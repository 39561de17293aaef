"""Screen-capture exclusion, one module per platform; this module picks the right one.

`capture_capabilities()` and `content_allowed()` are Qt-free (capabilities.py);
`apply_capture_exclusion(window)` needs only the window's native id (QWidget.winId()).
"""

from __future__ import annotations

import sys
from typing import Protocol

from app.workstation.capture import (
    CAPTURE_REQUIRED,
    CaptureReport,
    capture_capabilities,
)
from app.workstation.capture import content_allowed as _content_allowed

__all__ = [
    "CAPTURE_REQUIRED",
    "CaptureReport",
    "apply_capture_exclusion",
    "capture_capabilities",
    "content_allowed",
]


class NativeWindow(Protocol):
    def winId(self) -> int: ...  # Qt's name


class HasCaptureProtection(Protocol):
    @property
    def capture_protection(self) -> str: ...


def apply_capture_exclusion(window: NativeWindow) -> CaptureReport:
    """Turn on the OS capture exclusion for a shown top-level window, where there is one."""
    win_id = int(window.winId())
    if sys.platform == "win32":
        from app.ui.platform import windows  # noqa: PLC0415 - each platform's calls load there only

        return windows.apply(win_id)
    if sys.platform == "darwin":
        from app.ui.platform import macos  # noqa: PLC0415

        return macos.apply(win_id)
    from app.ui.platform import linux  # noqa: PLC0415

    return linux.apply(win_id)


def content_allowed(policy: HasCaptureProtection, report: CaptureReport) -> tuple[bool, str]:
    """(allowed, why): the shell shows `why` instead of content when not allowed."""
    return _content_allowed(policy.capture_protection, report)
