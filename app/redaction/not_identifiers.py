"""Findings that name no one: the labels, units, lab names and codes that the NER model
and the pattern rules read as a person, a place or a licence.

A form's label ("Geburtsdatum:", "Télécopie", "Postleitzahl", "Alter 54", "Tel"), a word
for years ("tahun", "jaar geleden", "vor 92 Jahren"), a lab or vital sign glued to its
number ("SpO2", "pT3", "HbA1c"), a diagnosis or staging code ("E11.9", "T2 N0 M0") and a
software version ("version 2.9.44") are what the document is about, not who. Each guard
is a class of word or shape; each drops a finding only when every word of it is of that
class, so a name beside a label stays masked. The identifier the label announces is
found by its own rule (record numbers, phones, dates, ages) and stays masked.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final

from app.redaction import fast_regex
from app.redaction.bank_codes import bank_code
from app.redaction.clinical_marks import clinical_marks
from app.redaction.clock_times import clock_time_only, without_clock_time
from app.redaction.config_keys import config_key
from app.redaction.dicom_tags import dicom_tag_number
from app.redaction.form_label_words import FORM_LABEL_WORDS
from app.redaction.header_rows import in_header_row
from app.redaction.label_guards import document_title
from app.redaction.letterless_findings import letterless_finding
from app.redaction.mail_headers import message_id_host, message_id_serial, relay_host
from app.redaction.place_guards import dotted_abbreviation
from app.redaction.record_codes import record_codes
from app.redaction.record_numbers import WORDS as IDENTIFIER_WORDS
from app.redaction.role_mailboxes import role_mailbox
from app.redaction.spans import WORD_KINDS, Span
from app.redaction.standard_uris import in_system_value
from app.redaction.wordtrie import word_list
from app.redaction.x12_claim_places import claim_place_code
from app.redaction.x12_versions import x12_version_code

# Kinds the NER model and the name rules give: a label read as one of these is dropped.
# A name after a title ("Dr Flag") is a name whatever the word is.
_KEEP_RULES: Final = frozenset({"name_after_title"})

# Labels of forms and contact blocks, and lab and vital-sign names, in the languages the
# recognizers read: a label only with its value after it ("Postleitzahl: 10115", "Hb 95").
_LABELS: Final = frozenset(
    word_list(
        """
    age alter lebensalter edad idade eta età wiek leeftijd vek věk vârsta alder ålder
    ikä életkor umur usia yaş yaşı ηλικία возраст
    tel tél tlf tfn telefon telefono teléfono telefone téléphone telephone telefoon
    phone fon fax telefax télécopie mobil handy cell móvil cellulare celular portable
    gsm τηλ τηλέφωνο email e-mail
    geburtsdatum geburtstag geboren geb geburtsort postleitzahl plz anschrift adresse
    wohnort hausnummer nachname vorname name datum fecha dátum naissance nascimento
    nacimiento nascita urodzenia doğum d.o.b dob geschlecht sexe sexo sesso płeć
    code postal código cap cep postcode postnummer postinumero irányítószám reg lot
    number numero número numéro nummer numer nomor číslo szám numara pratica cartão
    flag note notes status result
    """
    )
)
# Lab tests, vital signs and clinical scales, written before their value ("Hb 95 g/L").
_LAB_NAMES: Final = frozenset(
    word_list(
        """
    hb hgb hba1c spo2 sao2 ph inr crp esr wbc rbc plt mcv bnp tsh egfr alt ast ggt ldh
    fev1 fvc bmi bp hr rr gcs asa nyha ecog psa ldl hdl
    """
    )
)
# Words for years, and the words around them that make a span of time ("92 jaar
# geleden", "vor 92 Jahren", "il y a 92 ans", "92 lat temu", "92 tahun"): never a name.
_UNITS: Final = frozenset(
    word_list(
        """
    years year yrs jahre jahren jahr jhr j ans années años anos anni anno jaar jr lat
    lata let rokov roků år vuotta ani tahun taon godina godine sana l
    ago geleden temu fa vor seit il y hace há acum lebensjahr lebensjahres
    """
    )
)
# A compound label: a word that ends in a word for number, date, code or place
# ("Kundennummer", "Geburtsdatum", "Postleitzahl", "burgerservicenummer").
_LABEL_TAIL = fast_regex.compile(
    r"(?:nummer|number|numer|numero|nr|datum|zahl|adresse|kennzeichen|ausweis|"
    r"schein|kodas|cislo|szam|tunnus)$"
)
# A label stands before its value: a colon, an equals sign, a bar or a number after it;
# after a word that is also a given name, only a number will do ("Alter 54", "Reg: 123").
_VALUE_AFTER = fast_regex.compile(r"[ \t]*(?:[:：=|#]|[(\[]?[-+]?\d)")
_NUMBER_AFTER = fast_regex.compile(
    r"[ \t]*(?:(?i:n[º°o]?|nr|no|num|id)\.?[ \t]*)?[:：=|#]?[ \t]*[–-]?[ \t]*[(\[]?"
    r"(?:[-+]?\d|[A-Z]{1,3}[-/ ]?\d)"
)
# Small words inside a label ("número de pasaporte", "pratica n.", "conta nº").
_GLUE: Final = frozenset(word_list("de di da do del della of the n no nº n° nr num id op e y"))
_WORD = fast_regex.compile(r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?")


# The same few words are folded for every finding: fold each once per process.
@functools.lru_cache(maxsize=4096)
def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_IDENTIFIER_LABELS: Final = frozenset(
    _fold(part) for w in IDENTIFIER_WORDS for part in w.split("-") if len(part) >= 2
)
_LABELS_FOLDED: Final = (
    frozenset(_fold(w) for w in _LABELS | _LAB_NAMES | FORM_LABEL_WORDS) | _IDENTIFIER_LABELS
)
_UNITS_FOLDED: Final = frozenset(_fold(w) for w in _UNITS)


def _label_word(word: str) -> bool:
    folded = _fold(word).rstrip(".")
    return folded in _LABELS_FOLDED or (len(folded) >= 7 and bool(_LABEL_TAIL.search(folded)))


def _glue_word(word: str) -> bool:
    return word.casefold().rstrip(".") in _GLUE or _fold(word).rstrip(".") in _GLUE


def _unit_word(word: str) -> bool:
    return _fold(word).rstrip(".") in _UNITS_FOLDED


_CUED_RULES: Final = frozenset({"name_after_role_word", "name_after_title"})
_DIGIT_BEFORE = fast_regex.compile(r"\d[ \t]{0,3}\Z")


def label_only(text: str, span: Span) -> bool:
    """Every word of a person or place finding is a label, a unit or a lab name
    ("Geburtsdatum:", "Télécopie:", "jaar geleden", "Hb 95"). A label counts only with
    its value after it; a word that is also a given name ("Alter", "Reg") only with a
    number after it ("Alter 54", not "Reg: hi" in a chat)."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - no cycle

    if span.kind not in WORD_KINDS or span.rule in _KEEP_RULES:
        return False
    words = _WORD.findall(text, span.start, span.end)
    if not words or any(c.isdigit() for c in text[span.start : span.end]):
        return False  # a number inside: see `_number_then_unit`
    if all(_unit_word(w) for w in words):
        # a lone unit that is also a given name, found after the cue that says a name
        # follows, counts only after its number ("92 ani", not "Hola Ani,": Romanian
        # "ani" is years, Armenian "Ani" a woman's name; "Il medico" stays an article)
        lone_name = (
            len(words) == 1 and span.rule in _CUED_RULES and is_given_name(words[0].rstrip("."))
        )
        return not lone_name or bool(_DIGIT_BEFORE.search(text, max(0, span.start - 6), span.start))
    if not all(_unit_word(w) or _label_word(w) or _glue_word(w) for w in words):
        return False
    if all(_glue_word(w) for w in words):
        return False  # "Di", "De": particles of names too
    if _NUMBER_AFTER.match(text, span.end):
        return True  # "Alter 54", "PASSPORT NUMBER X1234567", "Lot=39109771"
    weak = any(is_given_name(w.rstrip(".")) or len(w.rstrip(".")) <= 3 for w in words)
    if weak:
        return False  # "Reg: hi", "Chi:": a chat's speaker
    tail = _fold(words[-1]).rstrip(".")
    compound = len(tail) >= 7 and _LABEL_TAIL.search(tail) is not None
    return compound or _VALUE_AFTER.match(text, span.end) is not None


