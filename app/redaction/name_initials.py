"""A person written as initials alone ("K.M.", "J.M.W.", "A.Š."): the way staff sign
registers, handovers, checks and witness columns, and the way court papers and case
reports name a minor or a patient (HIPAA's Safe Harbor counts initials among a name's
parts). Closed-up capital initials are a person's where a person acts or signs:

- after a word of agency: "checked by K.M.", "phoned to the ward by I.M.";
- as a field's whole value after its label: "Checked: K.M.", "HRBP: S.M.  ";
- closing a line as a sign-off: "— K.T.", "/s/ A.B.", "np O.C.", "RN J.S.";
- after a role or a relation: "the minor child W.B.", "witness A.B.", "patient J.S.";
- joined to other such initials: "by A.Š. and D.M.".

And an initial and a surname right before the date (and time) that close an entry: a
note's signature, as the NMC Code (10.2) and the GMC's Good Medical Practice ask every
entry to be signed and dated ("omit tonight. Y Tsafack 18/6/22", "J. Okoro 03/04/2024
14:20").

Initials that abbreviate something else (dosing times "T.D.S.", routes "P.O.", countries
"U.S.", "N.B.", "P.S.", degrees "M.D.") are never a person's, whatever stands before them.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.name_guards import ROLE_NOUNS
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"

# Two or three capital initials, each with its dot, closed up or one space apart; not the
# start of "A. D. Rust" (a surname after them) nor a part of a longer abbreviation.
_INITIALS = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’/-])(?P<name>\p{Lu}\p{M}*\.(?:-?\p{Lu}\p{M}*\.|[ ]\p{Lu}\p{M}*\.){1,2})"
    r"(?![\p{L}\p{N}]|[ \t]?\p{Lu}\p{Ll}|[ ]?\p{Lu}\.)"
)

# Abbreviations written as closed-up capitals with dots that name no one (dots removed):
# Latin dosing times and routes of prescriptions, countries and unions, degrees and
# post-nominals, notes of a letter, the hours, eras and the ordinary abbreviations.
_NOT_A_PERSON: Final = frozenset(
    word_list(
        """
    OD BD BID TD TDS TID QDS QID QD QH QHS QOD HS AC PC PRN STAT OM ON NOCTE MANE
    PO IV SC SL PV NG IO IT ID OU OS AU NBM NPO DNR
    US USA UK UN EU UAE USSR NY LA DC GB NZ EC EEC
    MD RN NP BSC MSC PHD MBA DDS DVM JD LLB LLM CPA MBBS
    NB PS PPS RSVP ASAP AKA ETA ETD TBA TBC FAQ OK TV
    AM PM AD BC BCE CE
    EG IE VS ST JR SR NO
    """
    )
)
# Routes a prescription also writes with dots ("given P.R.", "I.M. injection"): a
# person's initials only where no word of the sentence runs on after them.
_ROUTE_LIKE: Final = frozenset(word_list("PR IM"))

# Legal forms of companies written as initials (S.A., N.V., S.p.A. ...): after a
# capitalised word they close a company's name ("BANCO SANTANDER S.A."), not a person's.
_COMPANY_FORMS: Final = frozenset(
    word_list("SA SL NV BV AG SPA SRL SAS SARL LLC LLP PLC KK AS AB OY SC SCS CV")
)
# A number after the initials: they are its label (Argentina's "M.P." matrícula
# profesional, Romania's "C.N.P." personal numeric code), not a person.
_NUMBER_AFTER = fast_regex.compile(r"[ \t]*(?:[:#]|n[oº°]\.?)?[ \t]*\d")
# Words of agency, a role or a relation before initials alone (folded).
_AGENCY: Final = frozenset(
    word_list(
        """
    by per cc signed initialled initialed countersigned witnessed checked verified
    reviewed approved authorised authorized seen done performed administered
    """
    )
)
_RELATIONS: Final = frozenset(
    word_list(
        """
    child minor infant baby son daughter mother father wife husband partner brother
    sister parent guardian carer patient pt client resident pupil student juvenile
    witness victim complainant defendant plaintiff petitioner respondent accused
    suspect claimant applicant tenant employee caller informant subject
    """
    )
)
# Role abbreviations that sign a note in lower case or capitals ("np O.C.", "RN J.S.").
_ROLE_ABBREVIATIONS: Final = frozenset(
    word_list(
        """
    np rn rgn rmn en lpn cna hca hcsw na pa mo sho fy1 fy2 st1 st2 spr reg cons md
    dr gp pharm tech rph pt ot slp sw hv mw od ap anp cns
    """
    )
)
# A sign-off mark before initials closing a line: a dash, a slash signature or a tilde.
_SIGN_MARK = fast_regex.compile(r"(?:^|[ \t])(?:[-–—~]+|/s/|--)[ \t]*$")
# A label and its colon at the start of a field: the line's start, a tab, a pipe, two
# spaces or a sentence's end before a label of one to four words.
_LABEL = fast_regex.compile(
    r"(?:^|[\t|]|[ ]{2}|[.;][ ])[ \t]*(?P<label>\p{L}[\p{L}\p{N}/&' .-]{0,40}?)[ \t]*:[ \t]*$"
)
# The end of a field after its value: the line's end, a tab, a pipe, two spaces.
_FIELD_END = fast_regex.compile(r"[ \t]*(?:\n|$|[\t|;]|[ ]{2})")
_WORD_BEFORE = fast_regex.compile(r"(?P<word>[\p{L}\p{N}]+)[.:,]?[ \t]+$")
_JOIN_BEFORE = fast_regex.compile(r"[ \t]*(?:and|&|,|/|or|und|et|y|e|i)[ \t]*$")
_WORD_AFTER = fast_regex.compile(r"[ \t]+(?P<word>\p{Ll}+)")


def _letters(initials: str) -> str:
    return "".join(c for c in initials if c.isalpha()).upper()


def _line_end(text: str, end: int) -> bool:
    stop = text.find("\n", end)
    rest = text[end : stop if stop >= 0 else len(text)]
    return not rest.strip(" \t.,;)")


def _role_led(text: str, start: int, end: int) -> bool:
    """Initials after a role, relation or agency word, or closing a line after a sign-off
    mark, a label or a role abbreviation."""
    from app.redaction.name_forms import is_agent_noun  # noqa: PLC0415
    from app.redaction.names import is_title  # noqa: PLC0415

    line = text[text.rfind("\n", 0, start) + 1 : start]
    if _LABEL.search(line) and _FIELD_END.match(text, end):
        return True  # "Checked: K.M." the whole value of a labelled field
    closing = _line_end(text, end)
    if closing and (not line.strip() or _SIGN_MARK.search(line)):
        return True  # "— K.T." or initials alone on the last line of a note
    m = _WORD_BEFORE.search(line)
    if m is None:
        return False
    word = m.group("word").casefold()
    if word in _AGENCY or word in _RELATIONS or word in ROLE_NOUNS or is_title(word):
        return True
    if is_agent_noun(word):
        return True  # "vaccinator K.M.", "sonographer A.B."
    return closing and word in _ROLE_ABBREVIATIONS and line.strip().casefold() == word


def _after_capitalised(text: str, start: int) -> bool:
    """A capitalised word right before `start` that is no word of agency or relation."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or not m.group("word")[:1].isupper():
        return False
    return m.group("word").casefold() not in _AGENCY | _RELATIONS


