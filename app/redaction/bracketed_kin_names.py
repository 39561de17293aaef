"""A relative's or a guardian's full name in brackets right after the word for them ("for
minors, a parent (Given Surname) must attend", "her son (Given Surname) will collect"),
as appointment letters and care notes give the person a word only describes. Two or
three capitalised words, none a common, heading or role word; a department or a role in
brackets ("a parent (Legal Guardian)") stays.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.name_neighbours import plain_word
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "name_in_kin_brackets"
SCORE: Final = 0.7

_KIN: Final = word_list(
    """
    parent parents guardian carer caregiver mother father mum mom dad wife husband partner
    spouse son daughter brother sister child grandmother grandfather grandparent aunt uncle
    niece nephew cousin friend neighbour neighbor stepmother stepfather
    """
)
_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?"
_BRACKETED = fast_regex.compile(
    rf"(?<![\w-])(?i:{trie_pattern(_KIN)})[ \t]+\([ \t]*"
    rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{1,2}})[ \t]*\)"
)


def bracketed_kin_names(text: str) -> list[Span]:
    """Names in brackets after a kinship or guardian word (see the module docstring)."""
    if "(" not in text:
        return []
    spans = []
    for m in _BRACKETED.finditer(text):
        words = m.group("name").replace("-", " ").split()
        if any(plain_word(w.casefold()) for w in words):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