# A value, or a grade in Roman numerals ("ASA II", "NYHA III").
_MEASURED_VALUE = fast_regex.compile(
    r"[<>≤≥~]?[\d.,/+%-]*\d[\d.,/+%-]*[%\p{L}/µ]{0,6}|I{1,3}|IV|VI{0,3}[.,;]?"
)
# A score written as a sum of grades after a word: "Gleason 3+4".
_SCORE_SUM_AFTER = fast_regex.compile(r"[ \t]{1,2}\d[ \t]?\+[ \t]?\d(?!\d)")


def lab_value(text: str, span: Span) -> bool:
    """A lab or vital-sign name with its value ("HbA1c 7.2%", "Hb 95 g/L"), or a word
    before a score written as a sum ("Gleason 3+4"), read as a person or a place."""
    from app.redaction.name_guards import CONTENT_RULES  # noqa: PLC0415 - no cycle

    if span.kind not in WORD_KINDS or span.rule in _KEEP_RULES:
        return False
    tokens = text[span.start : span.end].split()
    if (
        len(tokens) >= 2
        and _fold(tokens[0]).rstrip(".:") in _LAB_NAMES  # not "Tel. 089/…": a phone
        and all(_MEASURED_VALUE.fullmatch(t) for t in tokens[1:])
    ):
        return True
    return (
        len(tokens) == 1
        and span.rule in CONTENT_RULES
        and _SCORE_SUM_AFTER.match(text, span.end) is not None
    )


