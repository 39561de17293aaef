"""A reader addressed by name at a message's start, without a greeting word: text
messages and reminders open with the recipient's given name and a comma, then speak to
him ("LUCIE, your colonoscopy is booked ...", "Msg from CLINIC: Omar, you have an
appointment ..."). The name stands at the line's start or after the sender's colon, and
a word of the second person follows the comma: that is what makes it a vocative and not
a list ("Paris, London"). The first word must be a dictionary given name (`given_names`),
in capitals or capitalised; a surname may follow it.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import is_given_name
from app.redaction.names import is_not_name
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "vocative_name"
SCORE: Final = 0.75

_WORD = r"\p{Lu}[\p{L}'’-]*"
_VOCATIVE = fast_regex.compile(
    r"(?m:(?:^[ \t]*|:[ \t]{1,2})"
    rf"(?P<name>(?P<given>{_WORD})(?:[ \t]{_WORD})?),[ \t]{{1,2}}"
    r"(?i:your|you|you're|you’re|we|we've|we’ve|we're|we’re|this[ \t]is|please|reminder)"
    r"(?![\w]))"
)


def vocative_names(text: str) -> list[Span]:
    """Given names a message opens with to address its reader (see the module)."""
    if "," not in text:
        return []
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in _VOCATIVE.finditer(text)
        if is_given_name(m.group("given")) and not is_not_name(m.group("given"))
    ]
