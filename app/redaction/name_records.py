"""Person names as record standards write them, copied into text:

- DICOM's PN value representation (PS3.5 6.2): family^given^middle^prefix^suffix, one
  component group or three joined by "=" ("MENDOZA^ANTONIO^S", "Doe^Jane",
  "Yamada^Tarou=山田^太郎"), with or without a label before it;
- the IATA passenger name of a reservation, ticket or sanctions list (Resolution 722 /
  PNR practice): SURNAME/GIVEN NAMES and an optional title, spaced or glued
  ("SMITH/RONALD MR", "HESHAM/AMIRA", "DE JONG/ANNA MARIE MRS", "SMITH/JOHNMR");
- the name field of an ICAO Doc 9303 machine-readable zone: primary identifier, "<<",
  secondary identifiers joined by "<", filler "<" ("P<UTOERIKSSON<<ANNA<MARIA<<<<",
  "SMITH<<RONALD<JOHN"), its filler also as a scan or a retyped copy shows it ("‹", "«").

Each finder first checks for its separator ("^", "/", "<<"). A caret or slash between
words of a report ("CHEST^PA", "HIV/AIDS", "AND/OR") is no name: its words are
section words, common words or abbreviations, and a slash pair needs a given name, a
title or a name label to count.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
SCORE: Final = 0.8

# PN: up to five components joined by "^", each a name's words (letters, and the dots,
# apostrophes and hyphens inside a name); a component may be empty ("SMITH^JOHN^^DR").
# Words inside a component are single-spaced ("DE LA CRUZ^JUAN"); the last component
# takes a second word only where the value ends ("SMITH^MARY ANN,").
_PN_WORD = r"\p{L}[\p{L}\p{M}'’.-]*"
_PN_PART = rf"{_PN_WORD}(?:[ ]{_PN_WORD}){{0,3}}"
_PN_LAST = rf"{_PN_WORD}(?:[ ]{_PN_WORD}(?=[ \t]*(?:$|[,;)\]]|\r?\n)))?"
_PN_GROUP = rf"{_PN_PART}\^(?:(?:{_PN_PART})?\^){{0,3}}(?:{_PN_LAST})?"
_PN = fast_regex.compile(
    rf"(?<![\w^=/\\])(?P<pn>{_PN_GROUP}(?:=(?:{_PN_GROUP})?){{0,2}})(?![\w^])", re.M
)

_HL7_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{2}\|")

# Titles of the IATA name element (and of the airlines' printed boarding passes).
_IATA_TITLES: Final = word_list("MR MRS MS MISS MSTR MSTER DR PROF REV CHD INF SIR")
_TITLE_RE = "|".join(sorted(_IATA_TITLES, key=len, reverse=True))
_SLASH = fast_regex.compile(
    # a PNR numbers its name elements ("1.1SMITH/JOHN MR", and the Amadeus and Sabre
    # displays "1.SMITH/JOHN MR  2.DOE/JANE MRS"): a digit, or a digit and a dot, may
    # stand before; a dot after a letter ("e.g./", "a.SMITH") may not
    r"(?<![\p{L}_/:@-])(?<![^\p{N}]\.)(?<!^\.)"
    r"(?P<sur>\p{Lu}[\p{Lu}'’-]+(?:[ ]\p{Lu}[\p{Lu}'’-]+){0,3}|"
    r"\p{Lu}[\p{L}'’-]+)/"
    r"(?P<given>\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]+){0,2})"
    rf"(?:[ ](?P<title>(?i:{_TITLE_RE}))\.?)?(?![\w/])"
)
# The words before a slash pair that say a passenger or a party follows; the parties of a
# payment as FATF Recommendation 16 (originator, beneficiary) and ISO 20022 (debtor,
# creditor, ultimate debtor) name them, and as SWIFT MT103 exports print its fields 50
# and 59 ("ordering customer", "beneficiary customer") with the name in the IATA style.
_SLASH_CUES: Final = frozenset(
    word_list(
        """
    passenger pax traveller traveler customer name client guest holder subject party
    entity individual applicant visitor crew nom nombre passagier passager pasajero
    passeggero
    originator beneficiary remitter payer payee debtor creditor counterparty sender
    receiver ordering owner
    """
    )
)
_SLASH_CUE = fast_regex.compile(
    rf"(?i:{'|'.join(sorted(_SLASH_CUES))})[ \t]*(?:name)?[ \t]*[:#-]?[ \t]*$"
)
# Particles inside a surname ("DE JONG", "VAN DER BERG"): never a label before it.
_PARTICLES: Final = frozenset(
    word_list("de da di do dos das du del della der den van von ter ten le la al el bin ibn ap")
)

# MRZ: the name field ("ERIKSSON<<ANNA<MARIA"), alone or after the document code and
# issuing state of a TD2 or TD3 first line ("P<UTO", "I<D<<"), padded with "<".
_MRZ = fast_regex.compile(
    r"(?<![\w<])(?P<run>[A-Z<]*?[A-Z]{2}(?:<[A-Z]+)*<<[A-Z]{2}[A-Z]*(?:<[A-Z]+)*)(?P<pad><*)"
    r"(?![\w<])"
)
_MRZ_HEAD = re.compile(r"[ACIPV][A-Z<][A-Z<]{3}")
_MRZ_LINE1: Final = (36, 44)  # TD2 and TD3 first lines; TD1's third line (30) has no head
# A zone copied from a scan or typed again often shows its filler as an angle quote or a
# full-width "<" ("P‹UTOERIKSSON‹‹ANNA", "SMITH««RONALD"): read as "<" in its place.
_OTHER_FILLERS: Final = "‹«＜〈"
_AS_FILLER: Final = str.maketrans(dict.fromkeys(_OTHER_FILLERS, "<"))


def _plain(word: str) -> bool:
    """A word of a report or a form, no part of a name: common, a section word, an
    abbreviation, a title or a word that never starts a name."""
    from app.redaction.name_forms import COMMON  # noqa: PLC0415
    from app.redaction.names import (  # noqa: PLC0415
        is_acronym,
        is_caps_section_word,
        is_cue_word,
        is_not_name,
        is_title,
    )

    folded = word.casefold().strip(".'’-")
    if folded in _PARTICLES:
        return False
    return (
        folded in COMMON
        or is_not_name(folded)
        or is_caps_section_word(folded)
        or is_acronym(folded)
        or is_title(folded)
        or is_cue_word(folded)
    )


def _identifier_label(word: str) -> bool:
    """A word that captions a number or code of another kind than a person's name."""
    from app.redaction.field_names import PERSON, field_kind  # noqa: PLC0415

    found = field_kind(word)
    return found is not None and found[0] != PERSON


