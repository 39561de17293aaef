"""A town given as the answer to a question that asks where, on the next line of a chat or
a call ("Welches Krankenhaus?\\n18:45 - Ivo: in Siegen, ruf mich an", "Where are you
now?\\nCaller: in Leeds."): the answer's preposition and the capitalised words after it,
the clause ending there. Safe Harbor removes a town named alone; the question is the cue
that `places.py` finds in a single sentence. Pure `re`: the second pass runs it too.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.places import PLACE
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "LOCATION"

# Questions that ask for a place, by language (a space matches one blank).
_WHERE = (
    "where", "which hospital", "what hospital", "which town", "which city", "what town",
    "what city", "wo", "wohin", "woher", "welches krankenhaus", "welche klinik",
    "welche stadt", "in welchem krankenhaus", "dónde", "donde", "qué hospital",
    "que hospital", "en qué ciudad", "où", "quel hôpital", "quelle ville", "dove",
    "quale ospedale", "onde", "qual hospital", "waar", "welk ziekenhuis", "gdzie",
    "który szpital", "var", "hvor", "kde", "nerede", "hol",
)  # fmt: skip
# The answer's locative preposition.
_AT = "in|at|near|en|à|a|em|no|na|w|we|te|bei|nach|aus|from|to|v|i|på|ve"
# Capitalised words after "in" that are no town (German nouns: "in Ordnung", "in Arbeit").
_NOT_TOWNS: Final = frozenset(
    word_list(
        """
    ordnung arbeit behandlung ruhe eile gefahr sicherheit urlaub rente therapie quarantäne
    zukunft kürze bearbeitung prüfung the a an my our his her their hospital home work
    the ward a&e icu er ed surgery clinic
    """
    )
)
ANSWERED_PLACE = fast_regex.compile(
    rf"(?<![\w])(?i:{trie_pattern(_WHERE)})(?![\w])[^\n?]{{0,40}}\?[ \t]*\n"
    r"(?:[^\n]{0,80}?(?:[:>\]]|[ ]-)[ \t]{1,3}|[ \t]{0,3})"
    rf"(?i:{_AT})[ \t]{{1,2}}(?P<place>{PLACE})(?=[ \t]*(?:[,.!;)]|\n|$))",
    word_led=True,
)


def answered_places(text: str) -> list[Span]:
    """Towns given as the answer to a where-question on the next line."""
    if "?" not in text:
        return []
    return [
        Span(m.start("place"), m.end("place"), KIND, "place_answered", 0.6)
        for m in ANSWERED_PLACE.finditer(text)
        if m["place"].split()[0].casefold() not in _NOT_TOWNS
    ]
