"""Test configuration shared by every test package."""

from __future__ import annotations

import os

# Qt aborts without a display; tests render offscreen unless a test asks for Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
