"""Device identifiers (Safe Harbor (M)) with a standard shape, found with no word before
them: GS1 UDIs ("(01)00844588003288(17)141120(10)7654321D(21)10987654d321", or the
same without brackets), HIBCC UDIs ("+H123PROD1231/$$3123456LOT1X", or between a
barcode's asterisks with its Mod 43 check), IMEIs in their printed groups
("35-209900-176148-1", Luhn-checked) and SIM ICCIDs ("8944 5000 1234 5678 901",
Luhn-checked). Serial, asset and lot numbers after their words ("S/N", "Serial No.",
"Seriennummer", "n° de série", "Ch.-B."...) are `record_numbers.py`'s; a model number
("model W1DR01") is not an identifier and stays.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.patterns import luhn_ok
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "DEVICE_ID"

# GS1 application identifiers in brackets, the first one a GTIN, lot, expiry or serial;
# the data run up to the next bracket.
GS1_BRACKETED = fast_regex.compile(
    r"\((?:01|02|10|11|17|21|240|241|8004)\)[ ]?[A-Za-z0-9-]{1,20}"
    r"(?:[ ]?\(\d{2,4}\)[ ]?[A-Za-z0-9-]{1,20}){0,5}"
)
# The same read as one string: (01) and a 14-digit GTIN, then more elements, run
# together or each after a space ("01 00844588003288 17 261120 21 A1B2C3").
GS1_PLAIN = fast_regex.compile(
    r"(?<![^\W_])01[ ]?\d{14}"
    r"(?:[A-Za-z0-9]{1,40}|(?:[ ](?:1[1-7][ ]?\d{6}|(?:10|21|240|241)[ ]?(?=[A-Za-z]*\d)"
    r"[A-Za-z0-9]{1,20})){1,4})?(?![^\W_])"
)
# HIBCC: "+", a labeler code (a letter and three characters), product and unit, then a
# "/" and the secondary data (lot, serial, expiry).
HIBCC = fast_regex.compile(
    r"(?<![\w+])\+[A-Z][A-Z0-9]{3}[A-Z0-9]{2,19}(?:/[$+%A-Z0-9]{2,40})?(?![\w$/])"
)
# The same printed as its Code 39 barcode's text, between the start and stop asterisks;
# the last character is the Mod 43 check, which may be "/", "$", "+", "%", "-", "." or a
# blank ("*+H123PROD1231/$$3123456LOT1X*").
HIBCC_STARRED = fast_regex.compile(r"\*\+[A-Z][A-Z0-9]{3}[A-Z0-9$/+%. -]{2,60}?\*")
_CODE39 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check_ok(value: str) -> bool:
    """The HIBC Mod 43 check: the sum of the Code 39 values of every character before the
    last (the leading "+" included), modulo 43, is the last character's value."""
    if len(value) < 2 or any(c not in _CODE39 for c in value):
        return False
    return sum(_CODE39.index(c) for c in value[:-1]) % 43 == _CODE39.index(value[-1])


# 15 digits in the groups an IMEI is printed in (TAC, serial, check: 2-6-6-1, 8-7,
# 6-2-6-1), or an ICCID of 19-20 digits starting 89 in fours.
GROUPED_DIGITS = fast_regex.compile(r"(?<![\w-])\d{2,8}(?:[ -]\d{1,8}){1,5}(?![\w-]|[.,]\d)")
_IMEI_GROUPS = frozenset({(2, 6, 6, 1), (8, 7), (6, 2, 6, 1), (2, 6, 7)})


def _device_digits(value: str) -> bool:
    """An IMEI in its groups or an ICCID, its Luhn digit right."""
    groups = tuple(len(g) for g in value.replace("-", " ").split(" "))
    compact = value.replace("-", "").replace(" ", "")
    if len(compact) == 15 and groups in _IMEI_GROUPS:
        return luhn_ok(compact)
    return compact.startswith("89") and len(compact) in (19, 20) and luhn_ok(compact)


# A worn or implanted device's own code after its word: a CGM's transmitter or sensor
# (Dexcom's six characters "8BQLSU", Libre's serials), an insulin pump's, a pacemaker's,
# a hearing aid's serial; the code holds a digit and is five characters or more, so
# "Dexcom G6", "Omnipod 5", "780G" (models) stay. A model word before the code keeps it.
_DEVICE_WORD = fast_regex.compile(
    r"(?<![^\W\d_])(?i:transmitter|transmitters|sender|transmetteur|transmisor|"
    r"trasmettitore|nadajnik|sensor|sensors|senzor|capteur|sensore|cgm|fgm|"
    r"pump|pumpe|pompe|bomba|pompa|pacemaker|schrittmacher|stimulateur|marcapasos|"
    r"pacemakera|icd|crt-d|hearing\s(?:aid|aids)|hörgerät|implant|cochlear\simplant|"
    r"receiver|empfänger|récepteur|reader|lesegerät|lecteur|pod)"
    r"(?:\s(?i:id|serial|s/n|sn|no\.?|nr\.?|number|code|#))?[ \t]*[:#=]?[ \t]*$"
)
_DEVICE_CODE = fast_regex.compile(r"(?<![^\W_])(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{5,20}(?![^\W_])")
_DEVICE_STEMS: Final = (
    *("transmit", "sender", "transmet", "transmis", "trasmett", "nadajnik", "sens", "senzor"),
    *("capteur", "cgm", "fgm", "pump", "pompe", "bomba", "pompa", "pacemaker", "schrittmacher"),
    *("stimulateur", "marcapasos", "icd", "crt-d", "hearing", "hörgerät", "implant"),
    *("receiver", "empfänger", "récepteur", "reader", "lesegerät", "lecteur", "pod"),
)
_DEVICE_HINT = fast_regex.Trigger(
    fast_regex.compile(rf"(?i:{'|'.join(_DEVICE_STEMS)})"), _DEVICE_STEMS
)
_DEVICE_REACH = 40


