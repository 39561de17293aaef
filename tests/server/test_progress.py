"""The ingest progress line: throttled in logs, always shows the end, counts only."""

from __future__ import annotations

import io

from app.server.progress import ProgressLine


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_log_lines_are_throttled_and_the_last_is_always_written() -> None:
    out, clock = io.StringIO(), Clock()
    line = ProgressLine("ingest", out, every_s=5, clock_s=clock)
    for done in range(1, 10):
        clock.t += 1
        line(done, 10, done // 4)
    clock.t += 1
    line(10, 10, 2)

    lines = out.getvalue().splitlines()
    assert lines == [
        "ingest: 1/10 (10%), 0 refused, 1.0/s, about 9 s left",
        "ingest: 6/10 (60%), 1 refused, 1.0/s, about 4 s left",
        "ingest: 10/10 (100%), 2 refused, 1.0/s",
    ]
