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

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

_LABELS: Final = frozenset(
    w.replace("_", " ")
    for w in word_list(
        """
        diagnosis diagnoses diagnose diagnosen diagnostic diagnóstico diagnostico diagnosi
        diagnoza dijagnoza diagnóza diagnoos diagnoosi diagnos diagnózis tanı teşhis
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


def in_case_field(text: str, span: Span) -> bool:
    """Whether `span` lies in the value of a field that says what a case is about (see
    above), with no capitalised given name in that value."""
    line = text.rfind("\n", 0, span.start) + 1
    m = _LABEL.match(text, line, span.start)
    if m is None or "\n" in text[span.start : span.end]:
        return False
    head = m.group(1).casefold()
    if head not in _LABELS and head not in _FREE_LABELS:
        return False
    if head in _FREE_LABELS and not text[span.start : span.end].islower():
        return False
    value_end = text.find("\n", m.end())
    value = text[m.end() : len(text) if value_end < 0 else value_end]
    return not _capitalised_given(value)


def _capitalised_given(value: str) -> bool:
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - names import guards

    return any(w[0].isupper() and is_given_name(w.casefold()) for w in _WORD.findall(value))
