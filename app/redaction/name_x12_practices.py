"""The founder's surname in a provider organisation's name in an ASC X12 NM1 segment: a
claim names its billing, rendering or referring provider as an organisation (entity type
"2", NM102) when a practice bills, and small practices trade under their doctor's name
("NM1*85*2*OKONJO FAMILY PRACTICE*****XX*1234567893~"). NM103 is then no person's field,
so nothing reads the name inside it; the surname is a person's still (as
`eponymous_firms.py` reads "Surname & Partners" in prose), the practice words stay.

The organisation's first word is taken when a practice word follows it (medical, clinic,
associates, pediatrics, ...) and it is a dictionary given name or no English word at all:
"RIVERSIDE MEDICAL GROUP", "SUMMIT CLINIC" keep theirs. Gated on "NM1" (a substring test).
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import closed_class_word, english_senses
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "x12_practice_name"
SCORE: Final = 0.7

# NM1, any entity identifier code, entity type 2 (a non-person), then NM103's first word
# and the rest of the organisation's name; any of X12's element separators.
_ORGANISATION = fast_regex.compile(
    r"(?:^|(?<=~))[ \t]*NM1(?P<sep>[*|^])\w{2}(?P=sep)2(?P=sep)"
    r"(?P<first>\p{Lu}[\p{Lu}'’-]+)(?P<rest>[ \t][^*|^~\n]{2,60})",
    re.MULTILINE,
)
_PRACTICE_WORDS: Final = frozenset(
    word_list(
        """
    medical medicine clinic clinics practice associates group pediatrics paediatrics
    orthopedics orthopaedics dermatology cardiology dental dentistry family chiropractic
    physicians surgery surgical health healthcare care therapy eye vision md pc pa llc
    """
    )
)


def _surname(word: str) -> bool:
    folded = word.casefold()
    if closed_class_word(folded):
        return False
    return is_given_name(folded) or not any(english_senses(folded))


def practice_surnames(text: str) -> list[Span]:
    """The founder's surname in an X12 provider organisation's name (see the module)."""
    if "NM1" not in text:
        return []
    spans = []
    for m in _ORGANISATION.finditer(text):
        rest = {w.strip(".,&").casefold() for w in m.group("rest").split()}
        if rest & _PRACTICE_WORDS and _surname(m.group("first")):
            spans.append(Span(m.start("first"), m.end("first"), KIND, RULE, SCORE))
    return spans
