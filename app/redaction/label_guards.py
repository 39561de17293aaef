"""What a form's layout says is no person: the label of a "Label: value" line and the
title on a document's first line. spaCy and the unknown-word rule read both as names
("Lähettävä lääkäri: …", "Landlord: …", "KARTA INFORMACYJNA LECZENIA SZPITALNEGO");
`name_guards.not_a_person` asks these for findings made from the word itself.

A given name in the finding keeps it a person ("Anna: hi" in a chat, "ANNA NOWAK" as a
letter's first line); so does a reporting verb before the colon ("Okafor wrote:": the
reporting-subject rule's words), as does any finding a cue, a title or a field found.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

# A label's head and up to three lower-case words of it, a colon (French spacing too) and
# a value on the same line: the "Key: value" line of forms in every language ("Lähettävä
# lääkäri: …", "Телефон для справок: …", "Diagnóstico principal: …"), or a number's
# abbreviation ("Kimlik No: …", "Fall Nr.: …"). ISO/IEC 19773 and the forms of every
# registry write a field so; a name is no label.
_LABEL_TAIL = fast_regex.compile(
    r"(?P<words>(?:[ \t]{1,2}(?:\p{Ll}[\p{L}\p{Mn}'’-]*|No\.?|Nr\.?|N[º°]))"
    r"{1,3})[ \t]?:(?!//)[ \t]*[^\s:]"
)
# Words after a name that make "Name verb:" a report, not a label ("Okafor wrote: …"; the
# reporting-subject rule reads the same verbs), a list of names or a citation ("et al").
# The reporting verbs; name_forms' reporting-subject rule ("Rojas faxed notes") reads them
# too (this module imports no name module, so both can import it).
REPORTING_VERBS: Final = word_list(
    """
    faxed said says reported reports wrote writes called phoned rang emailed texted
    confirmed noted asked requested explained stated states mentioned advised replied
    responded agreed declined denied complained sent signed witnessed disclosed alleged
    """
)
_LINKS: Final = word_list("and or to from via with at for et al")  # a list or a citation
_REPORTING: Final = frozenset((*REPORTING_VERBS, *_LINKS))
# A word of a label or a title: letters, marks, apostrophes, dots and hyphens.
LABEL_WORD = fast_regex.compile(r"[\p{L}][\p{L}\p{Mn}'’.-]*")


def _line_start(text: str, start: int) -> bool:
    """Only blanks stand between the line's start and `start`."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(" \t")


def _field_start(text: str, start: int) -> bool:
    """`start` opens its line or a column after a gap of three blanks or a tab, as forms lay
    fields side by side ("Hasta: …   T.C. Kimlik No: …")."""
    before = text[max(0, start - 3) : start]
    return _line_start(text, start) or before == "   " or before.endswith("\t")


