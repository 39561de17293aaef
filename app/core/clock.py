"""The one place Cleanroom reads the wall clock.

Everything else takes the clock as a parameter named for its unit: `clock_ms` (integer
milliseconds since the Unix epoch) or `clock_s` (float seconds), so tests can set the time
and a reader never has to guess the unit. Reading the time is not I/O in the sense that
matters to `core`: nothing is read from or written to disk or network.
"""

from __future__ import annotations

import time


def now_ms() -> int:
    """Milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


def now_s() -> float:
    """Seconds since the Unix epoch, with a fraction."""
    return time.time()