def _worn_device_codes(text: str) -> list[Span]:
    spans = []
    for m in _DEVICE_CODE.finditer(text):
        before = text[max(0, m.start() - _DEVICE_REACH) : m.start()]
        if _DEVICE_WORD.search(before):
            spans.append(Span(m.start(), m.end(), KIND, "device_code_after_word", 0.75))
    return spans


# A serial written with its own prefix, glued on by a hyphen, a colon or a number sign
# ("SN-7KQ2M9XW4D", "S/N-RT55AC10", "SER-H4X9P2ZK", "SN:0042KXA9"): makers print the prefix
# on the label, so the code may hold no digit at all (after a colon it needs one: "SN:
# PENDING" is a status); six characters or more, so a drug's code ("SN-38") stays. A
# glued prefix is masked with the code (together they are the value); before a colon it
# is the label.
PREFIXED_SERIAL = fast_regex.compile(
    r"(?<![\w/-])(?:SN|S/N|SER|SNR|S/NO)(?:[-#]|(?P<label>:[ ]?)(?=[A-Z]*\d))"
    r"(?P<code>[A-Z0-9]{6,24})(?![\w-])"
)


# A serial after its label in the languages of device labels and asset registers
# ("Serial number: QWZRTPLKMX", "numer seryjny: WQZT3KRPLX", "シリアル番号：K7QX2M"):
# the maker's code may hold one digit or none, which `record_numbers`' shape of an
# identifier needs. The code is six capitals and digits or more, with a digit or a run
# of four consonants no word of those languages spells in capitals ("QWZR"); a status
# ("UNKNOWN", "PENDING") stays.
_SERIAL_LABELS = (
    "serial", "serial no", "serial no.", "serial number", "serial #", "serial nr",
    "device serial", "s/n", "sn", "ser. no.", "ser no", "seriennummer", "serien-nr",
    "seriennr", "seriennr.", "serien-nr.", "numéro de série", "n° de série", "no de série",
    "número de serie", "nº de serie", "no. de serie", "número de série", "numero di serie",
    "n. di serie", "numero seriale", "serienummer", "serienr", "serienr.", "numer seryjny",
    "nr seryjny", "sarjanumero", "výrobní číslo", "sériové číslo", "seri no", "seri no.",
    "seri numarası", "serie nr", "serienummer", "gyári szám", "număr de serie",
)  # fmt: skip
SERIAL_AFTER_LABEL = fast_regex.compile(
    rf"(?:(?<![\w/])(?i:{trie_pattern(_SERIAL_LABELS)})(?![\w/])"
    r"|(?:序列号|序號|序列號|シリアル番号|製造番号|시리얼[ ]?번호|일련번호))"
    r"[ \t]?[:：#.]?[ \t]{0,3}"
    r"(?P<code>(?=[A-Z0-9-]*[A-Z])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,23})(?![\w-])"
)
_SERIAL_HINT = fast_regex.compile(r"(?i:ser|s/n|sn\b|sarja|výrobní|gyári|番号|序|번호)")
_CONSONANT_RUN = fast_regex.compile(r"[B-DF-HJ-NP-TV-XZ]{4}")
_NOT_SERIALS: Final = frozenset(
    word_list("unknown pending missing none unavailable redacted withheld illegible unreadable")
)


def _serial_code(code: str) -> bool:
    if code.casefold() in _NOT_SERIALS:
        return False
    return any(c.isdigit() for c in code) or _CONSONANT_RUN.search(code) is not None


def find_devices(text: str) -> list[Span]:
    """UDIs (GS1, HIBCC), IMEIs and ICCIDs in their printed forms; a worn or implanted
    device's code after its word; a serial with its printed prefix."""
    spans: list[Span] = _worn_device_codes(text) if _DEVICE_HINT.search(text) else []
    if "S" in text:
        spans += [
            Span(
                m.start("code") if m["label"] else m.start(), m.end(), KIND, "prefixed_serial", 0.75
            )
            for m in PREFIXED_SERIAL.finditer(text)
        ]
    if _SERIAL_HINT.search(text):
        spans += [
            Span(m.start("code"), m.end("code"), KIND, "serial_after_label", 0.7)
            for m in SERIAL_AFTER_LABEL.finditer(text)
            if _serial_code(m["code"])
        ]
    if "(" in text:
        spans += [
            Span(m.start(), m.end(), KIND, "udi_gs1", 0.8) for m in GS1_BRACKETED.finditer(text)
        ]
    if "01" in text:
        spans += [Span(m.start(), m.end(), KIND, "udi_gs1", 0.8) for m in GS1_PLAIN.finditer(text)]
    if "+" in text:
        spans += [Span(m.start(), m.end(), KIND, "udi_hibcc", 0.8) for m in HIBCC.finditer(text)]
        if "*" in text:
            spans += [
                Span(m.start(), m.end(), KIND, "udi_hibcc", 0.8)
                for m in HIBCC_STARRED.finditer(text)
                if hibc_check_ok(m.group()[1:-1])
            ]
    spans += [
        Span(m.start(), m.end(), KIND, "imei_iccid", 0.8)
        for m in GROUPED_DIGITS.finditer(text)
        if _device_digits(m.group())
    ]
    return spans
