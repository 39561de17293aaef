"""A name's romanisation in the cell or field right after the name in its own script:
"001,石川 さゆり,ISHIKAWA SAYURI,2002/06/07" (a Japanese front desk's arrivals list),
"Тетяна Шеремета | SHEREMETA TETIANA", "김민준 / KIM MINJUN". Registration lists and
bilingual forms write a person twice, and the Latin copy, in capitals and with no given
name of the dictionaries, reads as no name to the other rules.

Read only beside a person already found whose text holds no Latin letter: after it, a
delimiter (a comma, a semicolon, a tab, a pipe or a spaced slash), then two to four Latin
words in capitals, none a common word, up to the next delimiter or the line's end (in
title case they are a role or a department: "<name>, Consultant Surgeon", "<name> |
People Operations"); or, in any case, two to four Latin words in brackets right after
it, the scheme's name before them or not ("谢建（拼音 XIE JIAN）", "(sviikRtii sihN)"),
unless, not in capitals, English knows every one of them ("(Head Nurse)").
Costs nothing in a text whose persons are all written in Latin letters.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.lower_case_names import known_word
from app.redaction.name_forms import COMMON
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "romanised_beside_name"
SCORE: Final = 0.75

_LATIN = re.compile(r"[A-Za-z]")
_WORD = r"[A-Z][A-Za-z'’-]+"
_AFTER = re.compile(
    r"[ \t]*(?:[,;\t|]|[ ]/)[ \t]*\"?"
    rf"(?P<latin>{_WORD}(?:[ ]{_WORD}){{1,3}})"
    r"\"?(?=[ \t]*(?:[,;\t|]|[ ]/|\r?\n|$))"
)
# The romanisation in brackets after the name, with the scheme's name before it or not
# ("谢建（拼音 XIE JIAN）", "김민준 (romanised: Kim Minjun)"), in any case.
_SCHEMES = r"(?:拼音|pinyin|Pinyin|ローマ字|로마자|romaji|Romaji|romani[sz]ed|Romani[sz]ed|Latin)"
_BRACKETED = re.compile(
    rf"[ \t]*[(（][ \t]*(?:{_SCHEMES}[ \t]*[:：]?[ \t]*)?"
    r"(?P<latin>[A-Za-z][A-Za-z'’-]+(?:[ ][A-Za-z][A-Za-z'’-]+){1,3})[ \t]*[)）]"
)


def romanised_beside(text: str, found: list[Span]) -> list[Span]:
    """The romanised copy of a name in another script, in the next cell (see the module)."""
    if text.isascii():
        return []  # every person is written in Latin letters
    spans = []
    for span in found:
        if span.kind != KIND or _LATIN.search(text, span.start, span.end):
            continue
        value = text[span.start : span.end]
        if not any(c.isalpha() for c in value):
            continue
        m = _AFTER.match(text, span.end)
        bracketed = m is None and (m := _BRACKETED.match(text, span.end)) is not None
        if m is None:
            continue
        words = m.group("latin").split()
        if any(w.casefold() in COMMON for w in words):
            continue
        if not bracketed and not all(w.isupper() for w in words):
            continue  # "<name>, Consultant Surgeon", "<name> | People Operations": a role
        capitals = all(w.isupper() for w in words)
        if bracketed and not capitals and all(known_word(w.casefold()) for w in words):
            continue  # "<name> (Head Nurse)": a role in brackets

        spans.append(Span(m.start("latin"), m.end("latin"), KIND, RULE, SCORE))
    return spans
