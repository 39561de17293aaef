"""Regular expressions for structured identifiers, with their checksums. No NLP.

Both the ingest pipeline and the workstation's second pass run these (through
`structured.py`, beside the other structured recognizers), so the two passes agree on what
an identifier looks like; a project's own recognizers are IdPatterns too. Patterns lean
towards recall: an over-masked number costs an annotator a little context, a missed one is
a breach.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from app.redaction import fast_regex
from app.redaction.clock_times import CLF_STAMP
from app.redaction.wordtrie import trie_pattern, word_list


def luhn_ok(text: str) -> bool:
    """True when the digits of `text` pass the Luhn check (payment cards)."""
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, digit in enumerate(reversed(digits)):
        doubled = digit * 2 if i % 2 == 1 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def iban_ok(text: str) -> bool:
    """True when `text` is an IBAN whose ISO 7064 mod-97 check digits are right."""
    compact = re.sub(r"[\s-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


@dataclass(frozen=True)
class IdPattern:
    """One identifier pattern: the entity kind, a rule name for reports, a score for Presidio.

    `needs_context` patterns are weak alone (a bare number) and count only near one of
    `context` words; `validate` rejects matches whose checksum fails. A group named `v`
    is the value: the label matched before it ("MRN: ") stays readable.
    """

    kind: str
    name: str
    regex: fast_regex.Pattern  # re.Pattern (a project's own) or a regex pattern
    score: float
    context: tuple[str, ...] = ()
    needs_context: bool = False
    validate: Callable[[str], bool] | None = None
    # The pattern can only match where one of these words (folded) is a word of the text:
    # a set lookup on the text's words skips the pattern on most texts (`structured.py`).
    needs_word: frozenset[str] | None = None


_I = re.IGNORECASE

# A signed amount of a statement's credit column ("+300.00", "+1,250.50"): two decimals
# after one point or comma, no other separator; E.164 numbers are written in groups.
_SIGNED_AMOUNT = fast_regex.compile(r"\+(?:\d{1,7}|\d{1,3}(?:,\d{3}){1,2})[.,]\d{2}")

# Phone numbers in North-American and international shapes. The phonenumbers library
# behind Presidio's PhoneRecognizer rejects unassigned area codes; people still write them.
# A number's groups never part at a line break ("+84 911 255 217\n31. Inviting person").
PHONE = (
    IdPattern(
        "PHONE_NUMBER",
        "phone_nanp",
        fast_regex.compile(
            r"(?<![\w-])(?:\+?1[ \t.-]?)?\(?\d{3}\)?[ \t.-]\d{3}[ \t.-]\d{4}(?![\w-])"
        ),
        0.6,
        ("phone", "tel", "call", "mobile", "cell", "fax", "contact"),
    ),
    IdPattern(
        "PHONE_NUMBER",
        "phone_intl",
        # (ITU-T E.164: no country code starts with 0, so "+0000", a time zone, is none)
        fast_regex.compile(r"(?<![\w+])\+[1-9]\d{0,2}(?:[ \t.-]?\(?\d{1,4}\)?){2,5}\d(?![\w-])"),
        0.6,
        ("phone", "tel", "call", "mobile", "cell", "fax", "contact"),
        validate=lambda value: not _SIGNED_AMOUNT.fullmatch(value),
    ),
)

EMAIL = IdPattern(
    "EMAIL_ADDRESS",
    "email",
    fast_regex.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b"),
    0.9,
)

# Any well-formed SSN, including numbers Presidio treats as invalid (078-05-1120 is a famous
# leaked one; test-data SSNs are still identifiers to a privacy officer).
SSN = (
    IdPattern(
        "US_SSN", "ssn_dashed", fast_regex.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"), 0.7
    ),
    IdPattern(
        "US_SSN",
        "ssn_plain",
        fast_regex.compile(r"(?<![\d-])\d{9}(?![\d-])"),
        0.1,
        ("ssn", "social", "security"),
        needs_context=True,
    ),
)

# Cards of 13-19 digits, grouped or not, starting 2-6 (covers Mastercard 2221-2720),
# Luhn-checked so that ordinary long numbers are not taken for cards.
CREDIT_CARD = IdPattern(
    "CREDIT_CARD",
    "card_luhn",
    fast_regex.compile(r"(?<![\d-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\d-])"),
    0.7,
    ("card", "credit", "visa", "mastercard", "amex", "cc"),
    validate=luhn_ok,
)

IBAN = IdPattern(
    "IBAN_CODE",
    "iban_mod97",
    fast_regex.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b"),
    0.8,
    validate=iban_ok,
)

# A time of day or a running time ("00:00:04", "14:32:07", "1:05:59"): three decimal
# groups of two digits (the hour may have one) never write an IPv6 address, which has eight
# groups or a "::"; nor does a year joined to its time by a colon, the Common Log Format's
# "[10/Oct/2000:13:55:36 -0700]" (Apache's "%d/%b/%Y:%H:%M:%S %z"), nor a day joined so
# ("[2025-01-19:08:14:02 +0000]": four decimal groups, still no eight and no "::").
_CLOCK_TIME = fast_regex.compile(r"(?:(?:19|20)\d\d:|(?:[0-2]\d|3[01]):)?\d{1,2}:[0-5]\d:[0-5]\d")


def is_clock_time(value: str) -> bool:
    """Whether a candidate IPv6 address is a time of day or a timestamp ("00:00:04")."""
    return _CLOCK_TIME.fullmatch(value) is not None


IP_ADDRESS = (
    IdPattern(
        "IP_ADDRESS",
        "ipv4",
        fast_regex.compile(
            r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"
        ),
        0.6,
    ),
    IdPattern(
        "IP_ADDRESS",
        "ipv6",
        # A colon after it that opens no further group is the text's ("fault from
        # <address>: ..."); a full eight-group address may carry its port (":22").
        fast_regex.compile(
            r"(?<![:\w])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?=:\d{1,5}(?![:\w]))"
            r"|(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}(?!\w|:[\w:]))"
        ),
        0.6,
        validate=lambda value: not is_clock_time(value),
    ),
)

URL = IdPattern(
    "URL",
    "url",
    fast_regex.compile(r"\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)]", _I),
    0.6,
)


def _labelled(label: str, value: str) -> str:
    """A value after its label: the label set apart ("MRN: 00123456", "Acct # 5595") is
    no part of it (group `v`), a label joined by a hyphen is its printed prefix
    ("EMP-004521"). Two groups of one name: the `regex` module's."""
    return rf"\b(?:{label}[\s:#][\s:#-]*(?P<v>{value})|(?P<v>{label}-?{value}))\b"


