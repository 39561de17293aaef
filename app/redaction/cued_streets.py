"""A street written name first and number after, without a street-type word, after a word
that says someone is visited or lives there ("OT home visit to Las Mosquetas 125;",
"lives at Bruna Tallo 4b."): the capitalised words and the house number, the clause
ending after it. The street-type rules (`addresses.py`) need a type word ("Calle",
"-straße"); Spanish, Portuguese and Italian streets named after a place or a person often
have none. Pure `re`: the second pass runs it too.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "ADDRESS"

_CUES = (
    "visit to", "visits to", "visit at", "visiting", "home visit to", "lives at",
    "living at", "resides at", "residing at", "staying at", "delivered to", "deliver to",
    "posted to", "sent to", "mailed to", "moved to", "ship to", "ship-to",
)  # fmt: skip
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĪŁŃŇŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_CAP = rf"[{_UPPER}][\w'’-]{{1,30}}"
_PARTICLE = r"(?:de|del|de la|di|da|do|dos|das|du|la|le|las|los|el|dei|della|degli)"
STREET_AFTER_CUE = fast_regex.compile(
    rf"(?<![\w])(?i:{trie_pattern(_CUES)})[ \t]{{1,2}}"
    rf"(?P<street>{_CAP}(?:[ ](?:{_PARTICLE}[ ])?{_CAP}){{0,3}}"
    r"[ ](?!(?:19|20)\d\d(?!\d))\d{1,5}[a-zA-Z]?(?:[/-]\d{1,4})?)"
    r"(?=[ \t]*(?:[,;)!]|\.(?!\w)|\n|$))",
    word_led=True,
)
# First words that make a place inside a building or a time, not a street ("moved to
# Ward 12", "sent to Theatre 4", "visit on June 12" is no cue, "moved to March 3" is).
_NOT_STREETS: Final = frozenset(
    word_list(
        """
    ward bay bed room theatre theater clinic unit floor level block station gate platform
    pod cubicle suite area zone team day week page step grade stage version cycle dose
    bed-space side-room zimmer station sala cama habitación planta box bus route line
    pharmacy department dept office desk counter lab laboratory reception entrance hall
    wing building tower terminal court courtroom
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the a an his her their our my
    """
    )
)


def streets_after_cues(text: str) -> list[Span]:
    """Streets without a type word after a visiting or residence cue."""
    return [
        Span(m.start("street"), m.end("street"), KIND, "street_after_cue", 0.6)
        for m in STREET_AFTER_CUE.finditer(text)
        if m["street"].split()[0].casefold() not in _NOT_STREETS
    ]
