"""XML written with its brackets escaped, as a payload inside a log line, a form field, an
HL7 segment or a JSON string: "payload=&lt;patient&gt;&lt;name&gt;&lt;given&gt;Ada&lt;/given&gt;",
'"body":"\\u003cgiven\\u003eAda\\u003c/given\\u003e"' (JSON's escape of "<" and ">", which
encoders that guard against HTML injection write: Go's encoding/json, .NET's
System.Text.Json, Jackson's and Gson's HTML-safe modes).

`tables.py` reads XML elements by their tags; escaped, no tag is seen and a name's
`given` and `family` parts stand as bare words that the model rarely reads as a person
between "gt" and "lt". Each escape is read as its bracket padded with blanks to the
escape's length ("   <", ">   ", "     <"), so the offsets stay the text's own, and the
elements' values are read as `tables.py` reads them.

A text without "&lt;" or "\\u003c" costs two substring tests.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span
from app.redaction.tables import xml_element_values

# JSON's \u escapes of the two brackets, in either case of the hex digits.
_JSON_BRACKETS: Final = re.compile(r"\\u003[cCeE]")


def _bracket(m: re.Match[str]) -> str:
    return "     <" if m.group()[-1] in "cC" else ">     "


def escaped_xml_values(text: str) -> list[Span]:
    """The values of XML elements written with escaped brackets (see the module)."""
    entities = "&lt;" in text
    json = "\\u003c" in text or "\\u003C" in text
    if not entities and not json:
        return []
    if entities:
        text = text.replace("&lt;", "   <").replace("&gt;", ">   ")
    if json:
        text = _JSON_BRACKETS.sub(_bracket, text)
    return xml_element_values(text)
