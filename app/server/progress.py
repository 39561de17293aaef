"""A progress line for slow admin commands (ingest runs OCR at about a second per frame).

On a terminal the line is redrawn in place; in a log (not a TTY) one line is written at
most every `every_s` seconds, so a cron job's log stays short. Counts only: never a file
name, since names often carry patient names.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class ProgressLine:
    def __init__(
        self,
        label: str,
        stream: TextIO | None = None,
        *,
        every_s: float = 5.0,
        clock_s: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.every_s = 0.2 if self.tty else every_s
        self.clock_s = clock_s
        self.started = clock_s()
        self.shown_at: float | None = None

    def __call__(self, done: int, total: int, refused: int) -> None:
        now = self.clock_s()
        last = done >= total
        if not last and self.shown_at is not None and now - self.shown_at < self.every_s:
            return
        self.shown_at = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        left = f", about {int((total - done) / rate)} s left" if rate > 0 and not last else ""
        text = (
            f"{self.label}: {done}/{total} ({100 * done // max(total, 1)}%), "
            f"{refused} refused, {rate:.1f}/s{left}"
        )
        if self.tty:
            self.stream.write("\r" + text.ljust(79) + ("\n" if last else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
