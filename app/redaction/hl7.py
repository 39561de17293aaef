"""HL7 version 2 messages in a text, read by the standard's field definitions (v2.5).

A segment is a line starting with its three-letter id and the field separator ("PID|...").
MSH-1 and MSH-2 give the separators (field, component, repetition, escape,
subcomponent; `|^~\\&` when a message is quoted without its MSH). Each identifying field
is masked by its data type, component by component, so the codes and flags beside the
values stay readable:

- XPN (person name): family (all its subcomponents), given, further given names, suffix.
- XCN (person with id, e.g. an attending doctor): id number, family, given, further
  given names, suffix; CNN (the first component of an NDL interpreter field) likewise;
  and any other field that opens with a valid NPI and a name, read as an XCN.
- XAD (address): street (SAD), other designation, city, zip, other geographic
  designation, county; the state, country and address type stay.
- XTN (telecom): the formatted number, e-mail address, country/area/local number,
  extension, any text, unformatted number; use and equipment codes stay.
- CX (extended id): the id number; the assigning authority and id type stay.
- EI (entity identifier) of an order or a message: ORC-2/3 and OBR-2/3 (placer and filler
  order numbers) and MSH-10 (message control id), the entity id whole ("CASE 05-48172");
  its namespace stays.
- ID-like strings (SSN, licence, policy numbers) and dates of birth, death, admission and
  discharge (HIPAA Safe Harbor's dates): the whole field.

Observation values (OBX-5), codes and units are never masked. Pure Python, gated on a
"|" and a segment id at a line start.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

PERSON: Final = "PERSON"
ID: Final = "RECORD_NUMBER"
PHONE: Final = "PHONE_NUMBER"
EMAIL: Final = "EMAIL_ADDRESS"
ADDRESS: Final = "ADDRESS"
PLACE: Final = "LOCATION"
DATE: Final = "DATE_TIME"
NATIONAL: Final = "NATIONAL_ID"
LICENCE: Final = "LICENSE_NUMBER"

# Component number (1-based) -> kind, per data type.
_XPN: Final = {1: PERSON, 2: PERSON, 3: PERSON, 4: PERSON}
_XCN: Final = {1: ID, 2: PERSON, 3: PERSON, 4: PERSON, 5: PERSON}
_XAD: Final = {1: ADDRESS, 2: ADDRESS, 3: PLACE, 5: ADDRESS, 8: PLACE, 9: PLACE}
_XTN: Final = {1: PHONE, 4: EMAIL, 5: PHONE, 6: PHONE, 7: PHONE, 8: PHONE, 9: PHONE, 12: PHONE}
_CX: Final = {1: ID}
_EI: Final = {1: ID}
_WHOLE_ID: Final = {0: ID}  # 0: the whole field
_WHOLE_NATIONAL: Final = {0: NATIONAL}
_WHOLE_DATE: Final = {0: DATE}
_WHOLE_PLACE: Final = {0: PLACE}
_DLN: Final = {1: LICENCE}
_NDL: Final = {1: PERSON}  # CNN in component 1 (id & family & given ... as subcomponents)

# Segment -> field number -> component kinds (HL7 v2.5 chapter 3, 6, 4 and 7 tables).
FIELDS: Final[dict[str, dict[int, dict[int, str]]]] = {
    "PID": {
        2: _CX, 3: _CX, 4: _CX, 5: _XPN, 6: _XPN, 7: _WHOLE_DATE, 9: _XPN, 11: _XAD,
        12: _WHOLE_PLACE, 13: _XTN, 14: _XTN, 18: _CX, 19: _WHOLE_NATIONAL, 20: _DLN,
        21: _CX, 23: _WHOLE_PLACE, 29: _WHOLE_DATE,
    },
    "PD1": {4: _XCN},
    "NK1": {
        2: _XPN, 4: _XAD, 5: _XTN, 6: _XTN, 12: _CX, 16: _WHOLE_DATE, 30: _XPN, 31: _XTN,
        32: _XAD, 33: _CX, 37: _WHOLE_NATIONAL,
    },
    "PV1": {
        7: _XCN, 8: _XCN, 9: _XCN, 17: _XCN, 19: _CX, 44: _WHOLE_DATE, 45: _WHOLE_DATE,
        50: _CX, 52: _XCN,
    },
    "PV2": {13: _XCN},
    "MRG": {1: _CX, 2: _CX, 3: _CX, 4: _CX, 5: _CX, 6: _CX, 7: _XPN},
    "EVN": {5: _XCN},
    "GT1": {
        2: _CX, 3: _XPN, 4: _XPN, 5: _XAD, 6: _XTN, 7: _XTN, 8: _WHOLE_DATE, 12: _WHOLE_NATIONAL,
        16: _XPN, 17: _XAD, 18: _XTN, 19: _CX, 45: _XPN, 46: _XTN, 47: _XAD,
    },
    "IN1": {16: _XPN, 18: _WHOLE_DATE, 19: _XAD, 36: _WHOLE_ID, 49: _CX},
    "IN2": {
        1: _CX, 2: _WHOLE_NATIONAL, 3: _XCN, 6: _WHOLE_ID, 7: _XPN, 8: _WHOLE_ID,
        25: _CX, 61: _CX, 63: _XTN, 64: _XTN,
    },
    "ORC": {
        2: _EI, 3: _EI, 10: _XCN, 11: _XCN, 12: _XCN, 14: _XTN, 19: _XCN, 22: _XAD, 23: _XTN,
        24: _XAD,
    },
    "OBR": {
        2: _EI, 3: _EI, 10: _XCN, 16: _XCN, 17: _XTN, 28: _XCN, 32: _NDL, 33: _NDL, 34: _NDL,
        35: _NDL,
    },
    "OBX": {16: _XCN},
    "TXA": {5: _XCN, 9: _XCN, 10: _XCN, 11: _XCN, 22: _XCN, 23: _XCN},
    "DG1": {16: _XCN},
    "PR1": {8: _XCN, 11: _XCN, 12: _XCN},
    "SCH": {12: _XCN, 13: _XTN, 15: _XAD, 16: _XCN, 17: _XTN, 18: _XAD, 20: _XCN},
    "AIP": {3: _XCN},
    "ROL": {4: _XCN, 11: _XAD, 12: _XTN},
    "STF": {2: _CX, 3: _XPN, 10: _XTN, 11: _XAD},
    "PRD": {2: _XPN, 3: _XAD, 5: _XTN, 7: _CX},
    "CTD": {2: _XPN, 3: _XAD, 5: _XTN},
    "ACC": {5: _XCN},
    "RXE": {13: _XCN},
    "RXO": {14: _XCN},
    "RXA": {10: _XCN},
    "MSH": {},
}  # fmt: skip

_SEGMENT = fast_regex.compile(
    r"(?:^|(?<=[\r\n]))[ \t]*(?P<id>"
    + "|".join(sorted(FIELDS))
    + r")(?P<sep>[|])(?P<body>[^\r\n]*)"
)
_MSH = fast_regex.compile(r"MSH\|(?P<enc>[^|\r\n]{4,5})\|")
_DEFAULT = "^~\\&"


def find_hl7(text: str) -> list[Span]:
    """The identifying components of every HL7 v2 segment in `text`."""
    if "|" not in text:
        return []
    spans: list[Span] = []
    enc = _DEFAULT
    for m in _SEGMENT.finditer(text):
        seg = m.group("id")
        if seg == "MSH":
            header = _MSH.match(text, m.start("id"))
            if header is not None:
                enc = header.group("enc")
            _facilities(m.group("body"), m.start("body"), enc[0], spans)
            _control_id(m.group("body"), m.start("body"), enc[0], spans)
            continue
        fields = FIELDS[seg]
        component, repetition, subcomponent = enc[0], enc[1], enc[3] if len(enc) > 3 else "&"
        offset = m.start("body")
        for number, value in enumerate(m.group("body").split("|"), start=1):
            kinds = fields.get(number) or (_XCN if _npi_led(value, enc[0]) else None)
            if kinds is _XTN and _name_shaped(value, component):
                kinds = _XPN  # "Gyamfi^Augustine" in a telecom field: a person's name
            if kinds is _EI and _coded_element(value, component):
                kinds = None  # "71250^CT THORAX W/O CONTRAST": a service code and its text
            if kinds and value and value != '""':
                _field_spans(value, offset, kinds, (component, repetition, subcomponent), spans)
            offset += len(value) + 1
    return spans


# MSH-4 (sending facility) and MSH-6 (receiving facility), of data type HD, counted in
# the body after MSH-1 (the field separator itself): MSH-2 is the body's first field.
_FACILITY_FIELDS: Final = (4, 6)


def _facilities(body: str, offset: int, component: str, out: list[Span]) -> None:
    """The sending and receiving facilities of an MSH segment written as a name, masked as
    a place: HD's namespace id is a code of the sender's table 0362 ("HOSP", "LAB01"), in
    capitals and digits, or the facility's written name, which names its town
    ("Eichstätt", "da Conceição"). Codes stay readable."""
    fields = body.split("|")
    for number in _FACILITY_FIELDS:
        if number - 1 >= len(fields):
            break
        at = offset + sum(len(f) + 1 for f in fields[: number - 2])
        namespace = fields[number - 2].split(component)[0]
        if any(c.islower() for c in namespace):
            _add(namespace, at, PLACE, out)


# MSH-10, the message control id (ST), counted as in `_facilities`.
_CONTROL_ID_FIELD: Final = 10


def _control_id(body: str, offset: int, component: str, out: list[Span]) -> None:
    """The message control id of an MSH segment: a sender's number for the one message
    about one patient ("CASE 56-64160", an order's or a claim's reference)."""
    fields = body.split("|")
    if len(fields) < _CONTROL_ID_FIELD - 1:
        return
    at = offset + sum(len(f) + 1 for f in fields[: _CONTROL_ID_FIELD - 2])
    _add(fields[_CONTROL_ID_FIELD - 2].split(component)[0], at, ID, out)


# XTN-2, telecom use code (HL7 table 0201), and XTN-3, equipment type (table 0202): the
# codes a telecom field writes in letters after its number.
_TELECOM_CODES: Final = frozenset(
    {"PRN", "ORN", "WPN", "VHN", "ASN", "EMR", "NET", "BPN", "PH", "FX", "MD", "CP", "BP"}
    | {"SAT", "TDD", "TTY", "X.400", "INTERNET"}
)


def _name_shaped(value: str, component: str) -> bool:
    """A telecom (XTN) field holding "Family^Given" instead of a number: two components of
    letters, one in mixed case, no telecom code. Some senders put the ordering provider's
    name where the table puts the callback number (OBR-17 beside OBR-16)."""
    parts = value.split(component)
    if len(parts) != 2 or parts[1].upper() in _TELECOM_CODES:
        return False
    words = [w for p in parts for w in p.replace("-", " ").replace("'", " ").split()]
    if not words or not all(w.isalpha() for w in words):
        return False
    return all(p.strip() and any(c.islower() for c in p) and p[:1].isupper() for p in parts)


def _coded_element(value: str, component: str) -> bool:
    """An order-number field holding a coded element (CE: code^text) instead: EI's second
    component is a namespace id (a code without spaces), CE's is the code's text."""
    parts = value.split(component)
    return len(parts) > 1 and any(c.isspace() for c in parts[1].strip())


def _npi_led(value: str, component: str) -> bool:
    """A field the table does not name that opens with a US National Provider Identifier
    and a name after it ("1558601948^FARMER"): an XCN, wherever a sender put it. An NPI
    (45 CFR 162.406) is ten digits, the first 1 or 2, the last a Luhn check digit over
    "80840" and the other nine."""
    head, _, rest = value.partition(component)
    if len(head) != 10 or not head.isdigit() or head[0] not in "12":
        return False
    if not rest[:1].isalpha():
        return False
    total = 0
    for i, c in enumerate(reversed("80840" + head)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _field_spans(
    value: str, offset: int, kinds: dict[int, str], seps: tuple[str, str, str], out: list[Span]
) -> None:
    """Spans of `value`'s components named in `kinds` (each repetition alike)."""
    component, repetition, subcomponent = seps
    for rep in value.split(repetition):
        if 0 in kinds:
            _add(rep, offset, kinds[0], out)
        else:
            at = offset
            for number, comp in enumerate(rep.split(component), start=1):
                kind = kinds.get(number)
                if kind is not None:
                    # subcomponents (family & own surname prefix & own surname ...) alike
                    sub_at = at
                    for sub in comp.split(subcomponent):
                        _add(sub, sub_at, kind, out)
                        sub_at += len(sub) + 1
                at += len(comp) + 1
        offset += len(rep) + 1


def _add(value: str, offset: int, kind: str, out: list[Span]) -> None:
    stripped = value.strip()
    if not any(c.isalnum() for c in stripped) or stripped == '""':
        return
    start = offset + value.index(stripped)
    out.append(Span(start, start + len(stripped), kind, "hl7_v2", 0.95))