def initials_alone(text: str) -> list[Span]:
    """Initials alone that stand for a person (see the module docstring)."""
    if "." not in text:
        return []
    spans: list[Span] = []
    last_end = -1
    for m in _INITIALS.finditer(text):
        start, end = m.start("name"), m.end("name")
        letters = _letters(m.group("name"))
        if letters in _NOT_A_PERSON or _NUMBER_AFTER.match(text, end):
            continue
        if letters in _COMPANY_FORMS and _after_capitalised(text, start):
            continue
        if letters in _ROUTE_LIKE:
            after = _WORD_AFTER.match(text, end)
            if after is not None and after.group("word") not in ("at", "on", "and", "or"):
                continue  # "I.M. injection": a route, not a person who acted
        joined = last_end >= 0 and _JOIN_BEFORE.fullmatch(text, last_end, start) is not None
        if joined or _role_led(text, start, end):
            spans.append(Span(start, end, KIND, "initials_alone", 0.6))
            last_end = end
    return spans


# A surname and the initial of the given name after it ("Parsons J.", "McLean J. K."):
# the British roster and register form of crews, rotas, ward boards and handovers. It
# stands as a field's value: after a field's start (a line's start, a label's colon, a
# tab, a pipe, a slash or two spaces) or a word of agency or a role, and before a field's
# end (a line's end, a bracket, a separator, a gap), so that "Vitamin D. Levels" or "see
# Appendix C. Then" closing a sentence is no name.
_SURNAME_INITIAL = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’-])(?P<name>(?P<surname>\p{Lu}[\p{Ll}'’]\p{L}[\p{L}'’]*"
    r"(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?)[ \t]\p{Lu}\.(?:[ ]?\p{Lu}\.)?)"
    r"(?=[ \t]*(?:$|[\n\t|;,/(]|[ ]{2}|[ ][-–—]))"
)
_FIELD_START = fast_regex.compile(r"(?:^|[\t|;/:]|[ ]{2})[ \t]*$")


# Words of a result or a finding that a letter follows as its class ("Positive A.").
_RESULT_WORDS: Final = frozenset(
    word_list("positive negative normal abnormal reactive nonreactive present absent high low")
)


def _no_surname(word: str) -> bool:
    """A word that is no surname before an initial: a common, designator, heading, role,
    cue or result word, or a drug ("Vitamin D.", "Review B.", "Insulin B.")."""
    from app.redaction.name_forms import _DESIGNATED, _never_a_surname  # noqa: PLC0415
    from app.redaction.name_guards import HEADING_WORDS, looks_like_drug  # noqa: PLC0415
    from app.redaction.name_neighbours import plain_word  # noqa: PLC0415
    from app.redaction.names import is_cue_word  # noqa: PLC0415

    folded = word.casefold()
    return (
        folded in _DESIGNATED
        or folded in _RESULT_WORDS
        or folded in HEADING_WORDS
        or folded in ROLE_NOUNS
        or _never_a_surname(folded)
        or plain_word(folded)
        or is_cue_word(word)
        or looks_like_drug(word)
    )


def surname_initial(text: str) -> list[Span]:
    """ "Crew: Gibson, P. / Parsons J.", "Bed 1: McLean J. (82)": a surname and its
    initial as a field's value; the surname is no common, designator or cue word."""
    if "." not in text:
        return []
    spans = []
    for m in _SURNAME_INITIAL.finditer(text):
        if any(_no_surname(w) for w in m.group("surname").split("-")):
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        led = _WORD_BEFORE.search(line)
        lead = led.group("word").casefold() if led is not None else ""
        if _FIELD_START.search(line) or lead in _AGENCY or lead in _RELATIONS:
            spans.append(Span(m.start("name"), m.end("name"), KIND, "surname_initial", 0.6))
    return spans


# A date (and a time) closing a line: where a clinical or message entry is signed.
_DATE_AT_LINE_END = fast_regex.compile(
    r"(?<![\p{L}\p{N}/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
    r"(?:[ \t,]{1,2}(?:at[ \t])?\d{1,2}[:.h]\d{2}(?:[ \t]?[AaPp][Mm])?)?[ \t.]*$",
    re.M,
)
# Initials (with or without their dots) and a surname ending right where the date starts.
_DATE_GATE = re.compile(r"\d[/.-]\d")
# Initials (with or without their dots) and a surname, either way round, ending right
# where the date starts.
_SURNAME_WORD = r"\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?"
_SIGNATURE_BEFORE = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’&/@-])(?P<name>\p{Lu}\.?(?:[ \t-]?\p{Lu}\.?)?[ \t]"
    rf"(?P<surname>{_SURNAME_WORD})|(?P<last>{_SURNAME_WORD})[ \t]\p{{Lu}}\.?(?:[ ]?\p{{Lu}}\.?)?)"
    r"[ \t]{0,2}[,–—-]?[ \t]{1,2}$"
)


