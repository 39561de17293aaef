"""Test configuration shared by every test package."""

from __future__ import annotations

import os

from hypothesis import settings

# Qt aborts without a display; tests render offscreen unless a test asks for Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# `make test` (and so CI) runs Hypothesis with a fixed seed: the same examples every run, so
# a red build always reproduces. Exploring new inputs is a separate, deliberate run:
# `HYPOTHESIS_PROFILE=explore make pytest` (and `make fuzz` for the atheris targets).
# No deadline: tests never assert times, and a first example that loads a word list or a
# model would fail on a loaded machine and pass on the next.
settings.register_profile(
    "repeatable", derandomize=True, database=None, print_blob=True, deadline=None
)
settings.register_profile("explore", derandomize=False, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
