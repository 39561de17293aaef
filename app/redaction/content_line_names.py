"""The property names of vCard and iCalendar content lines, no identifier.

A content line is `NAME;PARAM=...:value` (RFC 5545 3.1, RFC 6350 3.3), and an object
opens and closes with `BEGIN:VCALENDAR`, `END:VEVENT`. The names are the standards'
upper-case words ("BEGIN", "VCALENDAR", "LOCATION", "DTSTART"); spaCy reads a word alone
in capitals on its line as a person, a chat rule reads "BEGIN:" as a speaker, and an
address grows back over "LOCATION:" to the line's start. A finding inside a line's
property name (or a BEGIN/END line's component name) is dropped; one that starts there
and runs into the value starts at the value. The values, and the parameters that
name people ("CN=Ana Ruiz"), keep their findings (`vcard.py` reads them).
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

_LINE = fast_regex.compile(
    r"(?m)^(?:item\d+\.)?(?P<name>[A-Z][A-Z0-9-]*)(?P<params>;[^:\r\n]*)?:(?P<value>[^\r\n]*)"
)
# BEGIN and END name a component ("VEVENT", "VCARD"): the whole line is the standard's.
_COMPONENT_LINES: Final = frozenset({"BEGIN", "END"})


def outside_property_names(text: str, spans: list[Span]) -> list[Span]:
    """`spans` less the parts of findings that lie in a content line's property name."""
    if "BEGIN:V" not in text:
        return spans  # cheap: no vCard or iCalendar object
    names: list[tuple[int, int]] = []  # [line start, where the finding may start)
    for m in _LINE.finditer(text):
        if m.group("name") in _COMPONENT_LINES:
            names.append((m.start(), m.end()))
        elif m.group("params"):
            names.append((m.start(), m.start("params")))
        else:
            names.append((m.start(), m.start("value")))
    if not names:
        return spans
    out: list[Span] = []
    for span in spans:
        for start, after in names:
            if start <= span.start < after:
                if span.end > after:
                    out.append(span.moved(after, span.end))
                break  # a finding inside the name is dropped
        else:
            out.append(span)
    return out
