"""Role, kinship and greeting words that stand before a name without being part of it
("Kollegin Huhn", "Sonen Jamie", "RN Kevin M.", "Tisztelt Kovács"), beyond the cue words
of `names.py`: a person finding that opens with one loses it, so the word stays readable.

Only words that are no given name or family name are listed ("Guest", "Parent",
"Neveu", "Nieto", "Bruder" and "Sohn" are surnames too and stay out), and a word in
capitals is none (a form's "Nom : NEVEU" is a surname); the capitals of `ROLE_CAPITALS`
are role abbreviations of clinical and police records, matched as written.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span
from app.redaction.transcript_roles import is_transcript_role
from app.redaction.wordtrie import word_list

ROLE_WORDS: Final = frozenset(
    word_list(
        """
    kollegin kollege kollegen schwiegertochter schwiegersohn schwiegermutter schwiegervater
    tochter mutter ehefrau ehemann enkelin schwester neffe nichte
    sachbearbeiter sachbearbeiterin oberarzt oberärztin assistenzarzt assistenzärztin
    stationsarzt stationsärztin betreuer betreuerin pflegekraft patienten herrn
    medewerker medewerkster collega dochter zoon moeder echtgenote echtgenoot
    sonen dottern hustrun maken frun mamma pappa barnbarn
    hija hijo esposa esposo madre enfermera enfermero
    figlia figlio moglie marito nipote
    fille fils épouse époux petite-fille petit-fils nièce consœur confrère
    niece nephew grandson granddaughter stepson stepdaughter interpreter prescriber
    participant originator operator paramedic
    nachbar nachbarin patientin onkel tante opa zeuge zeugin grannen grannens datter søn
    zus pasażer pasażerka gydytojas gydytoja residente
    passenger defendant employer landlord landlady tenant
    kedves tisztelt hyvä
    оператор пациент пациентка врач дочь сын жена муж ოპერატორი
    """
    )
)
# Role abbreviations before a name, as written: registered nurse, nurse practitioner,
# occupational therapist, police constable, German Oberarzt; "VG" closes a German e-mail.
ROLE_CAPITALS: Final = frozenset({"RN", "NP", "OT", "PC", "OA", "VG", "LG"})


# Possessives that open a role before a name ("Su hijo Catalina", "Ihr Nachbar Jan Roth",
# "Sa fille Alain"): dropped with the role word after them, never alone ("Su Li", "Ma Lin").
_POSSESSIVES: Final = frozenset(
    word_list("su sus sa son ses ihr ihre seine sein meine mein mi ma mon sua seu jeho její")
)


def is_role_word(word: str) -> bool:
    """Whether `word` (a title's dot or a colon allowed) is a role or kinship word."""
    bare = word.strip().rstrip(".:,")
    if bare in ROLE_CAPITALS:
        return True
    return not bare.isupper() and bare.casefold() in ROLE_WORDS


_LEADING_WORD = re.compile(r"[^\W\d_]+\.?[ \t]*")


def without_leading_roles(text: str, spans: list[Span]) -> list[Span]:
    """Person findings lose the role words they open with ("Kollegin Huhn"); a finding of
    role words alone is dropped. Run on the last findings too (other mentions, the parts
    of a "Last, First" name), which the guards before never saw."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        if span.kind == "PERSON":
            while m := _LEADING_WORD.match(text, start, span.end):
                if is_role_word(m.group()):
                    start = m.end()
                elif is_transcript_role(m.group().strip()) and (
                    # a word of its own ("justice.musah" is a handle), or the whole finding
                    m.group()[-1] in " \t" or m.end() == span.end
                ):
                    start = m.end()  # "Svědkyně Ilona Brož", and its "SVĚDKYNĚ:" again
                elif (
                    m.group().strip().casefold() in _POSSESSIVES
                    and (role := _LEADING_WORD.match(text, m.end(), span.end))
                    and is_role_word(role.group())
                ):
                    start = role.end()
                else:
                    break
            if not text[start : span.end].strip():
                continue
        out.append(span if start == span.start else span.moved(start, span.end))
    return out