# Medical record numbers: "MRN 00123456", "MRN: H-1234567", or a bare 6-10 digit number
# next to words a clinician uses for it.
MRN = (
    IdPattern(
        "MEDICAL_RECORD_NUMBER",
        "mrn_prefixed",
        fast_regex.compile(_labelled(r"MRN", r"[A-Z]{0,2}-?\d{5,10}"), _I),
        0.85,
    ),
    IdPattern(
        "MEDICAL_RECORD_NUMBER",
        "mrn_context",
        fast_regex.compile(r"(?<![\d-])[A-Z]{0,2}-?\d{6,10}(?![\d-])", word_led=True),
        0.1,
        ("mrn", "medical", "record", "chart", "patient", "hospital"),
        needs_context=True,
    ),
)

ACCOUNT_NUMBER = (
    IdPattern(
        "ACCOUNT_NUMBER",
        "account_prefixed",
        fast_regex.compile(_labelled(r"(?:ACCT|ACC)", r"\d{6,14}"), _I),
        0.85,
    ),
    IdPattern(
        "ACCOUNT_NUMBER",
        "account_context",
        fast_regex.compile(r"(?<![\d-])\d{6,14}(?![\d-])"),
        0.1,
        ("account", "acct", "acc", "iban", "bank", "routing"),
        needs_context=True,
    ),
)

EMPLOYEE_ID = (
    IdPattern(
        "EMPLOYEE_ID",
        "employee_prefixed",
        fast_regex.compile(_labelled(r"EMP", r"\d{4,8}"), _I),
        0.85,
    ),
    IdPattern(
        "EMPLOYEE_ID",
        "employee_context",
        fast_regex.compile(r"(?<![\w-])[A-Z]{1,2}\d{4,7}(?![\w-])"),
        0.1,
        ("employee", "staff", "badge", "personnel", "emp"),
        needs_context=True,
    ),
)