def glued_to_number(text: str, span: Span) -> bool:
    """A short word finding glued to a digit or letters ("SpO" of "SpO2", "pT" of "pT3",
    "v" of "v3.2"): a piece of a lab name or a code, not a name."""
    if span.kind not in WORD_KINDS or span.rule in _KEEP_RULES:
        return False
    value = text[span.start : span.end]
    letters = sum(c.isalpha() for c in value)
    glued_after = span.end < len(text) and text[span.end].isdigit()
    return 0 < letters <= 3 and value.isalpha() and glued_after


def _without_glued_tail(text: str, span: Span) -> Span:
    """A word finding of several words whose last piece is glued to a digit ("Dx J" of
    "Dx J02.9", an ICD-10 code's letter; "Hb A" of "Hb A1c") loses that piece: a name
    never ends inside a code."""
    if span.kind not in WORD_KINDS or span.rule in _KEEP_RULES:
        return span
    if span.end >= len(text) or not text[span.end].isdigit():
        return span
    head, _, tail = text[span.start : span.end].rpartition(" ")
    if not head.strip() or not tail.isalpha() or len(tail) > 3:
        return span
    return span.moved(span.start, span.start + len(head.rstrip()))


_DOTTED_DIGITS = fast_regex.compile(r"\d+(?:\.\d+)+")


def _part_of_longer_run(text: str, span: Span) -> bool:
    """An IPv4 or date finding that is some arcs of a longer dotted-decimal run (an OID
    such as "1.2.36.1.2001.1003.0", a version "1.2.3.4.5"): RFC 791's dotted quad has four
    parts and no more, a date three."""
    if span.kind not in ("IP_ADDRESS", "DATE_TIME"):
        return False
    if not _DOTTED_DIGITS.fullmatch(text, span.start, span.end):
        return False
    after = text[span.end : span.end + 2]
    before = text[max(0, span.start - 2) : span.start]
    return (after[:1] == "." and after[1:].isdigit()) or (
        before[1:] == "." and before[:1].isdigit()
    )


def _lone_letter_place(text: str, span: Span) -> bool:
    """A place of one letter ("class B."): no place is named so."""
    value = text[span.start : span.end]
    return span.kind == "LOCATION" and sum(c.isalpha() for c in value) <= 1


_CJK_AGE_UNITS: Final = frozenset({"歳", "才", "岁", "歲", "세", "살"})


_LEADING_NUMBER = fast_regex.compile(r"\d+")


def _number_then_unit(text: str, span: Span) -> Span | None:
    """spaCy's person or place that starts with a number ("96 anos", "101 J.", "105歳"):
    an age or a count with its unit. Only the number stays masked, as an age, when it
    is over 89 (None: nothing is); any other finding is returned as it is."""
    if span.kind not in WORD_KINDS or span.rule in _KEEP_RULES:
        return span
    m = _LEADING_NUMBER.match(text, span.start, span.end)
    if m is None:
        return span
    rest = text[m.end() : span.end].lstrip(" -")
    words = _WORD.findall(rest)
    if not (rest in _CJK_AGE_UNITS or (bool(words) and all(_unit_word(w) for w in words))):
        return span
    if 90 <= int(m.group()) <= 129:
        return Span(m.start(), m.end(), "AGE", "number_before_age_unit", span.score)
    return None


