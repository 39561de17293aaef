"""An officer's surname after a police or probation rank written short, in running text:
"arrested by PC Rhodes", "seen with DS Kaur and DC Mbeki", "PO Lindqvist, cell ..."
(a parole or probation officer), "PCSO Tamsin attended". `names.py` skips a rank only
after a field's cue ("Officer: PC Rasel"); here the rank stands where a clause or a list
item opens (a line's start, after punctuation, or after "by", "with", "and" ...), so a
clinical "mg PO" or "my PC" is no rank.

The surname is one capitalised word (a hyphen or an apostrophe inside it), maybe after a
collar number ("PC 4471 Rhodes"), and no common, role, heading or drug word ("PC Support"
stays); after "PO", also "by mouth", the name must end its clause. Gated on a substring
test for each rank before the regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.name_neighbours import plain_word
from app.redaction.patterns import MONTHS, WEEKDAYS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "rank_surname"
SCORE: Final = 0.7

# UK police ranks (constable, sergeant, inspector and their detective forms, the
# community support officer), the US and UK parole or probation officer.
_RANKS: Final = word_list("PC WPC PCSO PS DC DS DI DCI DSU DCS Sgt Insp Supt PO")
_OPENERS: Final = word_list("by with and or to from via per cc called informed contacted of")
_RANKED = re.compile(
    rf"(?:^[ \t]*|(?:[.!?:;,(]|\b(?:{trie_pattern(_OPENERS)}))[ \t]+)"
    rf"(?P<rank>{trie_pattern(_RANKS)})\.?[ \t]+(?:\d{{2,6}}[ \t]+)?"
    r"(?P<name>[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?)(?![\w'’-])",
    re.MULTILINE,
)
# "PO" is also "by mouth" ("PO Ondansetron 4 mg"): its officer's name ends a clause.
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[,;:.()]|[-–—][ \t])", re.MULTILINE)
_CALENDAR: Final = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))


def rank_surnames(text: str) -> list[Span]:
    """Surnames after a rank written short where a clause opens (see the module)."""
    if not any(rank in text for rank in _RANKS):
        return []
    spans = []
    for m in _RANKED.finditer(text):
        folded = m.group("name").casefold()
        if plain_word(folded) or folded in _CALENDAR:
            continue
        if m.group("rank") == "PO" and not _CLAUSE_END.match(text, m.end()):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
