"""A date finding that runs on into the clock time after it ("07.05.2025 08:30",
"6/2/2026 7:42 PM", "[21 November 2020:11:02:09 +0000]"), except a web server's log stamp.

Safe Harbor removes the elements of a date (day, month, year), not the hour of the day:
a clock time alone names no one. The date stays masked; the time after it is kept. Only a
time with a colon (hours 0-23, minutes 0-59) is cut off, and only when the part before it
is still a date that `text.keeps_date` keeps, so a span that holds no day or month stays
as it was.

The Common Log Format's stamp ("[10/Oct/2000:13:55:36 -0700]", Apache's and nginx's %t)
is one field of fixed shape, day, month, year, time and zone joined without a blank, as
ISO 8601's "T" form is: it is masked whole, like that form.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span

# What joins a date to its time: a blank, a comma, a log's colon after the year, or a
# word for "at" ("um", "à", "a las", "om", "kl."). Not ISO 8601's "T": "2025-02-14T17:06:00Z" is one
# timestamp, written and read as one value, and stays masked whole.
_JOIN: Final = r"[ \t]*(?:,|(?<=\d{4}):|(?i:at|um|à|a[ ]las|alle|om|kl\.?)(?=[ \t]))?[ \t]*"
_HOUR: Final = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?)?"
# The time to the finding's end: seconds and fractions, AM/PM, a zone (ISO 8601 offset,
# "Z", an abbreviation), a second time of a range ("11:02-11:09"), closing brackets.
_CLOCK_TAIL = re.compile(
    rf"{_JOIN}(?<!\w){_HOUR}"
    r"(?:[ \t]?(?i:[ap]\.?m\.?|uhr))?"
    r"(?:[ \t]?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d|UTC|GMT|[A-Z]{3,4}))?"
    rf"(?:[ \t]?[-–][ \t]?{_HOUR}(?:[ \t]?(?i:[ap]\.?m\.?))?)?"
    r"[\s\])\-–,.]*\Z"
)
_DATE_END: Final = " \t,[(-–"
# The Common Log Format's stamp: "10/Oct/2000:13:55:36 -0700" (its zone is always written).
CLF_STAMP: Final = (
    r"(?<![\w/])(?:0[1-9]|[12]\d|3[01])/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"/(?:19|20)\d\d:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d[ ][+-](?:[01]\d|2[0-3])[0-5]\d(?![\w])"
)
_CLF_STAMP = re.compile(CLF_STAMP)


def without_clock_time(text: str, span: Span) -> Span:
    """A date finding without the clock time at its end; any other finding as it is."""
    from app.redaction.text import keeps_date  # noqa: PLC0415 - text imports this module's caller

    if span.kind != "DATE_TIME":
        return span
    value = text[span.start : span.end]
    if _CLF_STAMP.fullmatch(value):
        return span  # one field, masked whole (see above)
    m = _CLOCK_TAIL.search(value)
    if m is None or m.start() == 0:
        return span
    date = value[: m.start()].rstrip(_DATE_END)
    if not date or not date[-1].isalnum():
        return span
    if not keeps_date(date, text[max(0, span.start - 40) : span.start]):
        return span  # no day or month before the time: leave the finding whole
    return span.moved(span.start, span.start + len(date))


# A time or a range of times alone ("11:02-11:09"): `keeps_date` reads "02-11" inside it
# as a day and a month.
_TIMES_ONLY = re.compile(
    rf"[\[(]?{_HOUR}(?:[ \t]?(?i:[ap]\.?m\.?))?"
    rf"(?:[ \t]?[-–][ \t]?{_HOUR}(?:[ \t]?(?i:[ap]\.?m\.?))?)?[\])]?"
)


def clock_time_only(text: str, span: Span) -> bool:
    """A date finding that is a clock time or a range of clock times and no date."""
    return (
        span.kind == "DATE_TIME" and _TIMES_ONLY.fullmatch(text, span.start, span.end) is not None
    )
