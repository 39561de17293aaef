"""A name or nickname in quotes set beside a noun for a person, as safeguarding,
youth justice and police notes write who a young person names: 'an older lad, "Tazz",
is asking him to carry', 'a male "Kofi" was present', 'a girl called "Mimi"'. The quotes
mark the name as the person's own word for someone; the model rarely reads a person in a
quoted word after a comma.

The noun is one for a person by age or sex (lad, boy, man, girl, woman, male, female,
youth, teenager, adult ...), then maybe a comma or "called", "named", "nicknamed", then one
or two capitalised words in straight or curly quotes, none a common, role, heading or drug
word, nor an English word that is no given name ('the boys "Sorted"' stays). Gated on
a quote character before the regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import english_senses
from app.redaction.name_neighbours import plain_word
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "quoted_apposition"
SCORE: Final = 0.7

_PERSON_NOUNS: Final = word_list(
    """
    lad lads boy boys man men girl girls woman women male males female females youth
    youths teenager teenagers adult adults guy guys bloke youngster youngsters kid kids
    child person individual associate associates peer peers
    """
)
_APPOSED = re.compile(
    rf"(?i:\b(?:{trie_pattern(_PERSON_NOUNS)}))"
    r",?[ \t]+(?:(?:called|named|nicknamed|known[ \t]+as)[ \t]+)?[\"“']"
    r"(?P<name>[A-Z][a-z]+(?:['’-][A-Za-z]+)?(?:[ ][A-Z][a-z]+)?)[\"”']"
)


def _word(folded: str) -> bool:
    """An English word that is no given name ("Sorted", "Manager"): no one's name."""
    return plain_word(folded) or (any(english_senses(folded)) and not is_given_name(folded))


def quoted_appositions(text: str) -> list[Span]:
    """Quoted names set beside a noun for a person (see the module)."""
    if '"' not in text and "“" not in text and "'" not in text:
        return []
    spans = []
    for m in _APPOSED.finditer(text):
        if any(_word(w.casefold()) for w in m.group("name").split()):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
