"""A name after the word that introduces someone by their name in the languages of
parish registers, civil registers and police reports: Polish "imieniem" ("ochrzczono
dziecię imieniem Tadeusz", baptised a child by the name of), "o imieniu", Czech "jménem",
German "namens" and "genannt", Dutch "genaamd", French "prénommé(e)", Spanish "de nombre"
and "llamado/a", Italian and Portuguese "di nome" / "de nome", Latin "nomine".

English "named" and "called", and French "nommé" (also "appointed"), are left out: they
name products, places and offices as often. The name is one to three capitalised words,
none a common, role or heading word or a title, the first a dictionary given name, or
two or three words none of them English ("der sogenannte Plan", "llamado Plan Marshall",
"namens Vorstand und Aufsichtsrat" stay).

A text without one of the cue words costs a dozen substring tests.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import known_word
from app.redaction.name_neighbours import plain_word
from app.redaction.names import CAPITALISED_WORD, is_title
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "named_cue"
SCORE: Final = 0.75

_CUES: Final = (
    "imieniem",
    "o imieniu",
    "jménem",
    "namens",
    "genannt",
    "genaamd",
    "prénommé",
    "de nombre",
    "llamad",
    "di nome",
    "de nome",
    "nomine",
)
_WORD = CAPITALISED_WORD
_NAMED: Final = re.compile(
    r"(?<![\w])(?:imieniem|o[ ]imieniu|jménem|namens|genannt|genaamd|prénommée?"
    r"|de[ ]nombre|llamad[oa]|di[ ]nome|de[ ]nome|nomine)[ \t]+"
    rf"(?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}})"
)


# Letters that no accent-stripping reduces ("Mikołaj", "Søren", "Đorđe"); the name
# dictionary writes them plain.
_PLAIN_LETTERS: Final = str.maketrans("łŁøØđĐ", "lLoOdD")


def _name(words: list[str]) -> bool:
    if any(plain_word(w.casefold()) or is_title(w) for w in words):
        return False
    if is_given_name(words[0].translate(_PLAIN_LETTERS)):
        return True
    # German and Dutch capitalise every noun ("namens Vorstand und ..."): an unknown word
    # alone is no name; two, none an English word, are ("namens Oskarsdóttir Bjarnason")
    return len(words) >= 2 and not any(known_word(w.casefold()) for w in words)


def named_cue_names(text: str) -> list[Span]:
    """Names after a word that introduces someone by name (see the module)."""
    if not any(cue in text for cue in _CUES):
        return []
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in _NAMED.finditer(text)
        if _name(m.group("name").split())
    ]
