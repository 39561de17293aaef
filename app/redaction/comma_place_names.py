"""A "Surname, Given" name in a person's field that the NER model read as a place.

"Town, Region" and "Surname, Given" look alike: two capitalised words and a comma. After a
word that leads to a person ("Worker: Thompson, Shelby", "CERTIFIER: Reyes, Arnel",
"LIJEČNIK: Horvat, Maj", "kontakt Berg, Mette") the pair is the person's name, and the
model's place finding on one of its words leaves the other word readable. The pair is
taken as a person: the place finding becomes a person finding and the other word is
added. A pair after any other word, or with a code of capitals ("Austin, TX"), stays as
the model read it.

Runs after the other finders, on the model's one-word place findings only.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.name_fields import leads_to_person
from app.redaction.name_forms import COMMON
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "comma_name_not_place"
_PLACE: Final = "LOCATION"
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?"
_LEAD = rf"(?<![^\W\d_])(?P<lead>{_WORD})[ \t]*:?[ \t]+"
# The place is the given name ("lead Surname, <place>") or the surname ("lead <place>,
# Given"), on one line.
_BEFORE_GIVEN: Final = re.compile(rf"{_LEAD}(?P<a>{_WORD}),[ \t]+$")
_BEFORE_SURNAME: Final = re.compile(rf"{_LEAD}$")
_GIVEN_AFTER: Final = re.compile(rf",[ \t]+(?P<b>{_WORD})(?![^\W\d_])")
_LOOK_BACK: Final = 48  # a lead word, its colon and a surname
_MIN_CODE = 3  # "TX", "UK": a code of capitals, no name


def _name_word(word: str) -> bool:
    return (
        word[0].isupper()
        and not (word.isupper() and len(word) <= _MIN_CODE)
        and word.casefold() not in COMMON
    )


def names_read_as_places(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with each place finding of a "Surname, Given" pair after a word that leads
    to a person taken as a person's (see the module docstring)."""
    places = [s for s in spans if s.kind == _PLACE and " " not in text[s.start : s.end]]
    if not places:
        return spans
    covered = {(s.start, s.end) for s in spans}
    changed: dict[Span, Span] = {}
    extra: list[Span] = []
    for place in places:
        begin = max(text.rfind("\n", 0, place.start) + 1, place.start - _LOOK_BACK)
        # cheap: a comma right before or right after the place, or no pair
        if not (
            text.startswith(",", place.end) or text[begin : place.start].rstrip(" \t").endswith(",")
        ):
            continue
        word = text[place.start : place.end]
        lead = _BEFORE_GIVEN.search(text, begin, place.start)
        if lead is not None:
            other, pair = lead.span("a"), (lead.group("a"), word)
        else:
            lead = _BEFORE_SURNAME.search(text, begin, place.start)
            given = _GIVEN_AFTER.match(text, place.end) if lead is not None else None
            if lead is None or given is None:
                continue
            other, pair = given.span("b"), (word, given.group("b"))
        # the cheap word tests first: most pairs are "Town, ST" of an address
        if all(map(_name_word, pair)) and leads_to_person(lead.group("lead")):
            changed[place] = Span(place.start, place.end, KIND, RULE, place.score)
            if other not in covered:
                extra.append(Span(*other, KIND, RULE, place.score))
    if not changed:
        return spans
    return [changed.get(s, s) for s in spans] + extra
