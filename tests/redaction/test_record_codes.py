"""A record's codes are no identifiers: Snellen acuities (`text.keeps_date`), an access
log's status and size, a log's "key=" before an e-mail, a lab test's name in a plate's
shape, a statement's signed amount. The identifiers beside them stay masked."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.not_identifiers import not_identifiers
from app.redaction.record_codes import record_codes, without_log_key
from app.redaction.spans import Span
from app.redaction.structured import find_structured
from app.redaction.text import keeps_date


def _span(text: str, value: str, kind: str, rule: str = "r") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, rule, 0.5)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("VA R 6/18 L 6/24; IOP 15/17 mmHg", "6/18"),
        ("VA R 6/18 L 6/24; IOP 15/17 mmHg", "6/24"),
        ("Visual acuity: 20/60 right eye", "20/60"),
        ("VA: 6/36 with pinhole", "6/36"),
        ("Visus OD 6/9", "6/9"),
    ],
    ids=["va-right", "va-left", "acuity-word", "va-colon", "visus-od"],
)
def test_snellen_acuities_are_no_dates(text: str, value: str) -> None:
    start = text.index(value)
    assert not keeps_date(value, text[:start])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seen at the VA clinic 3/14 for follow-up", "3/14"),  # Veterans Affairs, a date
        ("Admitted 6/12, discharged 6/19", "6/12"),
        ("VA R 6/12 reviewed 3/11", "3/11"),
    ],
    ids=["va-clinic-date", "no-label", "date-after-acuity"],
)
def test_dates_stay_dates(text: str, value: str) -> None:
    start = text.index(value)
    assert keeps_date(value, text[:start])


def test_access_log_status_and_size_are_no_phone() -> None:
    text = '10.0.0.7 - - [02/Mar/2024:10:11:12 +0000] "GET /chart?id=Q77 HTTP/1.1" 200 48213 "-"'
    status = _span(text, "200 48213", "PHONE_NUMBER")
    date = _span(text, "02/Mar/2024", "DATE_TIME")
    assert record_codes(text, [status, date]) == [date]


def test_a_phone_outside_the_status_stays() -> None:
    text = 'GET /x HTTP/1.1" 404 -\ncallback 020 7946 0321'
    phone = _span(text, "020 7946 0321", "PHONE_NUMBER")
    assert record_codes(text, [phone]) == [phone]


def test_a_log_key_before_an_e_mail_stays_readable() -> None:
    text = "sshd: login ok account=li.wen@example.net from=10.1.1.2"
    span = _span(text, "account=li.wen@example.net", "EMAIL_ADDRESS")
    trimmed = without_log_key(text, span)
    assert text[trimmed.start : trimmed.end] == "li.wen@example.net"
    plain = _span(text, "li.wen@example.net", "EMAIL_ADDRESS")
    assert without_log_key(text, plain) == plain


def test_a_lab_name_is_no_plate_but_a_plate_stays() -> None:
    text = "OBX|3|NM|HBA1C||48|mmol/mol\nVehicle reg ABC 123D"
    lab = _span(text, "HBA1C", "VEHICLE_ID")
    plate = _span(text, "ABC 123D", "VEHICLE_ID")
    assert not_identifiers(text, [lab, plate]) == [plate]


def test_a_signed_amount_is_no_phone_but_a_phone_stays() -> None:
    text = "02/03/2024  TRANSFER IN   +1,420.00\n03/03/2024  REFUND  +85.10\nTel +49 30 901820"
    phones = [
        text[s.start : s.end]
        for s in find_structured(text)
        if s.kind == "PHONE_NUMBER" and s.rule == "phone_intl"
    ]
    assert phones == ["+49 30 901820"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='VA RLOD:/0123456789 HTTP/1."=@ab\n', max_size=80), st.data())
def test_record_codes_never_crash_and_stay_inside(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    kind = data.draw(st.sampled_from(["DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"]))
    for span in record_codes(text, [Span(start, end, kind, "r", 0.5)]):
        assert start <= span.start <= span.end <= end


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("DE44500105175407324931,1250.00,EUR", ["DE44500105175407324931"]),
        ("Cumulative,GB29NWBK60161331926819,2,310.75", ["Cumulative", "GB29NWBK60161331926819"]),
        ("12,500,000,USD", []),
        ("Leeds,Yorkshire", ["Leeds", "Yorkshire"]),
    ],
    ids=["iban-amount-currency", "thousands-amount", "amount-only", "two-places"],
)
def test_an_exports_amount_cells_are_no_place(value: str, kept: list[str]) -> None:
    text = f"ref-9,{value},memo\n"
    found = record_codes(text, [_span(text, value, "LOCATION", "SpacyRecognizer")])
    assert [text[s.start : s.end] for s in found] == kept


def test_a_place_with_a_spaced_comma_stays_whole() -> None:
    text = "born in Springfield, Illinois"
    span = _span(text, "Springfield, Illinois", "LOCATION", "SpacyRecognizer")
    assert record_codes(text, [span]) == [span]


def test_a_fhir_references_type_stays_readable_and_its_id_masked() -> None:
    text = '"subject": {"reference": "Patient/KX-20417", "display": "A. Oduya"}'
    span = _span(text, "Patient/KX-20417", "RECORD_NUMBER")
    (found,) = record_codes(text, [span])
    assert text[found.start : found.end] == "KX-20417"
    alone = _span(text, "Patient", "PERSON")
    assert record_codes(text, [alone]) == [alone]


def test_a_requests_protocol_version_is_no_part_of_the_query_value() -> None:
    text = '"GET /labs?mrn=88-1204-7 HTTP/1.1" 200 913'
    span = _span(text, "88-1204-7 HTTP/1.1", "RECORD_NUMBER")
    (found,) = record_codes(text, [span])
    assert text[found.start : found.end] == "88-1204-7"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("CMS-1450 (UB-04) claim\nPatient control no. 5521", "CMS-1450", "RECORD_NUMBER"),
        ("Form type: I-485 Application to Register", "I-485 Application", "ADDRESS"),
        ("I-797A, NOTICE OF ACTION\nReceipt Number: X", "I-797A", "VEHICLE_ID"),
    ],
    ids=["cms-claim", "uscis-application", "uscis-notice"],
)
def test_a_federal_forms_number_is_no_identifier(text: str, value: str, kind: str) -> None:
    assert record_codes(text, [_span(text, value, kind)]) == []


def test_a_code_of_a_forms_shape_without_a_form_stays() -> None:
    text = "Locker I-204 assigned to the visitor"
    span = _span(text, "I-204", "RECORD_NUMBER")
    assert record_codes(text, [span]) == [span]


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Check-in 04.03.2023    Checkout 09.03.2023", "04.03.2023    Checkout", "04.03.2023"),
        ("Date of birth: 7 May 1961\nOccupation: baker", "7 May 1961\nOccupation", "7 May 1961"),
        ("seen 14  November", "14  November", "14  November"),
        ("Next review 2024   Q3", "2024   Q3", "2024   Q3"),
    ],
    ids=["next-column", "next-line-label", "month-after-gap", "no-letters-word"],
)
def test_a_date_ends_before_the_next_fields_name(text: str, value: str, kept: str) -> None:
    (found,) = not_identifiers(text, [_span(text, value, "DATE_TIME", "SpacyRecognizer")])
    assert text[found.start : found.end] == kept
