"""Phrases of common words in lower case that spaCy reads as a person.

The English model tags runs of words of other languages as PERSON when it does not know
them: "custeio de cirurgia bariátrica", "te reenvío el informe de la resonancia",
"Postoperativ smärta väl kontrollerad" (a sentence's opening capital only). Every cased
orthography writes a name with capitals, so a finding of three words or more whose words
after the first are all in lower case, two of them content words of four letters or more
and one of seven, is a phrase, not a name. Two words may be a name typed in lower case
("pt senna okoro"), so may three short ones ("okafor de souza"): those stay. A given
name among its words ("maria kowalczyk" typed in a chat) keeps it a person, and the rule
asks only spaCy's findings: a name rule that reads lower-case names on purpose
(`lower_case_names`, chat speakers) is not second-guessed here.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

_WORD = fast_regex.compile(r"[\p{L}\p{Mn}][\p{L}\p{Mn}'’.-]*")
_CONTENT_MIN: Final = 4
_CONTENT_WORDS: Final = 2
# Three words at least, one of seven letters or more (see above).
_PHRASE_WORDS: Final = 3
_LONG_CONTENT: Final = 7
# A name particle with no other function word beside it joins a surname ("adebola de
# souza"); a phrase of four words or more is grammar even so ("custeio de cirurgia …").
_WITH_PARTICLE: Final = 4
# What ends a sentence or a field's label before its first word ("… positivo. Si chiede",
# "Diagnosa sementara: demam berdarah").
_SENTENCE_END: Final = ".!?:;"


def lower_case_phrase(text: str, span: Span) -> bool:
    """`span`'s three words or more after the first are in lower case, the first too
    unless a sentence opens with it, two of its content words (no function word, no name
    particle) have four letters or more and one seven, and none is a given name."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - a cycle
    from app.redaction.name_guards import (  # noqa: PLC0415
        function_word_or_particle,
        name_particle,
    )

    tokens = [t.strip(".'’-") for t in _WORD.findall(text, span.start, span.end)]
    tokens = [t for t in tokens if t]
    if len(tokens) < _CONTENT_WORDS or any(c.isupper() for t in tokens[1:] for c in t):
        return False
    if any(c.isupper() for c in tokens[0]) and not (
        tokens[0][1:].islower() and _opens_sentence(text, span.start)
    ):
        return False
    if (
        any(name_particle(t) for t in tokens)
        and len(tokens) < _WITH_PARTICLE
        and all(name_particle(t) or not function_word_or_particle(t) for t in tokens)
    ):
        return False  # "adebola de souza": a particle joins a surname typed in lower case
    content = [t for t in tokens if not function_word_or_particle(t)]
    if any(is_given_name(t.casefold()) for t in content):
        return False
    long_lower = [t for t in content if t.islower() and len(t) >= _CONTENT_MIN]
    return (
        len(tokens) >= _PHRASE_WORDS
        and len(long_lower) >= _CONTENT_WORDS
        and any(len(t) >= _LONG_CONTENT for t in long_lower)
    )


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in _SENTENCE_END
