"""Surnames written in capitals, found from the slot the writing convention puts them in:

- "NOM Prénom": the surname in capitals, then the given names in small letters, filling a
  field of its own (a line, a table cell, a delimited record's field, a value after a
  colon). It is the order of French administrative writing (the civil-status and health
  insurance documents, the INS patient identity: "DUPONT Marie"), of Belgian, Italian,
  Romanian and Hungarian forms, and of ICAO 9303's "primary identifier" first; a record
  field ("|MARTIN Chloé|") has no cue word before it, so the name's own shape must do:
  the given name is a dictionary one.
- A surname alone in capitals after a person's role or a person field's caption, as
  police, forensic and transport records write an officer's, an operator's or a
  passenger's surname ("Officer OZOLIŅŠ #12", "Operator: BAKER", "Examiner - NOWAK"),
  or after a relative's word, as airline passenger records (IATA AIRIMP: names in
  capitals) and ward notes name a child or a relative ("with infant AMARA").

- The other party of a payment in a bank statement's narrative, after the transaction
  type code and "FROM" or "TO" (UK statements' Faster Payments "FPS", bank giro credit
  "BGC", transfer "TFR", "BACS", "CHAPS": "FPS FROM OKAFOR  +250.00").

A word in capitals that heads, abbreviates, names a field or is a common word is none
("Operator: ADMIN", "Officer ID", "Officer: N/A"). One scan of the text for words in
capitals; each is then checked against what stands beside it on its line.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.field_names import PERSON, field_kind
from app.redaction.given_names import fold_accents, is_given_name
from app.redaction.name_guards import HEADING_WORDS, ROLE_NOUNS
from app.redaction.name_neighbours import plain_word
from app.redaction.names import is_acronym, is_caps_section_word
from app.redaction.record_numbers import WORDS as ID_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
ORDER_RULE: Final = "caps_surname_given"
SLOT_RULE: Final = "caps_surname_in_slot"
_SCORE: Final = 0.7

_CAPS_WORD = r"\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}[\p{Lu}\p{M}'’]+)?"
# One to three words in capitals (compound surnames: "DA SILVA", "GARCÍA LÓPEZ").
_CAPS_RUN = fast_regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’.@/_-]){_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}}"
    r"(?![\p{L}\p{M}\p{N}@_]|[-'’.]\p{L})",
    starts=r"\p{Lu}",
)
_GIVEN_WORD = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*"
# The given names after the surname ("Chloé", "Jean-Pierre", "Anne Marie").
_GIVEN_AFTER = fast_regex.compile(rf"[ ](?P<given>{_GIVEN_WORD}(?:[- ]{_GIVEN_WORD})?)")
# What closes a field: the line's end, a delimiter, a column's gap.
_FIELD_END = fast_regex.compile(r"[ \t]*(?:$|\r?\n|[|\t;,)\]#/]|\d)|[ \t]{2}", re.M)
# What opens one: the line's start, a delimiter or a colon, a column's gap.
_FIELD_START = fast_regex.compile(r"(?:^|[|\t;:(\[]|[ ]{2})[ \t]*$")
# A caption or a role, and what sets the value off: a colon or a dash, or one blank
# (roles and relatives only: "Officer OZOLIŅŠ").
_SLOT_BEFORE = fast_regex.compile(
    r"(?<![\p{L}\p{N}])(?P<role>\p{L}{3,30})(?P<sep>[ \t]*[:：\-–—][ \t]*|[ ])$"
)
# Roles that police, forensic, transport and care records name in capitals, beside the
# staff roles every form shows (`name_guards.ROLE_NOUNS`): the staff, and the people a
# record is about (a passenger, a witness, a guest).
_ROLES: Final = frozenset(
    word_list(
        """
    operator examiner inspector instructor invigilator interviewer observer dispatcher
    constable sergeant detective trooper deputy officer pilot captain driver rider
    passenger traveller traveler witness victim suspect offender accused complainant
    guest occupant resident tenant donor recipient interpreter chaperone porter courier
    prescriber dispenser collector keeper owner teacher pupil student
    """
    )
)
# Relatives, who stand before their name in passenger records and ward notes.
_RELATIVES: Final = frozenset(
    word_list(
        """
    infant baby newborn child son daughter wife husband spouse partner mother father
    brother sister twin grandson granddaughter nephew niece
    """
    )
)
_ID_WORD_SET: Final = frozenset(w for w in ID_WORDS if "-" not in w)
# What a form writes in a person's field when it has no name for it yet.
_PLACEHOLDERS: Final = frozenset(
    word_list("tba tbc tbd tbr self same auto vacant pending various multiple any other")
)
# Particles inside a surname ("DA SILVA", "VAN DER BERG"): no name alone, no bar either.
_PARTICLES: Final = frozenset(
    word_list("de da di du del della der den van von le la dos das do ter ten al el bin ibn")
)


def _not_a_surname(word: str) -> bool:
    """A word in capitals that abbreviates, heads, captions a field or is common."""
    folded = word.casefold().strip("'’")
    return (
        len(folded) < 2
        or field_kind(word) is not None
        or folded in _ID_WORD_SET
        or is_acronym(word)
        or is_caps_section_word(folded)
        or plain_word(folded)
        or folded in HEADING_WORDS
        or folded in _PLACEHOLDERS
        or not any(c in "aeiouy" for c in fold_accents(folded))
    )


def _surname_run(run: str) -> bool:
    words = run.split()
    if words[-1].casefold() in _PARTICLES:
        return False
    return not any(
        _not_a_surname(part)
        for w in words
        if w.casefold() not in _PARTICLES
        for part in w.split("-")
    )


# An identifier and its holder's surname in brackets after it, as device, laboratory and
# dispensing logs print a record's owner ("Patient ID 40917733 (OKAFOR)", "MRN:
# K-20411 (LINDQVIST)"): the caption names an identifier, the value holds three digits.
_ID_THEN_BRACKET = fast_regex.compile(
    r"(?<![\p{L}\p{N}])(?P<label>\p{L}{2,12})\.?[ \t]*[:#№]?[ \t]*"
    r"[\p{L}\p{N}][\p{L}\p{N}/-]*\d{3}[\p{L}\p{N}/-]*[ \t]*\($"
)


def _holder_after_id(before: str, run: str, after: str) -> bool:
    """`run` in brackets after an identifier (`_ID_THEN_BRACKET`), a word English lacks."""
    if not after.startswith(")") or len(run) < 4 or " " in run:
        return False
    m = _ID_THEN_BRACKET.search(before)
    if m is None:
        return False
    label = m.group("label")
    if label.casefold() not in _ID_WORD_SET and field_kind(label) is None:
        return False
    return _no_english_word(run)


def _no_english_word(word: str) -> bool:
    """A surname in capitals that no English word shares (or a given name): where a slot
    is weak, "STATION" and "STATEMENT" stay."""
    from app.redaction.lower_case_names import english_senses  # noqa: PLC0415

    if not _surname_run(word):
        return False
    return is_given_name(word) or not any(english_senses(word.casefold()))


def _caps_role_lead(run: str, before: str, line_start: bool) -> int:
    """Where the surname starts in a capitals run of a role and a surname that opens a
    field of its own ("NURSE OKAFOR" after a column's gap), else 0."""
    role, _, rest = run.partition(" ")
    folded = role.casefold()
    if " " in rest or len(rest) < 4 or not (folded in _ROLES or folded in ROLE_NOUNS):
        return 0
    if not (line_start or _FIELD_START.search(before)):
        return 0
    return len(role) + 1 if _no_english_word(rest) else 0


def _given_names(given: str) -> bool:
    return all(is_given_name(w) for w in re.split(r"[- ]", given))


def _role_slot(role: str, sep: str, *, opens: bool = False) -> bool:
    """A caption or role word before a lone surname: any person field's caption before a
    colon or a dash, a role or a relative also before one blank."""
    folded = role.casefold()
    if folded in _ROLES or folded in ROLE_NOUNS or folded in _RELATIVES:
        return sep != " " or not role.isupper() or opens  # "OFFICER NOTES": a heading
    if sep == " ":
        return False
    found = field_kind(role)
    return found is not None and found[0] == PERSON


def caps_names_in_slots(text: str) -> list[Span]:
    """Surnames in capitals by their order or their slot (see the module docstring)."""
    spans = []
    for m in _CAPS_RUN.finditer(text):
        run = m.group()
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 40) : m.start()]
        given = _GIVEN_AFTER.match(text, m.end())
        if (
            given is not None
            and _FIELD_END.match(text, given.end())
            and (_FIELD_START.search(before) or m.start() == line_start)
            and _given_names(given.group("given"))
            and _surname_run(run)
        ):
            spans.append(Span(m.start(), given.end(), KIND, ORDER_RULE, _SCORE))
            continue
        if not _FIELD_END.match(text, m.end()):
            continue
        if " " in run:
            lead = _caps_role_lead(run, before, m.start() == line_start)
            if lead:
                spans.append(Span(m.start() + lead, m.end(), KIND, SLOT_RULE, _SCORE))
            continue
        if "(" in before and _holder_after_id(before, run, text[m.end() : m.end() + 1]):
            spans.append(Span(m.start(), m.end(), KIND, SLOT_RULE, _SCORE))
            continue
        slot = _SLOT_BEFORE.search(before)
        if slot is None:
            continue
        # A role in capitals and one blank is a heading ("OFFICER NOTES") unless it opens
        # a field of its own, as an all-capitals record's columns write "NURSE OKAFOR".
        opens = _FIELD_START.search(before, 0, slot.start()) is not None or slot.start() == 0
        if not _role_slot(slot.group("role"), slot.group("sep"), opens=opens):
            continue
        short = 3 if slot.group("sep") != " " else 4  # "Officer: LEE"; "Officer ABC" no
        if len(run) >= short and _surname_run(run):
            spans.append(Span(m.start(), m.end(), KIND, SLOT_RULE, _SCORE))
    return spans