def any_given(words: list[str]) -> bool:
    """A word of `words` (its edge punctuation trimmed) is a given name."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    return any(is_given_name(w.strip(".'’-").casefold()) for w in words)


def label_head(text: str, span: Span) -> bool:
    """The finding opens its line (or a column) and a colon with a value follows it, with
    one to three lower-case words (or "No", "Nr") between ("Lähettävä lääkäri: …",
    "Anschrift während des Urlaubs: …"), and no word of it is a given name: a form's
    label. Not after a reporting verb ("Okafor wrote: …"); a word right before the colon
    may be a chat's speaker ("Kowalczyk: dzień dobry"), so it stays. A German label of an
    adjective and its noun is one too (`_adjective_label`)."""
    if not _field_start(text, span.start):
        return False
    if _adjective_label(text, span):
        return True
    m = _LABEL_TAIL.match(text, span.end)
    if m is None:
        return False
    between = [w.casefold() for w in m.group("words").split()]
    if any(w in _REPORTING for w in between):
        return False
    return not any_given(LABEL_WORD.findall(text[span.start : span.end]))


# A German form's label: an inflected participle or adjective and the capitalised noun it
# qualifies, then a colon and a value ("Versicherte Person: …", "Behandelnde Ärztin: …",
# "Nächste Vorsorge: …"). German capitalises every noun, so the label looks like a name of
# two words; the adjective's ending (-ene, -nde, -ige, -liche, -ische, -ste, or -te on a
# long participle: "Versicherte"; "Schulte" is a surname), in lower case after one
# capital, is no surname's and no given name's.
_ADJECTIVE_LABEL = fast_regex.compile(
    r"(?P<label>\p{Lu}(?:\p{Ll}{6,}te|\p{Ll}{2,}(?:ene|nde|ige|liche|ische|ste))"
    r"(?:[ \t]\p{Lu}[\p{L}\p{Mn}-]*){1,2})[ \t]?:(?!//)[ \t]*[^\s:]"
)


def _adjective_label(text: str, span: Span) -> bool:
    """The finding lies in a German label of an adjective and its noun before a colon and
    a value, and no word of the label is a given name."""
    m = _ADJECTIVE_LABEL.match(text, span.start)
    if m is None or span.end > m.end("label"):
        return False
    return not any_given(LABEL_WORD.findall(m.group("label")))


_MIN_TITLE_WORDS = 2
# Three words in capitals and no given name open a document as its title; a name of two
# ("OKAFOR ADEYEMI" over an address) is as likely, so two words need a document word.
_PLAIN_TITLE_WORDS = 3


def title_line(text: str, span: Span) -> bool:
    """The finding opens the document's first line and no word of it is a given name, and
    either its line (to a column gap, a dash or a bracket) is in capitals of two words or
    more ("IMMUNISATION RECORD", "KARTA INFORMACYJNA LECZENIA SZPITALNEGO", "ΙΑΤΡΙΚΗ
    ΓΝΩΜΑΤΕΥΣΗ", "INFORME DE ALTA HOSPITALARIA"), or lower-case words follow it to the
    line's end or a dash ("Wniosek o urlop wypoczynkowy", "Направлення на консультацію",
    "Odontogram notes —"): a document's title, as letters and forms open. A name stands
    alone or before a name. Any word of a first-line title that names a document
    (`document_title`) is no name either."""
    if document_title(text, span):
        return True  # any word of a title that names a document ("Wniosek o urlop …")
    if caps_title(text, span):
        return True  # "SØKNAD OM GRAVFERDSSTØNAD": "Om" is a given name too
    if text[: span.start].strip():
        return False
    words = LABEL_WORD.findall(text[span.start : span.end])
    if not words or any_given(without_connectors(words)):
        return False
    eol = text.find("\n", span.end)
    rest = text[span.end : eol if eol >= 0 else len(text)]
    if (after := _TITLE_WORDS_AFTER.fullmatch(rest)) and not any(
        w.casefold() in _REPORTING for w in after.group("words").split()
    ):
        return True  # "Okafor wrote" opens a message, not a title
    cut = _TITLE_END.search(rest)
    line = LABEL_WORD.findall(text[span.start : span.end + (cut.start() if cut else len(rest))])
    if len(line) < _MIN_TITLE_WORDS or not all(w.isupper() for w in line):
        return False
    if any_given(without_connectors(line)):
        return False
    return len(line) >= _PLAIN_TITLE_WORDS or any(_document_word(w) or title_noun(w) for w in line)


def caps_title(text: str, span: Span) -> bool:
    """The finding opens the title on the document's first line (to a column gap, a dash
    or a bracket), or opens at a short word of it, and the title is three words in
    capitals or more, one of them long, with no given name but a short word between two
    others ("ESTRATTO PER RIASSUNTO DELL'ATTO", "KENDELSE OM INDGREB": the prepositions
    "per" and "om" are given names too)."""
    first = len(text) - len(text.lstrip())
    if span.start < first:
        return False
    eol = text.find("\n", first)
    line = text[: eol if eol >= 0 else len(text)]
    cut = _TITLE_END.search(line, first)
    if span.end > (cut.start() if cut else len(line.rstrip())):
        return False  # past the title, or on a later line
    words = LABEL_WORD.findall(line[first : cut.start() if cut else len(line)])
    if len(words) < _PLAIN_TITLE_WORDS or not all(w.isupper() for w in words):
        return False
    plain = _without_inner_short(without_connectors(words))
    if any_given(plain) or not any_given(without_connectors(words)):
        return False  # a given name, or none for `title_line`'s own test
    # the finding opens the title or its short word: a surname later in a title stays
    opening = LABEL_WORD.match(text, span.start)
    return span.start == first or (
        opening is not None and len(opening.group()) <= _SHORT_WORD and any_given([opening.group()])
    )


# Where a title line's words end: a column gap, a spaced dash or slash, a bracket.
_TITLE_END = fast_regex.compile(r"[ \t]{2}|\t|[ \t][-–—/(]")
# Function words inside titles of Romance, Germanic and Slavic languages ("INFORME DE
# ALTA", "LETTERA DI DIMISSIONE", "BILET DE IEȘIRE DIN SPITAL", "SKIEROWANIE NA BADANIE",
# "ANTRAG AUF KUR IM AUSLAND") that the name dictionary lists too.
_CONNECTORS: Final = frozenset(
    word_list("de di da do du des del della dei la le el y e et din cu na po the in on zu im am")
)


# A title in capitals holds a long word ("GRAVFERDSSTØNAD", "RIASSUNTO"); the syllables of
# a romanised name in capitals ("ZHANG LI HUA") are shorter.
_LONG_TITLE_WORD = 8
_SHORT_WORD = 3


def _without_inner_short(words: list[str]) -> list[str]:
    """`words` without the short ones between two others when one word is long: the
    prepositions of titles in other languages that are given names in the dictionary too
    ("SØKNAD OM GRAVFERDSSTØNAD", "ESTRATTO PER RIASSUNTO": "Om", "Per")."""
    if not any(len(w) >= _LONG_TITLE_WORD for w in words):
        return words
    last = len(words) - 1
    return [
        w for i, w in enumerate(words) if not (0 < i < last and len(w.strip(".'’-")) <= _SHORT_WORD)
    ]


def without_connectors(words: list[str]) -> list[str]:
    """`words` without the function words titles share with the name dictionary."""
    return [w for w in words if w.strip(".'’-").casefold() not in _CONNECTORS]


# Lower-case words of a title after its first word, to the line's end or to a dash or a
# column gap with anything after it ("o urlop wypoczynkowy", "notes — Karimi, Z.").
_TITLE_WORDS_AFTER = fast_regex.compile(
    r"(?P<words>(?:[ \t]\p{Ll}[\p{L}\p{Mn}'’-]*)+)[ \t]*(?:(?:[ \t][-–—]|[ \t]{2}|\t)[^\n]*)?"
)


# Most words a document's title on line 1 holds: a title names a form, not a story.
_MAX_TITLE_WORDS = 6
# Nouns that name a document or a sitting in the languages of the forms read here: a title
# holds one ("Geburtsanzeige", "Wypis", "Informe", "Rapport", "Sprechstunde").
_TITLE_NOUNS: Final = frozenset(
    word_list(
        """
    report record form request summary sheet log note notes slip card certificate letter
    statement application notice protocol handover
    protokoll befund antrag bericht bescheid anzeige meldung formular bogen schein vermerk
    nachweis bescheinigung übergabe sprechstunde beschluss dokumentation epikrise abschrift
    auszug mitteilung
    informe nota guía guia ficha hoja solicitud resumen certificado receta denuncia
    rapport compte demande ordonnance fiche déclaration
    wypis skierowanie zaświadczenie karta zapis wniosek
    journal journalnotat anmälan ansökan utdrag aanvraag afschrift melding overdracht
    verslag lettera richiesta referto modulo surat catatan rujukan borang ringkasan
    выписка заявление справка запись уведомление дневник довідка заява
    alta resumo consulta evolución evolução remisión historia cahier observation examen
    séjour bulletin paie dimissione ricetta impegnativa contratto henvisning badanie
    informacyjna наблюдения эпикриз выписной осмотр registration assessment admission
    intake claim invoice receipt enrolment enrollment onboarding diligence agreement
    hospitalaria hospitalar médica médico clínica clínico
    consent consult igazolás notu zgłoszenie proces-verbal
    notatka zpráva správa žádost potvrzení γνωμάτευση γνωματευση βεβαίωση βεβαιωση
    καταγγελία καταγγελια certificat attestation atestado boletim inscripción ladung
    vernehmung verwijzing giấy arayış arayiş rapor tutanak dilekçe raport cerere
    """
    )
)
# Ends of compound nouns that name a document or an office ("Einsatzprotokoll",
# "Widerspruchsbescheid", "Skadeanmälan", "Verlofaanvraag", "Standesamt", "Frühdienst").
_TITLE_TAIL = fast_regex.compile(
    r"(?:protokoll|bericht|befund|antrag|bescheid|anzeige|meldung|formular|bogen|schein|"
    r"vermerk|nachweis|bescheinigung|auskunft|verdacht|journal|anmälan|ansökan|utdrag|"
    r"aanvraag|afschrift|dossier|amt|gericht|dienst|brief|notiz|eintrag)$"
)
_MIN_COMPOUND = 8


# An elided article glued to a title's word ("D'OBSERVATION", "l'examen").
_ELISION = fast_regex.compile(r"^(?i:[dl])['’]")


def title_noun(word: str) -> bool:
    """`word` is a document's noun (a report, a request, a certificate), as titles use it."""
    folded = _ELISION.sub("", word.strip(".'’-")).casefold()
    if folded in _TITLE_NOUNS:
        return True
    return len(folded) >= _MIN_COMPOUND and _TITLE_TAIL.search(folded) is not None