_LABEL_BEFORE = fast_regex.compile(r"(?P<word>\p{L}+)[ \t]*:[ \t]*$")
# Cue words of a mail header and prepositions: what follows them is as often a topic or a
# team ("Subject: SALES/MARKETING", "To: ICU/HDU") as a person.
_NOT_PERSON_LABELS: Final = frozenset(
    word_list("subject re from to cc bcc de à para von an van aan od do attn attention")
)


def _person_label_before(text: str, start: int) -> bool:
    """A person's label and its colon right before `start` ("Patient:", "Driver:")."""
    from app.redaction.names import is_cue_word  # noqa: PLC0415

    m = _LABEL_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group("word").casefold() in _NOT_PERSON_LABELS:
        return False
    return is_cue_word(m.group("word"))


def _word_like(word: str) -> bool:
    """Three letters or more with a vowel: a name's word, not an abbreviation ("IV")."""
    return len(word) >= 3 and any(c in "AEIOUYaeiouy" for c in word)


def _leading_plain(words: list[str]) -> int:
    """How many of `words` at the start are a label or a common word ("Patient", "NAME")."""
    n = 0
    while n < len(words) - 1 and (_plain(words[n]) or words[n].casefold() in _SLASH_CUES):
        n += 1
    return n


def _pn_names(text: str) -> list[Span]:
    spans = []
    for m in _PN.finditer(text):
        value = m.group("pn").rstrip(" .-")
        family = value.split("^", 1)[0].split(" ")
        skip = _leading_plain(family)
        start = m.start("pn") + sum(len(w) + 1 for w in family[:skip])
        value = text[start : m.start("pn") + len(value)]
        first = [c.strip() for c in value.split("=")[0].split("^")]
        words = [w for c in first[:3] for w in c.split()]  # prefix and suffix: "Dr", "Jr"
        if len(first[0]) < 2 or not words or any(_plain(w) for w in words if len(w) > 1):
            continue  # "CHEST^PA", "HEAD^ROUTINE": a study's description
        if any(w[0].islower() and w.casefold() not in _PARTICLES for w in words):
            continue  # "2345-7^Glucose^LN", "metabolic panel^LN": a coded element's text
        if _HL7_SEGMENT.match(text, text.rfind("\n", 0, start) + 1):
            continue  # an HL7 v2 segment: `hl7.py` reads its fields by their data types
        spans.append(Span(start, start + len(value), KIND, "dicom_pn", SCORE))
    return spans


# A PNR's name element number right before the surname ("1.", "2.1", "1.1" glued on).
_ELEMENT_NUMBER = fast_regex.compile(r"(?:^|[ \t])\d{1,2}\.\d?$")