# Presidio's US driving-licence pattern takes any letter and one to twelve digits: "T2",
# "E11", "J45" (of "J45.909"), "v3". No US licence is three characters long. (Five
# characters stay: "Dr. VASTENHOUW (G0900)" is a registration number with no word.)
_LICENCE_WORD = fast_regex.compile(
    r"(?i:licen[cs]e|\bDL\b|driver|driving|permit|\blic\b)[^\n]{0,24}$"
)
_DOTTED_AFTER = fast_regex.compile(r"\.\d")
# A second group after it makes a postcode or a code of its own ("D09 X993", an Eircode).
_GROUP_AFTER = fast_regex.compile(r"[ ]?[A-Za-z0-9]{4}(?![\w])")


def _short_licence(text: str, span: Span) -> bool:
    """A US licence finding that is a staging, diagnosis or version code: three characters
    or fewer, or the head of a dotted code ("E11.9"), with no licence word before it."""
    if span.kind != "US_DRIVER_LICENSE":
        return False
    short = span.end - span.start <= 3 and not _GROUP_AFTER.match(text, span.end)
    dotted = _DOTTED_AFTER.match(text, span.end) is not None
    return (short or dotted) and not _LICENCE_WORD.search(text, max(0, span.start - 40), span.start)


_LAST_WORD = fast_regex.compile(r"[,;]?[ \t]+(?P<word>[^\W\d_][^\s,;:]*)$")
_COLON_AFTER = fast_regex.compile(r"[ \t]*[:：]")


def _without_trailing_label(text: str, span: Span) -> Span:
    """An address that ran on into the next field's label ("10115, Télécopie :") ends
    before the label."""
    if span.kind not in ("ADDRESS", "LOCATION") or not _COLON_AFTER.match(text, span.end):
        return span
    m = _LAST_WORD.search(text, span.start, span.end)
    if m is None or not _label_word(m.group("word")):
        return span
    return span.moved(span.start, m.start())


# A layout gap (two spaces or more, a tab, a line break) and one word after it: the next
# field of a form laid out in columns ("Arrival 30.08.2022   Departure 22.09.2022").
_GAP_WORD = fast_regex.compile(r"(?:[ ]{2,}|\t|[ \t]*\n[ \t]*)(?P<word>[^\W\d_][^\W\d_.'-]*)$")


def _without_next_field(text: str, span: Span) -> Span:
    """A date that ran on over a layout gap into the next field's name ends before it, as
    an address does into a label; a month or day word stays ("12  March")."""
    from app.redaction.text import keeps_date  # noqa: PLC0415 - text imports this module

    if span.kind != "DATE_TIME":
        return span
    m = _GAP_WORD.search(text, span.start, span.end)
    if m is None or m.start() <= span.start or keeps_date(m.group("word")):
        return span
    if not any(c.isdigit() for c in text[span.start : m.start()]):
        return span
    return span.moved(span.start, m.start())


# A vital sign or a measurement's name before a number: "HR 92, route 95" is a pulse and a
# note, not "92, route …" (a French street).
_MEASURE_NAME_BEFORE = fast_regex.compile(
    r"(?i:(?<![^\W\d_])(?:HR|pulse|temp|SpO2|sats?|GCS|weight|wt|height|ht|score|"
    r"bpm)[ \t:=]*)$"
)


def _measurement_not_address(text: str, span: Span) -> bool:
    """An address found from a house number that is a measurement's value."""
    # Only the French "12, rue …" form: "BP 5704" (boîte postale) and "RR 8 Box 158" (a
    # US rural route) are addresses after words that also name vital signs.
    if span.kind != "ADDRESS" or span.rule != "address_fr_street":
        return False
    digit = next((i for i in range(span.start, span.end) if text[i].isdigit()), -1)
    if digit < 0 or digit - span.start > 8:
        return False
    return _MEASURE_NAME_BEFORE.search(text, max(0, digit - 12), digit) is not None


# The key of a "Key: value" line, at the line's start.
_LINE_KEY = fast_regex.compile(r"[ \t]*(?P<key>[^\n:：]{2,40}?)[ \t]*[:：]")


def _in_field_label(text: str, span: Span) -> bool:
    """A person or place finding inside a form's label ("Nama Lengkap:", "Дата рождения:",
    "Место жительства:"): the key names a personal-data field (`field_names`), so it is
    the label of the value after it, which its own rules mask."""
    from app.redaction.field_names import field_kind  # noqa: PLC0415 - no cycle

    if span.kind not in WORD_KINDS or span.rule in _KEEP_RULES:
        return False
    m = _LINE_KEY.match(text, text.rfind("\n", 0, span.start) + 1)
    if m is None or not (m.start("key") <= span.start and span.end <= m.end("key")):
        return False
    return field_kind(m["key"]) is not None