def document_title(text: str, span: Span) -> bool:
    """The finding lies in the title that opens the document's first line (to the line's
    end, a column gap, a spaced dash or a bracket), the title names a document
    ("Geburtsanzeige Standesamt", "DISCHARGE SUMMARY", "Leave Request Form"), and each of
    its other words is a document word or lower-case ("Wniosek o urlop"): a heading, not a
    name. No word is a given name; a surname beside a title noun ("Befund Okafor") is no
    document word, so that title stays masked."""
    first = len(text) - len(text.lstrip())
    eol = text.find("\n", first)
    line = text[: eol if eol >= 0 else len(text)]
    cut = _TITLE_END.search(line, first)
    title_end = cut.start() if cut else len(line.rstrip())
    if span.end > title_end:
        return False  # past the title, or on a later line
    return title_part(line[first:title_end])


def title_part(value: str) -> bool:
    """`value` names a document (`document_title`'s test of the words of a title part)."""
    words = without_connectors(LABEL_WORD.findall(value))
    if not 0 < len(words) <= _MAX_TITLE_WORDS:
        return False
    # a title noun that is also a given name ("GUÍA", "Alta") is the title's, not a name,
    # beside another word of the title only: "Alta," alone opens a letter to her
    if any_given([w for w in words if not title_noun(w)]) or (len(words) == 1 and any_given(words)):
        return False
    if not any(title_noun(w) or _document_word(w) for w in words):
        return False
    return all(title_noun(w) or _document_word(w) or w.islower() for w in words)