def signed_and_dated(text: str) -> list[Span]:
    """An initial and a surname right before the date that closes a line ("Y Tsafack
    18/6/22", "Okoro J. 03/04/2024 14:20"); the surname is no common, designator,
    heading, role or cue word."""
    if _DATE_GATE.search(text) is None:
        return []
    spans = []
    for date in _DATE_AT_LINE_END.finditer(text):
        line_start = text.rfind("\n", 0, date.start()) + 1
        m = _SIGNATURE_BEFORE.search(text, max(line_start, date.start() - 48), date.start())
        surname = m.group("surname") or m.group("last") if m is not None else ""
        if m is None or any(_no_surname(w) for w in surname.split("-")):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, "signed_and_dated", 0.6))
    return spans


# The provider fields of HL7 v2 (ORC-12 ordering provider, OBR-16, PV1-7 attending, PV1-8
# referring, PV1-9 consulting, PV1-17 admitting, ORC-10 entered by, ORC-11 verified by,
# OBR-34 technician) and the report lines printed from them ("ORDERING: Kiss J",
# "Attending: R Okafor"): the label's word says a person fills the field.
_PROVIDER_WORDS: Final = frozenset(
    word_list(
        """
    ordering orderer attending referring referrer admitting consulting requester reporter
    authoriser authorizer verifier collector technician interpreter prescriber
    prescribing treating performer approver reviewer operator by
    """
    )
)
# "Label: Surname X" / "Label: X Surname" filling the field (Vancouver's "Surname I",
# without the dot, as laboratory and radiology systems print a clinician). Led by the
# colon, which the engine finds fast; the label is read back from it.
_PROVIDER_VALUE = fast_regex.compile(
    r"[:：][ \t]*"
    r"(?P<name>(?P<last>\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?)[ \t]\p{Lu}"
    r"|\p{Lu}[ \t](?P<surname>\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?))"
    r"(?=[ \t]*$|[ \t]{2}|\t|[ \t]*[(;|,])",
    re.M,
)
_LABEL_BEFORE = fast_regex.compile(
    r"(?:^|[ \t]{2}|\t)(?P<label>[\p{L}][\p{L} ()/.-]{0,40}?)[ \t]*\Z", re.M
)
_LABEL_WORD = fast_regex.compile(r"\p{L}+")
# A role noun, then a capital standing for the given name and a surname ("Officer A
# Rodriguez", "Consultant A Mensah"): after a noun, "A" cannot be the article. Led by
# the capital and the surname; the role is read back.
_LETTER_SURNAME = fast_regex.compile(
    r"(?<=\p{L}[ \t])(?P<name>\p{Lu}[ \t]"
    r"(?P<surname>\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?))(?![\p{L}\p{N}.'’-])"
)
_ROLE_BEFORE = fast_regex.compile(r"(?<![\p{L}\p{N}])(?P<role>\p{L}{3,})[ \t]\Z")


