"""A chat line's time and message around the speaker's name in one person finding.

spaCy reads a chat export's line as one name with what stands around the speaker:
"21:14 - Antonis" (the export's time before the name), "Juan Carlos R.: ya" or "Agent
Patrick V.: Thanks" (the message's first word after the colon). The time and the message
name nobody; the finding keeps the speaker only. A colon is cut only after a given name
and before one word in lower case ("ya", "ok") or that is no given name, so "Patient:
John Smith" or "Name: Okafor" (a label and its value in one finding) stays whole.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.label_guards import LABEL_WORD

# "21:14 - ", "09:03:11 – ": a clock time and a dash opening the finding.
_CLOCK_LEAD = fast_regex.compile(r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–][ \t]*(?=\p{L})")
_COLON = fast_regex.compile(r"[ \t]?:[ \t]+")


def speaker_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`..`end` without a leading clock time and dash, and without a colon and the
    one word after it when a given name stands before the colon."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - a cycle

    if (lead := _CLOCK_LEAD.match(text, start, end)) is not None:
        start = lead.end()
    colon = _COLON.search(text, start, end)
    if colon is None or colon.start() == start:
        return start, end
    head = LABEL_WORD.findall(text[start : colon.start()])
    tail = LABEL_WORD.findall(text[colon.end() : end])
    given = [is_given_name(w.strip(".'’-").casefold()) for w in (*head, *tail)]
    if len(tail) == 1 and any(given[: len(head)]) and (tail[0].islower() or not given[-1]):
        end = colon.start()
    return start, end
