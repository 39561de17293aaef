"""Codes of clinical records and machine logs that the shape rules read as identifiers.

Each is a convention with a fixed place in its record, and what the record is about, not
who it is about:

- an HTTP access log's status code and response size after the quoted request line
  ('"GET /x HTTP/1.1" 200 5120': the Common Log Format of NCSA httpd and Apache), no phone;
- the request line's protocol version after a query's value ("?mrn=56-59 HTTP/1.1": RFC 9112)
  and a US federal form's number ("CMS-1500", "I-130 Petition", "I-797C"): no record number,
  no address, no plate;
- a logfmt or syslog key written before its value ("user=ana@example.org"): the key and
  its "=" stay readable, the value stays masked;
- a FHIR literal reference's resource type ("Patient/HZ75", HL7 FHIR R4 Reference.reference
  "[type]/[id]"): the type and its "/" stay readable, the id stays masked;
- the amount and currency cells of a comma-delimited export (RFC 4180) that the NER model
  joins to the account beside them as one place ("FR76…,89.90,EUR"): the finding is cut
  at the cell edges and its amount and ISO 4217 currency cells stay readable.

Each guard drops or trims a finding only where the convention's own marks stand beside it;
the identifiers beside the code are found by their own rules and stay masked.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

# The request line's end, then the status code (RFC 9110: three digits, 1xx-5xx) and the
# size in bytes or "-".
_LOG_STATUS: Final = fast_regex.compile(
    r'HTTP/\d(?:\.\d)?"[ ](?P<status>[1-5]\d\d[ ](?:\d+|-))(?![\w])'
)


def _log_status_spans(text: str) -> list[tuple[int, int]]:
    if "HTTP/" not in text:
        return []
    return [m.span("status") for m in _LOG_STATUS.finditer(text)]


def _inside(span: Span, runs: list[tuple[int, int]]) -> bool:
    return any(a <= span.start and span.end <= b for a, b in runs)


# A key and "=" glued before an e-mail address (logfmt, syslog's key=value pairs): RFC 5322
# allows "=" in a local part, so the e-mail matchers take the key with it.
_KEY_BEFORE_VALUE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,30}=")


def without_log_key(text: str, span: Span) -> Span:
    """An e-mail finding that begins with a log's "key=" begins after it."""
    if span.kind != "EMAIL_ADDRESS":
        return span
    m = _KEY_BEFORE_VALUE.match(text, span.start, span.end)
    if m is None or "@" not in text[m.end() : span.end]:
        return span
    return span.moved(m.end(), span.end)


# A cell edge inside one run of characters: a comma between letters or digits that is no
# thousands separator ("1,932.17").
_CELL_COMMA: Final = fast_regex.compile(
    r"(?<=[^\W_]),(?=[^\W\d_])"  # before a letter
    r"|(?<=[^\W\d_]),(?=\d)"  # after a letter
    # between digits, unless it groups thousands ("1,932.17", "12,500,000")
    r"|(?<=\d),(?=\d)(?:(?<!(?<![\w.,])\d{1,3}(?:,\d{3})*,)|(?!\d{3}(?!\d)))"
)
_AMOUNT: Final = fast_regex.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d{1,12})(?:[.,]\d{1,4})?")
# ISO 4217 codes of the currencies an export names most.
_CURRENCIES: Final = frozenset(
    word_list(
        """
    EUR USD GBP CHF PLN CZK HUF SEK NOK DKK ISK RON BGN TRY UAH RUB JPY CNY HKD SGD KRW INR
    AUD NZD CAD MXN BRL ARS CLP COP PEN ZAR NGN KES GHS EGP MAD AED SAR ILS THB MYR IDR PHP VND
    """
    )
)
# The NER model's kinds whose findings may hold an export's cells (a person is the name
# rules' and their guards').
_NER_KINDS: Final = frozenset({"LOCATION", "NRP", "ORGANIZATION"})


def _without_amount_cells(text: str, span: Span) -> list[Span]:
    """A NER finding across an export's cells, without its amount and currency cells."""
    value = text[span.start : span.end]
    if "," not in value or any(c.isspace() for c in value):
        return [span]
    edges = [m.start() for m in _CELL_COMMA.finditer(text, span.start, span.end)]
    if not edges:
        return [span]
    out = []
    start = span.start
    for edge in [*edges, span.end]:
        cell = text[start:edge]
        if cell and not _AMOUNT.fullmatch(cell) and cell not in _CURRENCIES:
            out.append(span.moved(start, edge))
        start = edge + 1
    return out


# FHIR R4 resource types that references name (the person, care and billing resources).
_FHIR_TYPE: Final = fast_regex.compile(
    r"(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Person|Encounter|EpisodeOfCare"
    r"|Organization|Location|Device|Observation|Condition|Procedure|MedicationRequest"
    r"|DiagnosticReport|ServiceRequest|Specimen|ImagingStudy|DocumentReference|Coverage"
    r"|Claim|Account|Appointment|CarePlan|Group)/(?=[A-Za-z0-9\-.]{1,64})"
)


def _without_resource_type(text: str, span: Span) -> Span:
    """A finding that begins with a FHIR reference's resource type begins after it."""
    m = _FHIR_TYPE.match(text, span.start, span.end)
    if m is None or m.end() >= span.end:
        return span
    return span.moved(m.end(), span.end)


_HTTP_VERSION: Final = fast_regex.compile(r"[ ]HTTP/\d(?:\.\d)?\Z")
# US federal forms by their issuer's series: CMS/HCFA claim forms (CMS-1500, CMS-1450,
# UB-04), USCIS forms (I-130, I-797C, N-400, G-28, AR-11), the State Department's DS
# forms, the IRS wage forms (W-2, W-4); a form word may follow ("I-130 Petition").
_FORM_NUMBER: Final = fast_regex.compile(
    r"(?:(?:CMS|HCFA)-\d{3,4}|UB-0?4|(?:I|N|G|AR)-\d{1,3}[A-Z]?|DS-\d{2,4}|W-[249])"
    r"(?:[ ](?i:petition|application|form|notice|receipt))?"
)
_FORM_GATE: Final = fast_regex.compile(r"\b(?:CMS|HCFA|UB|USCIS|Form|Petition|NOTICE|Notice)\b")


def _without_http_version(text: str, span: Span) -> Span:
    m = _HTTP_VERSION.search(text, span.start, span.end)
    if m is None or m.start() <= span.start:
        return span
    return span.moved(span.start, m.start())


def _form_number(text: str, span: Span) -> bool:
    return (
        span.kind != "PERSON"
        and _FORM_NUMBER.fullmatch(text, span.start, span.end) is not None
        and _FORM_GATE.search(text) is not None
    )


def record_codes(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings that are a record's codes (see above), e-mail
    findings without a log's key, NER findings without an export's amount cells, findings
    without a FHIR reference's resource type."""
    statuses = _log_status_spans(text)
    out = []
    for span in spans:
        if _form_number(text, span):
            continue
        if statuses and span.kind == "PHONE_NUMBER" and _inside(span, statuses):
            continue
        pieces = _without_amount_cells(text, span) if span.kind in _NER_KINDS else [span]
        for piece in pieces:
            trimmed = _without_resource_type(text, without_log_key(text, piece))
            out.append(_without_http_version(text, trimmed) if "HTTP/" in text else trimmed)
    return out
