"""SWIFT MT messages (ISO 15022 FIN: MT103 transfers, MT940 statements) in a text, read
by the standard's blocks and field tags.

A message has header blocks in braces ("{1:F01DEUTDEFFAXXX0000000000}": application,
service, the sender's BIC with its terminal, session and sequence; "{2:I103BNPAFRPPXXXXN}":
direction, message type, the receiver's BIC, priority) and a text block of fields, each
opening a line with its tag (":20:", ":32A:", ":50K:"). What identifies a customer or a
transaction is masked by the field's meaning, whole:

- :20: (sender's reference), :21: (related reference), block 3's {108:} (message user
  reference) and {121:} (UETR): the transaction's reference, a record number;
- :25: (account identification of a statement) and the "/account" line that opens the
  ordering customer's and the beneficiary's fields (:50a:, :59a:): an account;
- the value date of :32A: and :30: (YYMMDD; YYYYMMDD as transcriptions write it in
  :32A:): a date of the transaction.

What names no one stays readable: the header blocks (banks' BICs, session and sequence
numbers, the message type) and the currency and amount of the amount fields (:32A:,
:32B:, :33B:, :71F:, :71G:, :60F:, :62F: ...); other rules' findings there are dropped.
- the ordering customer's and the beneficiary's name: in :50K: and :59: ("[/34x]
  4*35x": an optional account line, then name and address) the first line after the
  account is the name, by the field's format; in :50F: / :59F: (structured party
  identification) the lines numbered "1/" are the name. A person or a firm: masked;
  there the lines numbered "3/" and "5/" (country and town), "4/" (date of birth), "6/"
  (customer number) and "7/" (national identity number) are masked after the country.

Addresses in those fields are the address rules'.
Pure Python, gated on a field tag at a line start or a header block.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

REFERENCE: Final = "RECORD_NUMBER"
ACCOUNT: Final = "ACCOUNT_NUMBER"
DATE: Final = "DATE_TIME"
PERSON: Final = "PERSON"
RULE: Final = "swift_mt"

# A field of the text block: its tag at a line start, its first line's value.
_FIELD = fast_regex.compile(r"(?m)^:(?P<tag>\d{2}[A-Z]?):(?P<value>[^\r\n]*)")
# Header blocks 1 and 2 (basic and application headers): no person's data.
_HEADER = fast_regex.compile(r"\{[12]:(?P<body>[A-Z0-9]{10,60})\}")
# Block 3's user reference and unique end-to-end transaction reference.
_USER_REF = fast_regex.compile(r"\{(?:108|121):(?P<value>[^{}\r\n]{1,40})\}")
# Fields whose value is a reference (16x), whole.
_REFERENCE_TAGS: Final = frozenset({"20", "21", "20C"})
# Fields whose first line may be "/account" (ordering customer, beneficiary).
_CUSTOMER_TAGS: Final = frozenset({"50A", "50F", "50K", "59", "59A", "59F"})
# Amount fields: [D/C mark][YYMMDD date] currency amount (3!a15d); 32A, 30 carry a date,
# which transcriptions and ISO 20022 mappings also write with the century (YYYYMMDD).
_AMOUNT_TAGS: Final = frozenset(
    {"32A", "32B", "33B", "71F", "71G", "60F", "60M", "62F", "62M", "64", "65", "90C", "90D"}
)
_AMOUNT = fast_regex.compile(
    r"(?P<mark>[CD]|RC|RD)?(?P<date>\d{8}|\d{6})?(?P<money>[A-Z]{3}\d{1,15}(?:,\d{0,5})?)[ \t]*$"
)
_DATE_ONLY = fast_regex.compile(r"\d{6}[ \t]*$")
# Party fields whose name follows the account line (option K, no option) or is numbered.
_NAME_TAGS: Final = frozenset({"50K", "59"})
_NUMBERED_NAME_TAGS: Final = frozenset({"50F", "59F"})
# A line of the field after its tag line: not a new tag, at most 35 characters (35x).
_NEXT_LINE = fast_regex.compile(r"\r?\n(?!:\d{2}[A-Z]?:)(?P<line>[^\r\n:{}]{1,35})(?=\r?\n|$)")
# The other numbered lines of :50F: / :59F: ("3/GB/LEEDS": country and town; "4/": the
# date of birth; "5/": country and place of birth; "6/": country, issuer and customer
# number; "7/": country and national identity number): the value after the country code.
_PARTY_LINE = fast_regex.compile(r"(?P<code>[3-7])/(?:[A-Z]{2}/)?(?P<value>[^\r\n]{1,33})")
# A line of a numbered party field: longer than 35x as transcriptions write them.
_PARTY_NEXT = fast_regex.compile(r"\r?\n(?!:\d{2}[A-Z]?:)(?P<line>[^\r\n{}]{1,70})(?=\r?\n|$)")
_PARTY_LINE_KINDS: Final = {
    "3": "LOCATION",
    "4": DATE,
    "5": "LOCATION",
    "6": REFERENCE,
    "7": "NATIONAL_ID",
}
_NUMBERED_NAME = fast_regex.compile(r"\r?\n1/(?P<line>[^\r\n]{1,33})(?=\r?\n|$)")
_ACCOUNT_LINE = fast_regex.compile(r"/(?P<acct>[A-Za-z0-9][A-Za-z0-9 -]{3,33}[A-Za-z0-9])[ \t]*$")


def _is_message(text: str) -> bool:
    """A text holds an MT message when it has a header block or two field tags or more."""
    if "{1:" in text or "{2:" in text:
        return _HEADER.search(text) is not None
    if text.count(":") < 4:
        return False
    fields = _FIELD.finditer(text)
    return next(fields, None) is not None and next(fields, None) is not None


def find_swift(text: str) -> list[Span]:
    """The references, accounts and value dates of every SWIFT MT message in `text`."""
    if ":" not in text or not _is_message(text):
        return []
    spans: list[Span] = []
    for m in _USER_REF.finditer(text):
        _add(text, m.start("value"), m.end("value"), REFERENCE, spans)
    for m in _FIELD.finditer(text):
        tag, start, end = m.group("tag"), m.start("value"), m.end("value")
        if tag in _REFERENCE_TAGS:
            _add(text, start, end, REFERENCE, spans)
        elif tag == "25":
            _add(text, start, end, ACCOUNT, spans)
        elif tag in _CUSTOMER_TAGS and (acct := _ACCOUNT_LINE.match(text, start, end)):
            _add(text, acct.start("acct"), acct.end("acct"), ACCOUNT, spans)
        if tag in _NAME_TAGS:
            if not text[start:end].strip().startswith("/"):
                _add(text, start, end, PERSON, spans)  # ":59:JEONGJA I": no account line
            elif line := _NEXT_LINE.match(text, end):
                _add(text, line.start("line"), line.end("line"), PERSON, spans)
        elif tag in _NUMBERED_NAME_TAGS:
            at = end
            while line := (_NUMBERED_NAME.match(text, at) or _PARTY_NEXT.match(text, at)):
                if line.re is _NUMBERED_NAME:
                    _add(text, line.start("line"), line.end("line"), PERSON, spans)
                elif party := _PARTY_LINE.match(text, line.start("line"), line.end("line")):
                    kind = _PARTY_LINE_KINDS[party.group("code")]
                    _add(text, party.start("value"), party.end("value"), kind, spans)
                at = line.end()
        if tag == "30" and _DATE_ONLY.match(text, start, end):
            _add(text, start, start + 6, DATE, spans)
        elif (
            tag in _AMOUNT_TAGS
            and (amount := _AMOUNT.match(text, start, end))
            and amount.group("date")
        ):
            _add(text, amount.start("date"), amount.end("date"), DATE, spans)
    return spans


def _add(text: str, start: int, end: int, kind: str, out: list[Span]) -> None:
    value = text[start:end]
    stripped = value.strip()
    if not any(c.isalnum() for c in stripped):
        return
    start += value.index(stripped)
    out.append(Span(start, start + len(stripped), kind, RULE, 0.9))


def _readable(text: str) -> list[tuple[int, int]]:
    """The parts of MT messages that name no one: header blocks, currencies and amounts."""
    parts = [m.span("body") for m in _HEADER.finditer(text)]
    for m in _FIELD.finditer(text):
        if m.group("tag") in _AMOUNT_TAGS and (
            amount := _AMOUNT.match(text, m.start("value"), m.end("value"))
        ):
            parts.append(amount.span("money"))
    return parts


def without_message_codes(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings that lie inside an MT message's header blocks or its
    currencies and amounts, and cut where they run into one ("230115EUR15400": the date
    stays masked, the amount does not); the transaction's date, reference and parties
    stay masked."""
    if ":" not in text or not _is_message(text):
        return spans
    parts = _readable(text)
    if not parts:
        return spans
    out = []
    for span in spans:
        start, end = span.start, span.end
        for a, b in parts:
            if a <= start and end <= b:
                start = end  # inside: dropped
            elif start < a < end <= b:
                end = a
            elif a <= start < b < end:
                start = b
        if start == span.start and end == span.end:
            out.append(span)
        elif start < end:
            out.append(span.moved(start, end))
    return out
