"""The numeric zone of a date-time as mail headers write it (RFC 5322 3.3: "Thu, 18 Apr
2024 16:30:17 +0000"; the day, the month's name, the year, the time, the zone). Pure
`regex`.

The date is `patterns.py`'s; the time after it is no identifier and its pieces are two
digits each, but the zone ("+0000", "-0500") is four digits that would survive beside a
masked date, and the header's date-time is one value. The zone alone is masked: the time
stays readable, as it does after any other date.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "DATE_TIME"
RULE: Final = "date_time_zone"

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
ZONED_TIME = fast_regex.compile(
    rf"(?<![\w.:/-])\d{{1,2}}[ \t]+(?:{_MONTHS})[ \t]+(?:19|20)\d\d[ \t]+"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?[ \t]+(?P<zone>[+-](?:0\d|1[0-4])[0-5]\d)(?![\w:])",
    starts=r"\d",
)


def find_zoned_times(text: str) -> list[Span]:
    """The numeric zone of an RFC 5322 date-time ("18 Apr 2024 16:30:17 +0000")."""
    if "+" not in text and " -" not in text:
        return []
    return [
        Span(m.start("zone"), m.end("zone"), KIND, RULE, 0.85) for m in ZONED_TIME.finditer(text)
    ]
