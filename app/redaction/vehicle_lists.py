"""The further items of a list of vehicle identifiers after one that was found: "Vehicles:
<VIN>; 5GT8484", "Plates: AB12 CDE, KX-991-TR". The label's search (`vehicles.py`) ends at
the first item and at a semicolon; an item that follows a found plate or VIN on the same
line, after a semicolon or a comma, and is shaped like a plate (capitals and digits, one
to three groups, two digits or more and a letter) is one too.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "VEHICLE_ID"
RULE: Final = "plate_in_vehicle_list"

# After the found item: the separator, then one plate-shaped item ending the list or the
# line, or before the next separator.
NEXT_ITEM = fast_regex.compile(
    r"[ \t]*[;,][ \t]*(?P<v>(?=(?:[A-Z -]*\d){2})(?=[0-9 -]*[A-Z])"
    r"[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4}){0,2})(?=[ \t]*(?:[;,.]|\r?\n|$))"
)
_MAX_ITEMS = 8


def vehicle_list_items(text: str, found: list[Span]) -> list[Span]:
    """Plate-shaped items that follow a vehicle finding in a list (see above)."""
    out: list[Span] = []
    for span in found:
        if span.kind != KIND:
            continue
        end = span.end
        for _ in range(_MAX_ITEMS):
            m = NEXT_ITEM.match(text, end)
            if m is None:
                break
            out.append(Span(m.start("v"), m.end("v"), KIND, RULE, 0.6))
            end = m.end("v")
    return out
