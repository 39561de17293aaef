"""A party's name on the line of its part in a cause title, as the courts of India,
Pakistan and Bangladesh set it out: the name, "& Ors." or "& Anr." (and others, and
another) if it leads several parties, then a leader of dots and the party word:

    RAVI KUMAR MEHTA ... Petitioner
    Versus
    ANIL DUTT & Ors. ... Respondents

One to four capitalised words, none a common, role or institution word ("STATE OF ...",
"UNION OF INDIA & Ors." stay), one of them a dictionary given name or no English word.
`name_party_lines` reads a name on the line above its party word.

A text without a leader of dots costs one substring test.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import known_word
from app.redaction.name_neighbours import plain_word
from app.redaction.names import CAPITALISED_WORD, is_acronym, is_title
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "cause_title_party"
SCORE: Final = 0.75

_WORD = CAPITALISED_WORD
_PARTY_LINE: Final = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}\.[ \t]+)?(?P<name>{_WORD}(?:[ ]{_WORD}){{0,3}})"
    r"(?:[ \t]*(?:&|and)[ \t]*(?:Ors|Anr|Others|Another|ORS|ANR)\.?)?"
    r"[ \t]*(?:\.{3,}|…)[ \t]*(?i:petitioners?|respondents?|appellants?|applicants?"
    r"|plaintiffs?|defendants?|complainants?|accused|opposite[ \t]+part(?:y|ies))\b",
    re.M,
)


def _name_words(words: list[str]) -> bool:
    for word in words:
        folded = word.casefold()
        if plain_word(folded) or is_title(word) or (word.isupper() and is_acronym(word)):
            return False
    return any(is_given_name(w) or not known_word(w.casefold()) for w in words)


def cause_title_parties(text: str) -> list[Span]:
    """Names before a leader of dots and a party word (see the module)."""
    if "..." not in text and "…" not in text:
        return []
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in _PARTY_LINE.finditer(text)
        if _name_words(m.group("name").split())
    ]