def provider_initial_forms(text: str) -> list[Span]:
    """A surname and an initial without its dot filling a provider field ("ORDERING: Kiss
    J"), where the label's word is a provider's (HL7 v2) or a role; and a role noun before
    an initial and a surname ("Officer A Rodriguez"). Drugs and clinical words are no
    surnames; after a role the surname is no common word either."""
    from app.redaction.name_forms import _DESIGNATED as _DESIGNATED_WORDS  # noqa: PLC0415
    from app.redaction.name_guards import clinical_phrase, looks_like_drug  # noqa: PLC0415
    from app.redaction.names import is_cue_word  # noqa: PLC0415

    spans = []
    for m in _PROVIDER_VALUE.finditer(text) if ":" in text or "：" in text else ():
        label = _LABEL_BEFORE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        words = _LABEL_WORD.findall(label.group("label").casefold()) if label else []
        if not words or not (words[-1] in _PROVIDER_WORDS or words[-1] in ROLE_NOUNS):
            continue  # ("Requested: Vitamin D" names a test; "Requested by:" a person)
        surname = m.group("last") or m.group("surname")
        folded = surname.casefold()
        if (
            folded in _DESIGNATED_WORDS
            or folded in _RESULT_WORDS
            or clinical_phrase(surname)
            or looks_like_drug(surname)
            or is_cue_word(surname)
        ):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, "provider_initial", 0.6))
    for m in _LETTER_SURNAME.finditer(text):
        role = _ROLE_BEFORE.search(text, max(0, m.start() - 32), m.start())
        if role is None or role.group("role").casefold() not in ROLE_NOUNS:
            continue
        if _no_surname(m.group("surname")):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, "role_initial_surname", 0.6))
    return spans
