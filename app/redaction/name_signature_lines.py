"""The name that opens the line after a mail's signature delimiter ("-- " alone on its
line, RFC 3676 section 4.3): the writer signs there, or a colleague who forwards the mail
adds a note under their name ("-- \\nOsei: bitte prüfen ..."). One to three capitalised
words, ended by the line's end, a colon, a comma, a pipe or a spaced dash; each a
dictionary given name or no word of English or of the closed classes ("Sent from my
phone", "Regards", "Kind regards" and a firm's words stay). `lower_case_names` reads a
name in lower case there.

A text without the delimiter costs one substring test.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import known_word
from app.redaction.name_neighbours import plain_word
from app.redaction.names import is_acronym, is_cue_word
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "signature_line"
SCORE: Final = 0.7

_WORD = r"[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)*"
_AFTER_DELIMITER: Final = re.compile(
    rf"^--[ ]?\r?\n[ \t]*(?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}})"
    r"(?=[ \t]*(?:\r?$|[:,|]|[ ][-–—][ ]))",
    re.M,
)


def _name_word(word: str) -> bool:
    if not word[0].isupper() or (word.isupper() and is_acronym(word)):
        return False
    folded = word.casefold()
    if is_cue_word(folded) or plain_word(folded):
        return False
    return is_given_name(folded) or not known_word(folded)


def signature_lines(text: str) -> list[Span]:
    """The name opening the line after a signature delimiter (see the module)."""
    if "\n--" not in text and not text.startswith("--"):
        return []
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in _AFTER_DELIMITER.finditer(text)
        if all(_name_word(w) for w in m.group("name").split())
    ]
