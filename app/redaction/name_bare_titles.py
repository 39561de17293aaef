"""A name after a title typed in lower case without its dot, as texts, chats and
transcribed messages write them: "is this dr Mensah's office", "tell dr Okafors nurse",
"mrs Lindqvist called". `names.py` reads a lower-case title only with its dot ("dr.
Okafor"); bare, "dr", "mr", "mrs", "ms" and "mx" are still no English word, and a
capitalised word after one is the person's, also with a possessive "s" typed without its
apostrophe ("dr Mensahs office").

The title must follow a line's start, punctuation or a word in lower case (an address's
"12 Elm Dr" or "Oak dr" has a number or a capitalised word before it), and the name is
one or two capitalised words, none a common, role, heading or drug word. Gated on a
substring test for each title before the regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.name_neighbours import plain_word
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "bare_lower_title"
SCORE: Final = 0.7

_TITLES: Final = ("dr ", "mr ", "mrs ", "ms ", "mx ")
_NAMED = fast_regex.compile(
    r"(?:^|(?<=(?<![\w'’-])\p{Ll}+[ \t]{1,2})|(?<=[.,;:!?(][ \t]{1,2}))"
    r"(?:dr|mr|mrs|ms|mx)[ \t]+"
    r"(?P<name>\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\w'’-])",
    re.MULTILINE,
)


def bare_title_names(text: str) -> list[Span]:
    """Names after a lower-case title typed without its dot (see the module)."""
    if not any(title in text for title in _TITLES):
        return []
    spans = []
    for m in _NAMED.finditer(text):
        start = m.start("name")
        words = m.group("name").split()
        if plain_word(words[0].casefold()):
            continue
        if len(words) == 2 and plain_word(words[1].casefold()):
            words = words[:1]  # "dr Mensah Thursday": the name stops at the word
        end = start + len(words[0]) if len(words) == 1 else m.end("name")
        spans.append(Span(start, end, KIND, RULE, SCORE))
    return spans
