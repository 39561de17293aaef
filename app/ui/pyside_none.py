"""Keeps CPython 3.11's `None` alive under PySide6 6.12.

PySide6/shiboken6 6.12.0 on CPython 3.11 returns `None` from every void Qt method without
taking a reference (harmless on 3.12+, where PEP 683 made `None` immortal): each call such as
`QWidget.update()`, `QPainter.fillRect()` or `QAction.setEnabled()` drops None's reference
count by one. A session starts with about 5,000 references, so after a few thousand Qt
calls CPython aborts with "Fatal Python error: none_dealloc: deallocating None" — minutes
into a labeling session. tests/ui/test_views_pyside_none.py reproduces it in a subprocess.

Until a fixed PySide6 is pinned (or the project moves to Python 3.12), `pin_none()` raises
the count once, far beyond any number of calls a process makes. It runs before any Qt call:
`app/ui/__init__.py` should call it; `content_view` calls it too (idempotent).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Final

# 2**48 dropped references is ~9 years of a million void Qt calls a second.
PINNED: Final = 1 << 48


def pin_none() -> None:
    """Make None's reference count unreachable by the leak (CPython < 3.12 only)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every PyObject in a release build of CPython 3.11.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < PINNED:
        refcount.value += PINNED