def _document_word(word: str) -> bool:
    """A heading, role, clinical or other-language document word ("RECORD", "PACJENTA")."""
    from app.redaction.clinical_words import clinical_word  # noqa: PLC0415
    from app.redaction.name_guards import (  # noqa: PLC0415
        HEADING_WORDS,
        ROLE_NOUNS,
        other_language_word,
    )

    bare = word.strip(".'’-")
    folded = bare.casefold()
    return (
        folded in HEADING_WORDS
        or folded in ROLE_NOUNS
        or other_language_word(bare)
        or clinical_word(bare)
    )


_COLON_GAP = fast_regex.compile(r"[ \t]?:[ \t]{1,3}")


def role_before_name(text: str, span: Span, persons: dict[int, Span]) -> bool:
    """One word opening its line, no given name, right before a colon and a person finding
    of two words or more with a given name in it ("Landlord: Jan Nowak", "Cuidadora: Ana
    Ruiz López"): the role the form asks the name for, as the word before a colon is in
    the unknown-word rule (`given_names.find_given_names`). `persons` maps the start of
    every other person finding to it. A word that opens another line before a colon too
    is a chat's speaker and stays ("Kowalczyk: Anna Nowak is here … Kowalczyk: ok")."""
    value = text[span.start : span.end]
    if len(LABEL_WORD.findall(value)) != 1 or not _line_start(text, span.start):
        return False
    gap = _COLON_GAP.match(text, span.end)
    after = persons.get(gap.end()) if gap else None
    if after is None or any_given([value]):
        return False
    if _speaker_again(text, span, value):
        return False  # "Kowalczyk:" opens another line too: a chat's speaker, not a label
    words = LABEL_WORD.findall(text[after.start : after.end])
    return len(words) >= _MIN_TITLE_WORDS and any_given(words)


def _speaker_again(text: str, span: Span, value: str) -> bool:
    """`value` opens another line of `text` before a colon."""
    pos = text.find(value)
    while pos >= 0:
        opens = pos != span.start and _line_start(text, pos)
        if opens and _COLON_GAP.match(text, pos + len(value)):
            return True
        pos = text.find(value, pos + 1)
    return False