# The statement narrative: a transaction type code, "FROM" or "TO", the party in capitals
# (an initial, a given name, a surname), closed by a column's gap, a line's end or the
# amount. Direct debits and card payments go to firms and are left out.
_PAYMENT_PARTY = fast_regex.compile(
    r"(?<![\p{L}\p{N}])(?:FPS|FPI|FPO|FP|BGC|TFR|BACS|CHAPS|TRANSFER|SEPA|SCT|P2P)"
    r"[ ](?:FROM|TO)[ ](?P<party>\p{Lu}[\p{Lu}'’-]*(?:[ ]\p{Lu}[\p{Lu}'’-]*){0,2})"
    r"(?=[ \t]{2}|[ \t]*$|[ \t]+[+\-−]?\d)",
    re.M,
)
_FIRMS: Final = frozenset(word_list("ltd plc llp limited inc gmbh co bank savings isa"))


def payment_parties(text: str) -> list[Span]:
    """The party of a payment in a statement's narrative (see the module docstring):
    every word an initial or no common or section word, one a given name or a word
    English lacks, none a firm's."""
    if " FROM " not in text and " TO " not in text:
        return []
    spans = []
    for m in _PAYMENT_PARTY.finditer(text):
        words = m.group("party").split()
        if any(w.casefold() in _FIRMS for w in words):
            continue
        longer = [w for w in words if len(w) > 1]
        if not longer or any(_not_a_surname(w) for w in longer):
            continue
        if any(_no_english_word(w) for w in longer):
            spans.append(Span(m.start("party"), m.end("party"), KIND, SLOT_RULE, _SCORE))
    return spans
