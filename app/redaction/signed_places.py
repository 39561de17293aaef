"""The town where a letter, a form or a statement was signed, as its closing names it:
"Firmado en Huesca.", "Fait à Lyon, le 3 mars 2024", "Signed at Leeds on ...", "Ausgestellt
in Graz", "Feito em Braga", "Fatto a Monza", "Sporządzono w Lublinie", "Gedaan te Gent".
Safe Harbor removes a town named alone; the closing's words are the cue. Pure `re`.

The capitalised words right after the cue (`places.PLACE`), the clause ending there: a
comma, a stop, a date's "le" / "am" / "on", or the line's end.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.places import PLACE
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "LOCATION"
RULE: Final = "place_of_signing"

# The closing's words, by language ("_" stands for a blank).
SIGNED_AT: Final = tuple(
    w.replace("_", " ")
    for w in word_list(
        """
    signed_at signed_in given_at done_at dated_at issued_at
    firmado_en firmada_en dado_en hecho_en expedido_en suscrito_en
    fait_à signé_à établi_à délivré_à
    ausgestellt_in unterzeichnet_in unterschrieben_in gegeben_zu
    feito_em assinado_em lavrado_em emitido_em
    fatto_a firmato_a rilasciato_a
    sporządzono_w podpisano_w wystawiono_w
    gedaan_te getekend_te opgemaakt_te
        """
    )
)
SIGNED_PLACE = fast_regex.compile(
    rf"(?<![^\W\d_])(?i:{trie_pattern(sorted(SIGNED_AT))})[ \t]{{1,2}}(?P<place>{PLACE})"
    r"(?=[ \t]*(?:[,.;:!)]|\n|$|(?i:le|am|on|el|em|il|dnia|op|the|,)[ \t]))",
    word_led=True,
)
_HINTS: Final = tuple(sorted({w.split()[0].lower() for w in SIGNED_AT}))
# Capitalised words after the cue that are no town.
_NOT_TOWNS: Final = frozenset({"the", "la", "le", "el", "presence", "presencia", "présence"})


def find_signed_places(text: str) -> list[Span]:
    """The town of a closing's "signed at"."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _HINTS)):
        return []
    return [
        Span(m.start("place"), m.end("place"), KIND, RULE, 0.7)
        for m in SIGNED_PLACE.finditer(text)
        if m["place"].split()[0].casefold() not in _NOT_TOWNS
    ]