# Month names, full and abbreviated, in the languages of Europe, the Americas and South-East
# Asia that are written in Latin letters (nominative and genitive forms: "marzec" and
# "marca", "březen" and "března", "tammikuu" and "tammikuuta"); Vietnamese writes
# "tháng 5" or "tháng năm".
MONTHS = word_list(
    """
    january jan february feb march mar april apr may june jun july jul august aug
    september sept sep october oct november nov december dec
    januar jänner jän februar feber feb märz maerz mrz juni juli oktober okt dezember dez
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre
    novembre décembre decembre janv févr fevr avr juil déc
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
    noviembre diciembre ene dic
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen genn
    magg giu lug ott
    januari februari maart mei augustus okt
    stycznia styczeń lutego luty marca marzec kwietnia kwiecień maja maj czerwca czerwiec
    lipca lipiec sierpnia sierpień września wrzesień października październik
    listopada listopad grudnia grudzień
    janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
    ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
    leden ledna únor února březen března duben dubna květen května červen června
    červenec července srpen srpna září říjen října listopadu prosinec prosince
    január januára február februára marec marca apríl apríla máj mája jún júna júl júla
    augusta septembra október októbra novembra december decembra
    ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
    marts augusti
    tammikuu tammikuuta helmikuu helmikuuta maaliskuu maaliskuuta huhtikuu huhtikuuta
    toukokuu toukokuuta kesäkuu kesäkuuta heinäkuu heinäkuuta elokuu elokuuta syyskuu
    syyskuuta lokakuu lokakuuta marraskuu marraskuuta joulukuu joulukuuta
    március április május június július augusztus szeptember október
    siječanj siječnja veljača veljače ožujak ožujka travanj travnja svibanj svibnja
    lipanj lipnja srpanj srpnja kolovoz kolovoza rujan rujna listopad listopada
    studeni studenoga prosinac prosinca
    junij julij avgust
    jaanuar veebruar märts aprill juuni juuli oktoober detsember
    sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio
    lapkričio gruodžio
    janvāris februāris aprīlis maijs jūnijs jūlijs augusts septembris oktobris
    novembris decembris
    maret agustus desember
    enero pebrero marso abril hunyo hulyo setyembre oktubre nobyembre disyembre
    yanvar fevral aprel iyun iyul avqust sentyabr oktyabr noyabr dekabr
    januarja februarja aprila junija julija avgusta oktobra
    septembar oktobar novembar decembar
    sausis vasaris kovas balandis gegužė birželis rugpjūtis rugsėjis spalis lapkritis
    gruodis
    janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī
    decembrī
    jaanuaril veebruaril märtsil aprillil juunil juulil augustil septembril oktoobril
    novembril detsembril
    """
)
# The first three or four letters of every month above ("úno.", "jaa", "Thá"): too short
# to stand with a day alone, they count only in a full date with its year.
MONTH_STEMS = tuple(sorted({m[:n] for m in MONTHS for n in (3, 4) if len(m) > n}))
# Weekdays in the same languages: a weekday before a date goes with it ("Monday, 3 May
# 1950"); a weekday alone stays.
WEEKDAYS = word_list(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
    thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    poniedziałek wtorek środa czwartek piątek sobota niedziela
    segunda terça quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira
    sexta-feira
    pazartesi salı çarşamba perşembe cuma cumartesi pazar
    pondělí úterý středa čtvrtek pátek neděle pondelok utorok streda štvrtok piatok nedeľa
    luni marți miercuri joi vineri sâmbătă duminică
    måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag fredag lørdag søndag
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
    hétfő kedd szerda csütörtök péntek szombat vasárnap
    ponedjeljak utorak srijeda četvrtak petak subota nedjelja
    ponedeljek torek sreda četrtek petek sobota nedelja
    senin selasa rabu kamis jumat sabtu minggu
    lunes martes miyerkules huwebes biyernes sabado linggo
    """
)
_WEEKDAY = rf"(?:(?i:{trie_pattern(WEEKDAYS)}|thứ\s(?:hai|ba|tư|năm|sáu|bảy)|chủ\snhật)"
_WEEKDAY += r"\.?,?\s{1,2})?"
_WEEKDAY_LED = _WEEKDAY[:-1]  # the same weekday, required
# A trie of the month words fails fast at the many positions that start no month. The
# month may run into the year ("17FEB2022") but not into another letter.
_VN_MONTH = r"tháng\s?(?:\d{1,2}|một|giêng|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\smột|\shai)?)"
_ANY_MONTH = rf"(?:{trie_pattern(MONTHS)}|{_VN_MONTH})(?![^\W\d_])\.?"
# Every word a month pattern needs one of (the Vietnamese "tháng N" included).
MONTH_WORDS: Final = frozenset(m.casefold() for m in (*MONTHS, *MONTH_STEMS, "tháng"))
_STEM = rf"(?:{trie_pattern(MONTH_STEMS)}|{trie_pattern(MONTHS)})(?![^\W\d_])\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|e|º|°|ª|\.)?"
_YEAR_TAIL = (  # a Buddhist-era year too: "28 January B.E. 2548"
    r"(?:,?[\s-]{0,2}(?:de\s|năm\s|of\s|B\.?E\.?\s|พ\.ศ\.\s?)?(?:\d{4}|'\d{2}|\d{2}))"
)
# "3 March 2024", "12. März", "3 de marzo de 2024": day, month word, the year if written
# (not the "4 Sep-02" of "Bed 4 Sep-02-1955": a month-first date follows the number).
_DAY_MONTH = (
    rf"(?<![\d/.-]){_DAY}[\s-]{{0,2}}(?:de\s|of\s|tháng\s)?{_ANY_MONTH}{_YEAR_TAIL}?"
    r"(?![\w]|\.?[-/.]\d)"
)
# The Vietnamese word for "day" that opens a written date ("ngày 11 tháng 3 năm 2023",
# "ngày 11/03/2023") belongs to the date: it is masked with it.
DAY_WORD_BEFORE = fast_regex.compile(r"(?<![^\W\d_])(?i:ngày)[ \t]{1,2}$")
# Dates in numeric and written forms ("May 10, 2008", "10 May 2008", "2008-05-10",
# "05/10/2008", "12. März 2024", "3 de marzo de 2024", "10-May-2024", "3 Mar '50",
# "1950. március 3.", "ngày 3 tháng 3 năm 1950"), a weekday before them, and the parts of
# a date without its year ("on May 10", "10 May", "March 2024"): Safe Harbor removes every
# element of a date but the year. Presidio's DateRecognizer misses the written ones.
# A date in eight digits: ISO 8601's basic format (YYYYMMDD), and the day-first and US
# month-first orders (DDMMYYYY, MMDDYYYY), years 1900-2099. Alone it is a long digit run
# (`record_numbers.LONG_CODE`); as one part of a token joined by "_" or "-" (a scanned
# document's file name "scan_<surname>_<YYYYMMDD>_<type>.pdf", an export's key) it is read
# here.
COMPACT_DATE = (
    r"(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d"
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d)"
)
DATE = (
    IdPattern(
        "DATE_TIME",
        "date_written",
        fast_regex.compile(
            rf"(?<![^\W\d_]){_WEEKDAY}{_ANY_MONTH}\s{{0,2}}{_DAY}(?![\d:])"
            rf"(?:,?\s{{1,2}}(?:\d{{4}}|'\d{{2}}))?(?!\d)",
            _I,
            word_led=True,
        ),
        0.6,
        needs_word=MONTH_WORDS,
    ),
    # Two patterns for one form, each led by what it must start with: the digit-led one lets
    # `regex` skip to the digits, the weekday-led one is a word trie (`re`); the weekday was
    # an optional prefix of one pattern that then tried its trie at every position (4x).
    IdPattern(
        "DATE_TIME",
        "date_written_dmy",
        fast_regex.compile(
            _DAY_MONTH,
            _I,
        ),
        0.6,
        needs_word=MONTH_WORDS,
    ),
    IdPattern(
        "DATE_TIME",
        "date_written_dmy_weekday",
        fast_regex.compile(
            _WEEKDAY_LED + _DAY_MONTH,
            _I,
            word_led=True,
        ),
        0.6,
        needs_word=MONTH_WORDS,
    ),
    IdPattern(
        "DATE_TIME",
        "date_stem_full",  # "14-úno-2003", "Thá 7, 1940", "3 Mar '50": short forms with a year
        fast_regex.compile(
            rf"(?<![\w/.-])\d{{1,2}}(?:\s{{1,2}}{_STEM}\s{{0,2}}(?:\d{{4}}|'\d{{2}})"
            rf"|[./-]?{_STEM}[./-]?(?:\d{{4}}|\d{{2}}))(?![\w])",
            _I,
        ),
        0.6,
        needs_word=MONTH_WORDS,
    ),
    IdPattern(
        "DATE_TIME",
        "date_stem_full_month_first",  # "Thá 7, 1940": led by the month word (a trie, `re`)
        fast_regex.compile(
            rf"(?<![\w/.-]){_STEM}\s{{0,2}}\d{{1,2}},?\s{{1,2}}\d{{4}}(?![\w])",
            _I,
            word_led=True,
        ),
        0.6,
        needs_word=MONTH_WORDS,
    ),
    IdPattern(
        "DATE_TIME",
        "date_month_year",
        fast_regex.compile(rf"\b{_ANY_MONTH}\s{{0,2}}(?:de\s|of\s)?\d{{4}}\b", _I, word_led=True),
        0.6,
        needs_word=MONTH_WORDS,
    ),
    IdPattern(
        "DATE_TIME",
        "date_year_first",  # Hungarian and East Asian order: "1950. március 3.", "2003. 3. 12."
        fast_regex.compile(
            rf"(?<![\w.-])\d{{4}}\.?\s{{1,2}}{_ANY_MONTH}\s{{0,2}}\d{{1,2}}\.?(?:-?(?:án|én|jén|ján))?"
            r"|(?<![\w.-])\d{4}\.\s\d{1,2}\.\s\d{1,2}\.?(?!\d)",
            _I,
        ),
        0.6,
    ),
    IdPattern(
        "DATE_TIME",
        "date_year_first_baltic",  # "1957 m. kovo 3 d." (lt), "1957. gada 3. martā" (lv)
        fast_regex.compile(
            rf"(?=\d)(?<![\w.-])\d{{4}}(?:\s?m\.\s{{1,2}}{_ANY_MONTH}\s{{1,2}}\d{{1,2}}(?:\s?d\.)?"
            rf"|\.?\s?(?:gada|g\.)\s{{1,2}}\d{{1,2}}\.\s{{1,2}}{_ANY_MONTH})",
            _I,
        ),
        0.6,
        needs_word=MONTH_WORDS,
    ),
    IdPattern(
        "DATE_TIME",
        "date_numeric",
        fast_regex.compile(
            r"(?<![\d/.-])(?<!(?i:version|release)\s)(?<!(?i:build|ver\.)\s)(?<![vV])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\.(?!\d))?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
            r"|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}))(?!\d|[/.-]\d)"
        ),
        0.6,
    ),
    IdPattern(
        "DATE_TIME",
        "date_numeric_spaced",  # "09 05 1962", "4 9 1960": a day, a month and a 19xx/20xx year
        fast_regex.compile(
            # "(?=\d)" first: `regex` skips ahead to digits (look-behinds first scan every place)
            r"(?=\d)(?<![\d.,:/-])(?<!\d\s)(?:0?[1-9]|[12]\d|3[01])\s(?:0?[1-9]|[12]\d|3[01])\s"
            r"(?:19|20)\d\d(?![\d:/-]|[.,]\d|\s\d)"
        ),
        0.6,
    ),
    IdPattern(
        "DATE_TIME",
        "date_compact_joined",  # "scan_19720314_ecg.pdf", "mueller-14031972": see COMPACT_DATE
        fast_regex.compile(
            r"(?=\d)(?<![\p{L}\p{N}])(?:(?<=[_-])|(?=\d{8}[_-]))"
            rf"{COMPACT_DATE}(?![\p{{L}}\p{{N}}])"
        ),
        0.65,  # above the digit run's 0.6, so that the merged span is named a date
    ),
    IdPattern(
        "DATE_TIME",
        # ISO 8601's basic date and time ("20240410T150000Z": iCalendar's DATE-TIME, RFC
        # 5545 3.3.5; vCard's REV; file names): masked with its time of day, as DICOM's
        # de-identification profile removes a study's time with its date (PS3.15 E.1)
        "date_basic_time",
        fast_regex.compile(
            r"(?=\d)(?<![\p{L}\p{N}_-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
            r"(?:T\d{4}(?:\d\d)?Z?(?![\p{L}\p{N}])|(?=T\d{4}))"  # the date alone if glued on
        ),
        0.65,
    ),
    IdPattern(
        "DATE_TIME",
        "date_roman_month",  # "30 IX 1979", "3-X-1957", "12.VII.57": Central European forms
        fast_regex.compile(
            r"(?=\d)(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])\.?(?P<sep>[ ./-]{1,2})"
            r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?P=sep)(?:(?:19|20)\d\d|\d\d)(?![\w])"
        ),
        0.6,
    ),
    IdPattern(
        "DATE_TIME",
        "date_spaced_after_cue",  # "DOB: 09 30 79", "D.O.B. 1957 10 03": spaced digits after
        # a date-of-birth or visit cue, with a two-digit year or the year first
        fast_regex.compile(
            r"(?i:\b(?:d\.?o\.?b|born|birth|date|dated|admitted|discharged|seen|visit))"
            r"\.?:?[ \t]{1,3}\K(?:(?:0?[1-9]|[12]\d|3[01])[ ](?:0?[1-9]|[12]\d|3[01])[ ]\d\d"
            r"|(?:19|20)\d\d[ ](?:0?[1-9]|1[0-2])[ ](?:0?[1-9]|[12]\d|3[01]))(?![\d:/.-])"
        ),
        0.6,
    ),
)

# Dates written around the month word in English ("the 3rd of March 1947", "March the
# 3rd, 1947", "the 3rd of March"), in Chinese, Japanese and Korean ("1947年3月3日",
# "1947년 3월 3일", "3月3日") and in the Hijri calendar ("12 Rajab 1366 AH": a day and a
# year with the month, since "Ramadan" alone is a season, not a date).
_HIJRI_MONTHS = (
    r"(?:Muharram|Safar|Rabi[‘'’]?[ -]?(?:al|ul|el)?[ -]?(?:Awwal|Thani|Akhir|Aakhir)|"
    r"Jumada[ -]?(?:al|ul|el)?[ -]?(?:Ula|Oola|Awwal|Akhirah|Thani|Ukhra|Akhir)|Rajab|"
    r"Sha[‘'’]?ban|Ramadan|Ramazan|Shawwal|Dhu[‘'’]?[ -]?(?:al|l)?[ -]?(?:Qi[‘'’]?dah|"
    r"Qa[‘'’]?dah|Hijjah))"
)
EXTRA_DATES = (
    IdPattern(
        "DATE_TIME",
        "date_the_day_of_month",
        fast_regex.compile(
            rf"(?<![\w])(?i:the)\s{{1,2}}\d{{1,2}}(?i:st|nd|rd|th)\s{{1,2}}(?i:day\s{{1,2}})?"
            rf"(?i:of)\s{{1,2}}{_ANY_MONTH}{_YEAR_TAIL}?(?![\w])"
            rf"|(?<![\w]){_ANY_MONTH}\s{{1,2}}(?i:the)\s{{1,2}}\d{{1,2}}(?i:st|nd|rd|th)?"
            r"(?:,?\s{1,2}(?:\d{4}|'\d{2}))?(?![\w])",
            _I,
            word_led=True,
        ),
        0.6,
        needs_word=MONTH_WORDS,
    ),
    IdPattern(
        "DATE_TIME",
        "date_cjk",
        fast_regex.compile(
            r"(?=\d)(?<![\d.])(?:\d{4}\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]"
        ),
        0.6,
    ),
    IdPattern(
        "DATE_TIME",
        "date_clf",  # a web server log's stamp, "10/Oct/2000:13:55:36 -0700": clock_times.py
        fast_regex.compile(CLF_STAMP, starts=r"\d"),
        0.6,
    ),
    IdPattern(
        "DATE_TIME",
        "date_hijri",
        fast_regex.compile(
            rf"(?=\d)(?<![\w.])\d{{1,2}}(?:st|nd|rd|th)?\s{{1,2}}(?:of\s)?{_HIJRI_MONTHS}"
            r",?\s{1,2}\d{3,4}(?:\s?(?:AH|A\.H\.|H|هـ)(?![\w]))?"
        ),
        0.6,
    ),
)

# The fixed-shape identifiers both passes look for (through structured.py).
SECOND_PASS_PATTERNS: tuple[IdPattern, ...] = (
    EMAIL,
    URL,
    IBAN,
    CREDIT_CARD,
    *SSN,
    *PHONE,
    *IP_ADDRESS,
    *MRN,
    *ACCOUNT_NUMBER,
    *EMPLOYEE_ID,
    *DATE,
    *EXTRA_DATES,
)
