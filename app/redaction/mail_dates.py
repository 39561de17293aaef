"""The time and zone of a date-time as mail and log headers write it (RFC 5322 3.3: "Thu,
18 Apr 2024 16:30:17 +0000"; syslog and HTTP the same): masked with the date before it.
Pure `regex`.

The date alone is `patterns.py`'s; the time after it is no identifier on its own, but a
header's numeric zone ("+0000", "-0500") is four digits that would survive, and a
header's date-time is one value. Only a time with a numeric zone after a year is read
so: a clinic's "seen 2024 at 10:30" keeps its time.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "DATE_TIME"
RULE: Final = "date_time_zone"

ZONED_TIME = fast_regex.compile(
    r"(?<![\w.:/-])(?:19|20)\d\d[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
    r"[ \t]+[+-](?:0\d|1[0-4])[0-5]\d(?![\w:])",
    starts=r"[12]",
)


def find_zoned_times(text: str) -> list[Span]:
    """A year, a time and a numeric zone ("2024 16:30:17 +0000"): the date's tail."""
    if "+" not in text and " -" not in text:
        return []
    return [Span(m.start(), m.end(), KIND, RULE, 0.85) for m in ZONED_TIME.finditer(text)]
