"""The value of a form's field that says what a case is about, not who: a diagnosis, a
treatment, a reason, a measure taken, a vaccine, a job's function, an application's type,
an assessment, an offence ("Dijagnoza: akutni bronhitis", "Tedavi: amoksisilin
klavulanat", "Maßnahme: Karte gesperrt", "Funktion: Pflegefachfrau HF").

spaCy's English model reads such values in other languages as a person or a place (it
has never seen "bronhitis" or "Therapie"), and the unknown-word rule reads a brand
("Comirnaty") as a surname. The field's label says what the value is: a finding made from
the word itself (spaCy, the unknown-word rule, the given-name list) that lies in such a
value is no one, unless a capitalised given name stands in it (in a free-text field, a
reason, only a finding in lower case is dropped). A name found by a cue (a
title, a role, a name field) stays masked wherever it stands, and so does every other
identifier of the line.

The labels are the field words of clinical, insurance, bank and police forms in the
languages of the redactor's other word lists; a label may run on after its word
("Behandlung am 12. Januar 2026:").
"""

from __future__ import annotations

from typing import Any, Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

_LABELS: Final = frozenset(
    w.replace("_", " ")
    for w in word_list(
        """
        diagnosis diagnoses diagnose diagnosen diagnostic diagnóstico diagnostico diagnosi
        diagnoza dijagnoza diagnóza diagnoos diagnoosi diagnos diagnózis tanı teşhis
        diaqnoz diagnoze diagnozė juicio_clínico
        chẩn_đoán التشخيص диагноз діагноз
        treatment therapy therapie behandlung traitement tratamiento tratamento trattamento
        terapia terapie terapija liječenje leczenie behandeling tedavi ravi hoito kezelés
        điều_trị العلاج лечение
        maßnahme massnahme maßnahmen mesure medida misura maatregel
        vaccine impfstoff vaccin vacuna vacina vaccino szczepionka cjepivo oltóanyag
        rokote aşı
        funktion function beruf occupation profession
        hakemus antrag
        assessment bewertung évaluation التقييم
        fapta offence offense delikt tatbestand infraction
        procedure eingriff
        """
    )
)
# Fields whose value is free text (a reason may name the one it is about: "Reason: death
# of ..."): only a finding all in lower case is dropped there ("kardioloogi
# konsultatsioon"); every cased orthography writes a name with a capital.
_FREE_LABELS: Final = frozenset(
    w.replace("_", " ")
    for w in word_list("reason grund motif motivo razlog põhjus syy sebep lý_do السبب причина")
)
_ALL_LABELS: Final = _LABELS | _FREE_LABELS
# The label: a line's first word or two (letters only), alone or with a tail that opens
# with a preposition ("Reason for referral:", "Behandlung am 12. Januar 2026:"; not
# "Treatment supporter:", a person's role), then its colon (not a URL's "://").
_TAIL_WORDS: Final = (
    "for|of|on|at|to|am|vom|bei|zur|zum|von|de|du|des|del|da|do|di|en|na|w|z|med|av|ve|için"
)
_LABEL = fast_regex.compile(
    r"[ \t]*([^\W\d_]+(?:[ ][^\W\d_]+)?)"
    rf"(?:[ ](?i:{_TAIL_WORDS})[ ][^\n:]{{1,40}})?[ \t]*:(?!//)"
)
_WORD = fast_regex.compile(r"[^\W\d_][\w'’-]*")
# Another field's label on the line, between the case field's label and the finding.
_NEXT_LABEL = fast_regex.compile(r"[^\W\d_][ \t]?:(?!//)")


def in_case_field(text: str, span: Span) -> bool:
    """Whether `span` lies in the value of a field that says what a case is about (see
    above), with no capitalised given name in that value."""
    line = text.rfind("\n", 0, span.start) + 1
    if "\n" in text[span.start : span.end]:
        return False
    m = _LABEL.match(text, line, span.start)
    if m is None or m.group(1).casefold() not in _ALL_LABELS:
        m = _label_in_sentence(text, line, span)
        if m is None or _SENTENCE_END.search(text, m.end(), span.end):
            return False  # a field inside prose ends with its sentence
    head = m.group(1).casefold()
    if head not in _LABELS and head not in _FREE_LABELS:
        return False
    if _NEXT_LABEL.search(text, m.end(), span.start):
        return False  # "Diagnoz: … Tarix: … Həkim: Name": the finding is another field's
    if head in _FREE_LABELS and not text[span.start : span.end].islower():
        return False
    value_end = text.find("\n", m.end())
    value = text[m.end() : len(text) if value_end < 0 else value_end]
    return not _capitalised_given(value)


def _capitalised_given(value: str) -> bool:
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - names import guards

    return any(w[0].isupper() and is_given_name(w.casefold()) for w in _WORD.findall(value))


# A sentence's end inside a line: a field may open a sentence of a note written as prose
# ("Stacionēts 27.11.2025. Diagnoze: akūts apendicīts. Ārsts: …").
_SENTENCE_END = fast_regex.compile(r"[.;!?][ \t]+")
_SENTENCE_ENDS: Final = (". ", "; ", "! ", "? ")
_SENTENCE_REACH: Final = 80


def _label_in_sentence(text: str, line: int, span: Span) -> Any:
    """The label that opens the sentence `span` starts in, on its line."""
    # A label and its value stand just before the finding; a paragraph may be one long line,
    # so only that stretch is searched, and only where a colon stands in it.
    lo = max(line, span.start - _SENTENCE_REACH)
    if text.find(":", lo, span.start) < 0:
        return None
    cut = max(text.rfind(end, lo, span.start) for end in _SENTENCE_ENDS)
    return None if cut < 0 else _LABEL.match(text, cut + 2, span.start)
