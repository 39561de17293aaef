"""Surnames known by their ending in scripts whose names no capital marks: Georgian
family names end in -შვილი ("child of") or -ძე ("son of"), the two endings that make
most of them (Tsereteli-type -ელი/-ური names and the Megrelian -ია/-უა endings are left
out: adjectives and common nouns end so as well); Armenian family names end in -յան or
the older -յանց ("of the ..."), in either case.

Such a word is a surname wherever it stands ("ივანე: ივანე გრიგალაშვილი" answers a
question for the name): the given name beside it is found by the other rules, or by its
repeat. Kinship nouns built with -შვილი ("ძმისშვილი" nephew, "შვილიშვილი" grandchild)
are words, and so are the Armenian genitives of common nouns that end the same
("Ծննդյան", of birth; the "-ության" of abstract nouns). Pure `regex`; a text without
a Georgian or Armenian letter costs one search.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "surname_suffix"
SCORE: Final = 0.8

_ANY = fast_regex.compile(r"[\u10d0-\u10ff\u0531-\u0587]")
# Three letters at least before the ending: a stem, not the ending as a word ("შვილი").
_GEORGIAN = fast_regex.compile(
    r"(?<![\u10d0-\u10ff])(?P<stem>[\u10d0-\u10ff]{3,20})(?:შვილი|ძე)(?![\u10d0-\u10ff])"
)
_ARMENIAN = fast_regex.compile(
    r"(?<![\u0531-\u0587])[\u0531-\u0587]{3,20}(?:յան|յանց|ՅԱՆ|ՅԱՆՑ)(?![\u0531-\u0587])"
)
# Common nouns whose genitive ends so: -ություն "-ness" makes -ության, ծնունդ "birth"
# makes ծննդյան ("Ծննդյան ամսաթիվ", date of birth).
_ARMENIAN_GENITIVES: Final = ("թյան", "թյանց", "ծննդյան")
# The stems of the kinship nouns: brother's, sister's, child's, step- child.
_KIN_STEMS: Final = frozenset(word_list("ძმის დის შვილი გერ ნა"))


def suffix_surnames(text: str) -> list[Span]:
    """Georgian and Armenian words with a family name's ending (see the module)."""
    if _ANY.search(text) is None:
        return []
    spans = [
        Span(m.start(), m.end(), KIND, RULE, SCORE)
        for m in _GEORGIAN.finditer(text)
        if m.group("stem") not in _KIN_STEMS
    ]
    spans += [
        Span(m.start(), m.end(), KIND, RULE, SCORE)
        for m in _ARMENIAN.finditer(text)
        if not m.group().casefold().endswith(_ARMENIAN_GENITIVES)
    ]
    return spans
