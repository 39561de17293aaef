"""Dates whose day is an ordinal word, as a call, an interview or a dictation says them:
"the seventeenth of May 2024", "the twenty-first of March", "March the third, 1990".

`cldr_dates` reads a month word with a number beside it ("May 2024"), so a spoken date
lost only its day word; here the day word and the month word make the date, and the
year (when there is one) is taken along. English only: the other languages' spoken days
("le dix-sept mai") are rarer in records than their numerals.

Speed: the text's word set (`letter_runs.text_words`) must hold an ordinal word and an
English month before the pattern runs.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "DATE_TIME"
RULE: Final = "date_ordinal_day_word"

_UNITS: Final = word_list(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_TENS: Final = ("twentieth", "thirtieth")
_ORDINALS: Final = (
    *_UNITS,
    *_TENS,
    *(f"twenty {u}" for u in _UNITS[:9]),
    *(f"twenty-{u}" for u in _UNITS[:9]),
    "thirty first",
    "thirty-first",
)
_MONTHS: Final = word_list(
    "january february march april may june july august september october november december"
)
_GATE_DAYS: Final = frozenset((*_UNITS, *_TENS))
_GATE_MONTHS: Final = frozenset(_MONTHS)
_DAY = f"(?i:{trie_pattern(_ORDINALS)})"
# Months written with a capital ("the first may help" is no date).
_MONTH = trie_pattern((*(m.title() for m in _MONTHS), *(m.upper() for m in _MONTHS)))
_YEAR = r",?[ \t]+(?:(?i:of)[ \t]+)?(?:19|20)\d\d(?!\d)"
# "the seventeenth of May 2024" or "May the seventeenth, 2024" ("the" and "of" optional);
# a month first needs its year ("May the first patient ..." is no date).
DATE = fast_regex.compile(
    rf"(?<![\w-])(?:(?:(?i:the)[ \t]+)?(?:{_DAY})[ \t]+(?:(?i:of)[ \t]+)?"
    rf"(?:{_MONTH})(?!\w)(?:{_YEAR})?"
    rf"|(?:{_MONTH})[ \t]+(?:(?i:the)[ \t]+)?(?:{_DAY})(?![\w-]){_YEAR})",
    word_led=True,
)


def find_ordinal_dates(text: str, words: set[str]) -> list[Span]:
    """Dates with an ordinal day word; `words` is the text's folded letter runs."""
    if words.isdisjoint(_GATE_DAYS) or words.isdisjoint(_GATE_MONTHS):
        return []
    return [Span(m.start(), m.end(), KIND, RULE, 0.6) for m in DATE.finditer(text)]
