"""A party's name on its own line above the line that says its part, as court orders,
tribunal judgments and their PDF-to-text copies set out the title of proceedings:

    BETWEEN
    PAURIC TIMONEY
    Applicant
    and
    JANE O'DONOHOE
    Respondent

The line above a party word ("Applicant", "Second Respondent", "(Claimant)") is a person
when each of its one to four words is a dictionary given name or no word of English (a
firm, a council or a department stays: "LONDON BOROUGH OF ...", "ACME LIMITED").

A text without a party word costs one lower-casing and seven substring tests.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import known_word
from app.redaction.name_neighbours import plain_word
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "party_line"
SCORE: Final = 0.75

_PARTIES: Final = (
    "applicant",
    "respondent",
    "claimant",
    "defendant",
    "plaintiff",
    "petitioner",
    "appellant",
)
_NAME_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
_PARTY_LINE: Final = re.compile(
    rf"^[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,3}})[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*\(?(?i:(?:first|second|third|1st|2nd|3rd)[ \t]+)?(?i:" + "|".join(_PARTIES) + r")s?\)?"
    r"[ \t]*$",
    re.M,
)


def _name_word(word: str) -> bool:
    folded = word.casefold()
    if is_given_name(folded):
        return True
    bare = re.split(r"['’]", folded)[-1]  # "o'donohoe" -> "donohoe"
    return len(bare) >= 2 and not plain_word(folded) and not known_word(bare)


def party_lines(text: str) -> list[Span]:
    """Names on the line above a party word (see the module)."""
    folded = text.casefold()
    if not any(p in folded for p in _PARTIES):
        return []
    spans = []
    for m in _PARTY_LINE.finditer(text):
        words = m.group("name").split()
        if words[0].casefold() in _PARTIES or not all(_name_word(w) for w in words):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
