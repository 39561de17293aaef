"""A plate or licence run over the radio, as police narratives and body-camera transcripts
write the request: the APCO ten-code for a registration check and what it was run on
("run a 10-28 on 7ABC123", "10-28 for PPZ751", "10-29 on the tag, 4KXT20"; 10-27 a driver's
licence, 10-28 a vehicle's registration, 10-29 a check for warrants). Pure `regex`.

The code names the value's kind, so the value is masked without a plate word: a run of
capitals and digits, a digit in it and four characters or more, right after "on" or
"for" (a "the tag", "the plate" may stand between: those are `vehicles.py`'s words too).
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "VEHICLE_ID"
RULE: Final = "plate_after_ten_code"

TEN_CODE_VALUE = fast_regex.compile(
    r"(?<![\w-])10-2[789](?![\w-])[ \t]*(?i:(?:on|for|of)[ \t]+)?"
    r"(?i:(?:the|a|his|her|their)[ \t]+(?:tag|plate|vehicle|car|licen[cs]e)[ \t]*[,:]?[ \t]*)?"
    r"(?P<v>(?=[A-Z0-9 -]{0,11}\d)[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4}){0,2})(?![\w-])",
    starts="1",
)


def find_ten_code_plates(text: str) -> list[Span]:
    """The plate or licence after a radio check's ten-code."""
    if "10-2" not in text:
        return []
    spans = []
    for m in TEN_CODE_VALUE.finditer(text):
        value = m["v"]
        if sum(c.isalnum() for c in value) >= 4:
            spans.append(Span(m.start("v"), m.end("v"), KIND, RULE, 0.7))
    return spans