# German gender-inclusive endings (Duden): "Beschäftigte/r", "Ärzt/innen", "Lehrer*in",
# "Mitarbeiter:innen", "Kolleg_innen". Only a common noun (a role) takes them.
_GENDER_ENDING = fast_regex.compile(r"(?:/(?:r|e|n|in|innen)|[*:_](?:in|innen))(?![\w])")


def _gendered_noun(text: str, span: Span) -> bool:
    """A person or place finding of one word with a German gender ending after it."""
    if span.kind not in WORD_KINDS or not text[span.start : span.end].isalpha():
        return False
    return _GENDER_ENDING.match(text, span.end) is not None


def _url_inside_word(text: str, span: Span) -> bool:
    """A URL finding that stops or starts inside a word ("E.co" of "E.coli", a genus
    abbreviated before its species): a host name ends at its top-level domain, so a
    Latin letter or digit right beside the match means it read part of another word (a
    CJK character may touch a real URL: no space between words there)."""
    if span.kind != "URL":
        return False
    after = text[span.end : span.end + 1]
    before = text[span.start - 1 : span.start] if span.start else ""
    return any(c.isascii() and c.isalnum() for c in (after, before) if c)


# A US bank's ABA routing transit number (ABA Key to Routing Numbers: nine digits, the
# last a check digit with weights 3, 7, 1) after its own label names the bank, not the
# account holder. Only standing alone: a number right after it is the account that the
# pair "routing account" writes, and the pair stays masked whole.
_ROUTING_LABEL = fast_regex.compile(
    r"(?<![\w])(?i:aba|rtn|routing(?:[ ]transit)?(?:[ ](?:number|no\.?|nr\.?|#))?|"
    r"aba[ /]routing(?:[ ](?:number|no\.?|#))?)[ \t]*[:#=]?[ \t]*$"
)
_NUMBER_NEXT = fast_regex.compile(r"[ \t]*[-/]?[ \t]*\d")


def _bank_routing_number(text: str, span: Span) -> bool:
    value = text[span.start : span.end]
    if len(value) != 9 or not value.isdigit():
        return False
    weighted = sum(int(d) * w for d, w in zip(value, (3, 7, 1) * 3, strict=True))
    if weighted % 10:
        return False
    if _NUMBER_NEXT.match(text, span.end):
        return False
    return _ROUTING_LABEL.search(text, max(0, span.start - 30), span.start) is not None


def _lab_name_plate(text: str, span: Span) -> bool:
    """A plate shape that is a lab test's name ("HBA1C" in an HL7 OBX-3 field reads as a
    British suffix plate)."""
    return span.kind == "VEHICLE_ID" and _fold(text[span.start : span.end]) in _LAB_NAMES


def _place_in_title(text: str, span: Span) -> bool:
    """spaCy's place or group that is a word of the document's title on line 1
    ("Journalnotat — …", "Karta zdrowia ucznia"): see `label_guards.document_title`."""
    return (
        span.kind in ("LOCATION", "NRP")
        and span.rule == "SpacyRecognizer"
        and span.start < _TITLE_REACH
        and document_title(text, span)
    )


_TITLE_REACH = 200  # a title opens the document: no need to look further


def not_identifiers(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings that are labels, units or codes (see above and
    `record_codes.py`)."""
    out = []
    for s in clinical_marks(text, record_codes(text, spans)):
        if (
            _lab_name_plate(text, s)
            or label_only(text, s)
            or lab_value(text, s)
            or glued_to_number(text, s)
            or _lone_letter_place(text, s)
            or _short_licence(text, s)
            or _measurement_not_address(text, s)
            or _url_inside_word(text, s)
            or _in_field_label(text, s)
            or _gendered_noun(text, s)
            or _bank_routing_number(text, s)
            or bank_code(text, s)
            or dotted_abbreviation(text, s)
            or _part_of_longer_run(text, s)
            or clock_time_only(text, s)
            or _place_in_title(text, s)
            or in_header_row(text, s)
            or dicom_tag_number(text, s)
            or claim_place_code(text, s)
            or letterless_finding(text, s)
            or config_key(text, s)
            or role_mailbox(text, s)
            or relay_host(text, s)
            or message_id_host(text, s)
            or in_system_value(text, s)
            or x12_version_code(text, s)
        ):
            continue
        kept = _number_then_unit(text, _without_glued_tail(text, s))
        if kept is not None:
            kept = _without_next_field(text, _without_trailing_label(text, kept))
            out.append(message_id_serial(text, without_clock_time(text, kept)))
    return out