def _numbered_passenger(text: str, start: int, given: str, title: str | None) -> bool:
    """A numbered name element of a PNR with a title after the given name ("1.WARD/ANNA
    MR"): a passenger, whatever word the surname is."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    numbered = _ELEMENT_NUMBER.search(text, max(0, start - 6), start) is not None
    return numbered and title is not None and is_given_name(given.split(" ", maxsplit=1)[0])


def _slash_names(text: str) -> list[Span]:
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    spans = []
    for m in _SLASH.finditer(text):
        sur, given, title = m.group("sur").split(" "), m.group("given").split(" "), m.group("title")
        sur = sur[_leading_plain(sur) :]  # "NAME SMITH/JOHN": the label stays
        # "BOOKED FOR MORGAN/ZEPHYRINE": the surname starts after the last plain word
        plain = [i for i, w in enumerate(sur[:-1]) if _plain(w)]
        sur = sur[plain[-1] + 1 :] if plain else sur
        if title is None and len(given) > 1 and given[-1].upper() in _IATA_TITLES:
            title = given.pop()  # "OKONKWO/ADAEZE MRS": the title the given name took
        while len(given) > 1 and _plain(given[-1]):
            given.pop()  # "SMITH/JOHN DOB": the label after it stays
            title = None
        if len(sur[0]) < 2 or any(_plain(w) for w in given):
            continue  # "HIV/AIDS", "AND/OR", "N/A"
        numbered = _numbered_passenger(text, m.start("sur"), m.group("given"), title)
        if any(_plain(w) for w in sur) and not numbered:
            continue  # "1.WARD/ANNA MR": a PNR's numbered passenger keeps a surname "Ward"
        if any(_identifier_label(w) for w in sur + given):
            continue  # "NI/SSN", "VIN/Chassis", "UTR/TIN": a caption naming two numbers
        if not m.group(0).isupper() and any(len(w) < 3 for w in sur + given):
            continue  # "Il/La sottoscritto/a": two articles; passenger names are in capitals
        glued = None
        if title is None and given[-1].isupper():
            glued = re.fullmatch(rf"(?P<name>[A-Z'’-]{{2,}}?)(?:{_TITLE_RE})", given[-1])
        # Either half a dictionary given name: "BENNETT/DAVIAN" as much as "SMITH/JOHN";
        # "PO/IV", "BD/TDS" are abbreviations (two letters, or no vowel).
        named = (
            is_given_name(given[0])
            or (glued is not None and is_given_name(glued["name"]))
            or (is_given_name(sur[-1]) and _word_like(sur[-1]) and _word_like(given[0]))
        )
        start = m.end("sur") - len(" ".join(sur))
        cue = _SLASH_CUE.search(text, max(0, start - 30), start) is not None
        cue = cue or _person_label_before(text, start)
        if not (named or title or cue):
            continue
        end = m.start("given") + len(" ".join(given))
        spans.append(Span(start, end, KIND, "iata_name", SCORE))
    return spans


# "DOYLE,CARLOS", "Quinn,Steven,J": the surname, a comma and the given name closed up, as
# pharmacy dispensing systems print labels and logs, as an HL7 v2 XPN is rendered with
# commas, and as the NUCC 1500 claim form asks for item 2 ("Last Name, First Name, Middle
# Initial", commas between). Both halves in capitals or both capitalised; a middle
# initial may follow. Not one cell of a longer comma-separated row ("NAME,DOB,MRN").
_GLUED_LAST_FIRST = fast_regex.compile(
    r"(?<![\p{L}\p{N}'’,.@/_-])"
    r"(?:(?P<caps>\p{Lu}{2}[\p{Lu}'’-]*(?:[ ]\p{Lu}{2}[\p{Lu}'’-]*)?),"
    r"(?P<given>\p{Lu}{2}[\p{Lu}'’-]*)"
    r"|(?P<title>\p{Lu}\p{Ll}[\p{Ll}'’-]+),(?P<tgiven>\p{Lu}\p{Ll}[\p{Ll}'’-]+))"
    r"(?:[ ,]\p{Lu}\.?)?(?![\p{L}\p{N}'’_@/-]|,[ \t]?[\p{L}\p{N}])"
)


_GLUED_GATE = fast_regex.compile(r"\p{L},\p{Lu}")


def _glued_last_first(text: str) -> list[Span]:
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    if _GLUED_GATE.search(text) is None:
        return []
    spans = []
    for m in _GLUED_LAST_FIRST.finditer(text):
        sur = (m.group("caps") or m.group("title")).split(" ")
        given = m.group("given") or m.group("tgiven")
        words = [*sur, given]
        if any(_plain(w) or _identifier_label(w) or len(w) < 2 for w in words):
            continue  # "ICU,HDU", "DOB,MRN": abbreviations and captions
        if not (is_given_name(given) or is_given_name(sur[-1])):
            continue
        spans.append(Span(m.start(), m.end(), KIND, "glued_last_first", SCORE))
    return spans


def _mrz_names(text: str) -> list[Span]:
    spans = []
    for m in _MRZ.finditer(text):
        run = m.group("run")
        start = m.start("run")
        width = len(run) + len(m.group("pad"))
        if _MRZ_HEAD.match(run) and width in _MRZ_LINE1 and "<<" in run[5:]:
            start += 5  # the document code and issuing state stay
        name = text[start : m.end("run")]
        parts = name.replace("<", " ").split()
        if len(parts) >= 2 and not all(_plain(p) for p in parts):
            spans.append(Span(start, m.end("run"), KIND, "mrz_name", SCORE))
    return spans


# ASC X12 (005010 claims, eligibility, remittance: 837, 270/271, 835) names a party in
# its NM1 segment: entity identifier code, entity type qualifier ("1" a person, "2" a
# non-person entity), then last name, first name, middle name, each its own element
# ("NM1*IL*1*DOE*JANE*Q***MI*123~"). The element separator is the character after "NM1".
_X12_VALUE = r"[^*|^~\n]"
_X12_NM1 = fast_regex.compile(
    r"(?<![A-Z0-9])NM1(?P<sep>[*|^])[A-Z0-9]{2,3}(?P=sep)1(?P=sep)"
    rf"(?P<last>{_X12_VALUE}*)(?:(?P=sep)(?P<first>{_X12_VALUE}*)"
    rf"(?:(?P=sep)(?P<middle>{_X12_VALUE}*))?)?"
)


def _x12_names(text: str) -> list[Span]:
    spans = []
    for m in _X12_NM1.finditer(text):
        for group in ("last", "first", "middle"):
            value = m.group(group)
            if value and any(c.isalpha() for c in value):
                start = m.start(group) + len(value) - len(value.lstrip())
                end = m.end(group) - len(value) + len(value.rstrip())
                spans.append(Span(start, end, KIND, "x12_name", SCORE))
    return spans


# GEDCOM (5.5.1 and 7.0), the genealogy exchange format: a line's level, its tag, its
# value. NAME writes the given names, then the surname between slashes, then any suffix
# ("1 NAME Ada Maria /Lovelace/"); its parts may follow as GIVN, SURN, NICK and _MARNM
# lines. A prefix or suffix (NPFX "Dr.", NSFX "Jr.") names nobody and stays.
_GEDCOM_GATE = re.compile(r"^[ \t]*[01] (?:@[^@\n]{1,20}@ )?(?:HEAD|INDI)\b|^[ \t]*\d NAME ", re.M)
_GEDCOM_NAME = fast_regex.compile(
    r"^[ \t]*\d{1,2}[ \t]+NAME[ \t]+(?P<given>[^/\n]*?)[ \t]*"
    r"(?:/(?P<surname>[^/\n]*)/[^\n]*)?[ \t]*$",
    re.M,
)
_GEDCOM_PART = fast_regex.compile(
    r"^[ \t]*\d{1,2}[ \t]+(?:GIVN|SURN|NICK|_MARNM|_AKA)[ \t]+(?P<value>[^\n]*?)[ \t]*$",
    re.M,
)


def _gedcom_names(text: str) -> list[Span]:
    spans = []
    for m in _GEDCOM_NAME.finditer(text):
        for group in ("given", "surname"):
            value = m.group(group)
            if value and value.strip() and any(c.isalpha() for c in value):
                start = m.start(group) + len(value) - len(value.lstrip())
                end = m.end(group) - len(value) + len(value.rstrip())
                spans.append(Span(start, end, KIND, "gedcom_name", SCORE))
    for m in _GEDCOM_PART.finditer(text):
        if any(c.isalpha() for c in m.group("value")):
            spans.append(Span(m.start("value"), m.end("value"), KIND, "gedcom_name", SCORE))
    return spans


def names_in_records(text: str) -> list[Span]:
    """Names written as DICOM PN, IATA passenger names, MRZ name fields, X12 NM1 and GEDCOM
    NAME lines, and a surname and given name closed up around a comma."""
    spans = []
    if "NM1" in text:
        spans += _x12_names(text)
    if "NAME" in text and _GEDCOM_GATE.search(text):
        spans += _gedcom_names(text)
    if "^" in text:
        spans += _pn_names(text)
    if "/" in text:
        spans += _slash_names(text)
    if "," in text:
        spans += _glued_last_first(text)
    if "<<" in text:
        spans += _mrz_names(text)
    if any(f + f in text for f in _OTHER_FILLERS):
        spans += _mrz_names(text.translate(_AS_FILLER))  # one character each: same offsets
    return spans
