"""Workstation second pass: pattern recognizers only, kinds and counts, never values."""

from __future__ import annotations

import pytest

from app.redaction.second_pass import check_comment, mask_text

CASES = [
    ("ssn", "SSN 078-05-1120 on file", "US_SSN"),
    ("phone unassigned area code", "call (555) 010-4477 now", "PHONE_NUMBER"),
    ("international phone", "ring +44 20 7946 0958", "PHONE_NUMBER"),
    ("email", "mail jane@example.org", "EMAIL_ADDRESS"),
    ("mastercard 2-series", "card 2221 0000 0000 0009", "CREDIT_CARD"),
    ("iban", "IBAN GB82 WEST 1234 5698 7654 32", "IBAN_CODE"),
    ("ipv4", "from 10.20.30.40", "IP_ADDRESS"),
    ("url", "see https://intranet.example.org/p/12", "URL"),
    ("mrn prefixed", "MRN 00123456", "MEDICAL_RECORD_NUMBER"),
    ("mrn by context", "medical record number 7654321", "MEDICAL_RECORD_NUMBER"),
    ("account by context", "account number 1234567890", "ACCOUNT_NUMBER"),
    ("employee prefixed", "EMP-004521", "EMPLOYEE_ID"),
    ("written date", "born May 10, 2008", "DATE_TIME"),
]


@pytest.mark.parametrize(("name", "text", "kind"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_is_masked(name: str, text: str, kind: str) -> None:
    masked, counts = mask_text(text)
    assert counts.get(kind, 0) >= 1, name
    assert f"[{kind}]" in masked
    assert check_comment(text) == sorted(counts)


def test_masking_removes_the_value() -> None:
    masked, counts = mask_text("Call 555-010-4477 or SSN 078-05-1120.")
    assert "4477" not in masked
    assert "1120" not in masked
    assert counts == {"PHONE_NUMBER": 1, "US_SSN": 1}


@pytest.mark.parametrize(
    "comment",
    [
        "Lesion in the upper left lobe, about 12 mm.",
        "Label 3 looks wrong; relabel as benign.",
        "Invoice total 1,234,567.00 is odd",  # an amount (a bare 7-digit run is masked)
        "Compare with <PERSON_1> report from <DATE_1>",  # ingest placeholders stay
    ],
)
def test_ordinary_comments_pass(comment: str) -> None:
    assert check_comment(comment) == []
    assert mask_text(comment) == (comment, {})


def test_card_numbers_need_luhn() -> None:
    # A long number that fails Luhn is no card (it may still be masked as a number).
    assert "CREDIT_CARD" not in check_comment("order 4111 1111 1111 1112")
    assert check_comment("card 4111 1111 1111 1111") == ["CREDIT_CARD"]
