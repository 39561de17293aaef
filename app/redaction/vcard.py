"""Contact and calendar exports: vCard (RFC 6350, and 2.1/3.0) and iCalendar (RFC 5545)
properties that hold a person's identifiers, read by the standards' property names.

A content line is `NAME;PARAM=...:value`, folded lines continuing with a blank. Masked:
vCard FN, N, NICKNAME, BDAY, ANNIVERSARY, BIRTHPLACE, DEATHDATE, ADR, LABEL, TEL, EMAIL,
IMPP, GEO, UID, KEY, PHOTO/LOGO given as a URI, SOUND; iCalendar ATTENDEE, ORGANIZER,
CONTACT (their "CN=" parameter too). Kept: VERSION, ORG, TITLE, ROLE, CATEGORIES, NOTE
(prose: the text recognizers read it), SUMMARY, DTSTART... Gated on "BEGIN:VCARD" or
"BEGIN:VCALENDAR". Pure Python.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

PROPERTIES: Final = {
    "FN": "PERSON",
    "N": "PERSON",
    "NICKNAME": "PERSON",
    "SORT-STRING": "PERSON",
    "BDAY": "DATE_TIME",
    "ANNIVERSARY": "DATE_TIME",
    "DEATHDATE": "DATE_TIME",
    "BIRTHPLACE": "LOCATION",
    "DEATHPLACE": "LOCATION",
    "ADR": "ADDRESS",
    "LABEL": "ADDRESS",
    "TEL": "PHONE_NUMBER",
    "EMAIL": "EMAIL_ADDRESS",
    "IMPP": "URL",
    "GEO": "COORDINATES",
    "UID": "RECORD_NUMBER",
    "KEY": "RECORD_NUMBER",
    "PHOTO": "URL",
    "SOUND": "URL",
    "ATTENDEE": "EMAIL_ADDRESS",
    "ORGANIZER": "EMAIL_ADDRESS",
    "CONTACT": "PERSON",
}
_LINE = fast_regex.compile(
    r"(?im)^(?:item\d+\.)?(?P<name>[A-Z][A-Z-]*)(?P<params>(?:;[^:\r\n]*)?):"
    r"(?P<value>[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)"
)
_CN = fast_regex.compile(r'(?i)(?<=;)CN=(?:"(?P<q>[^"\r\n]+)"|(?P<bare>[^;:\r\n]+))')


def find_vcard(text: str) -> list[Span]:
    """The identifying property values of every vCard or iCalendar object in `text`."""
    if not any(begin in text for begin in ("BEGIN:V", "begin:v", "Begin:V")):
        return []
    spans: list[Span] = []
    for m in _LINE.finditer(text):
        kind = PROPERTIES.get(m.group("name").upper())
        if kind is None:
            continue
        value = m.group("value")
        if any(c.isalnum() for c in value):
            start = m.start("value") + (len(value) - len(value.lstrip()))
            spans.append(Span(start, m.start("value") + len(value.rstrip()), kind, "vcard", 0.95))
        for cn in _CN.finditer(text, m.start("params"), m.end("params")):
            group = "q" if cn.group("q") is not None else "bare"
            spans.append(Span(cn.start(group), cn.end(group), "PERSON", "vcard", 0.95))
    return spans
