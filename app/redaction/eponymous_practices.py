"""The surname in a German practice or chambers named after its holder: "Hausarztpraxis
Brenneke", "Zahnarztpraxis Olthoff & Lüders", "Kanzlei Wendland" (a letterhead, the sender
of a report). The surname is a person's inside the practice's name; the practice word
stays readable.

Only a word English does not know and that is no closed-class word, nor a word of place a
practice is also named for ("Praxis Mitte", "Praxis am Markt"). Gated on "raxis" and
"Kanzlei" (substring tests) before the regex runs.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.lower_case_names import known_word
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "eponymous_practice"
SCORE: Final = 0.7

_NAME = r"\p{Lu}\p{Ll}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?"
_PRACTICE = fast_regex.compile(
    rf"(?<![\w-])(?:\p{{L}}*praxis|Praxis|Kanzlei)[ \t]+(?P<a>{_NAME})"
    rf"(?:[ \t]*(?:&|und|u\.)[ \t]*(?P<b>{_NAME}))?(?![\w-])"
)
# Words of place and kind that name a practice as well as a holder does.
_NOT_HOLDERS: Final = frozenset(
    word_list(
        """
    nord süd sued ost west mitte zentrum zentral stadt markt altstadt innenstadt bahnhof
    dorf land kreis rathaus klinik kinder familie gesundheit medizin rücken ruecken
    """
    )
)


def _holder(word: str) -> bool:
    folded = word.casefold()
    return not (known_word(folded) or folded in _NOT_HOLDERS)


def eponymous_practices(text: str) -> list[Span]:
    """Surnames in a practice's or chambers' name (see the module)."""
    if "raxis" not in text and "Kanzlei" not in text:
        return []
    spans = []
    for m in _PRACTICE.finditer(text):
        for group in ("a", "b"):
            if m.group(group) is not None and _holder(m.group(group)):
                spans.append(Span(m.start(group), m.end(group), KIND, RULE, SCORE))
    return spans
