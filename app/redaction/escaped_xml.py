"""XML written with its brackets as entities, as a payload inside a log line, a form
field or an HL7 segment: "payload=&lt;patient&gt;&lt;name&gt;&lt;given&gt;Ada&lt;/given&gt;".

`tables.py` reads XML elements by their tags; escaped, no tag is seen and a name's
`given` and `family` parts stand as bare words that the model rarely reads as a person
between "gt" and "lt". Each "&lt;" and "&gt;" is read as its bracket padded with blanks
to the entity's length ("   <", ">   "), so the offsets stay the text's own, and the
elements' values are read as `tables.py` reads them.

A text without "&lt;" costs one substring test.
"""

from __future__ import annotations

from app.redaction.spans import Span
from app.redaction.tables import xml_element_values


def escaped_xml_values(text: str) -> list[Span]:
    """The values of XML elements written with entity brackets (see the module)."""
    if "&lt;" not in text:
        return []
    return xml_element_values(text.replace("&lt;", "   <").replace("&gt;", ">   "))
