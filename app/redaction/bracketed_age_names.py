"""A person written in lower case after a word that introduces one, with a bracket of
age or birth date right after the name ("patient kelly rose (96 y/o)", "pt ольга
зуева (71)", "wife anna bush (b. 1950)"): notes typed in lower case and transcripts.

The bracket that opens with a number closes the name, so every word before it, back to
the cue, is the name's: a surname English knows as a word ("rose", "bush") and one in
another script (Cyrillic, Greek, Armenian in lower case) alike, which the word-by-word
reading of `lower_case_names` leaves out. A Latin run must open with a dictionary given
name; a run in another script must be one script's letters only. One to three words.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import is_given_name
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "name_before_age_bracket"
SCORE: Final = 0.7

_CUE = (
    r"patient|pt|client|resident|wife|husband|partner|spouse|son|daughter|mother|father|"
    r"mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|carer|"
    r"guardian|neighbour|neighbor|friend"
)
_LOWER_WORD = r"\p{Ll}[\p{Ll}\p{M}'’-]*"
_BEFORE_AGE = fast_regex.compile(
    rf"(?<![\w])(?i:{_CUE})[ \t]{{1,2}}"
    rf"(?P<name>{_LOWER_WORD}(?:[ \t]{_LOWER_WORD}){{0,2}})[ \t]{{0,2}}\((?:b\.[ \t]?)?\d"
)
_LATIN = fast_regex.compile(r"\p{Latin}")
_ONE_SCRIPT = fast_regex.compile(
    r"(?:[\p{Cyrillic}\p{M}'’ -]+|[\p{Greek}\p{M}'’ -]+|[\p{Armenian}\p{M}'’ -]+)"
)


def names_before_age_brackets(text: str) -> list[Span]:
    """Lower-case names between a cue and a bracket of age (see the module)."""
    if "(" not in text:
        return []
    spans = []
    for m in _BEFORE_AGE.finditer(text):
        name = m.group("name")
        words = name.split()
        if _LATIN.search(name):
            if not all(_LATIN.match(w) for w in words) or not is_given_name(words[0]):
                continue
            if len(words) == 1:
                continue  # a lone given name is `lower_case_names`' to judge
        elif _ONE_SCRIPT.fullmatch(name) is None:
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
