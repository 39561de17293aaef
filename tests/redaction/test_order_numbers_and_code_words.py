"""Record numbers whose printed code word is part of the value (issue 15, session 38,
split T): an HL7 order's or message's entity identifier is masked whole ("CASE 12-34567"
as the filler order number or the message control id), and a scheme's code word right
after a label is masked with its number ("Sample ID: XKB 310275546618"). Values invented."""

from __future__ import annotations

import pytest

from app.redaction.hl7 import find_hl7
from app.redaction.record_numbers import find_by_context

MSG = (
    "MSH|^~\\&|LIS|LAB|EPR|WARD|202301021200||ORU^R01|CASE 31-90817|P|2.5.1\n"
    "PID|||44120987||DOE^JANE||19800101|F\n"
    "ORC|NW|ORD 7781-22^LAB\n"
    "OBR|1||CASE 77-10293|24323-8^Comprehensive metabolic panel^LN\n"
)


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_hl7(text)}


@pytest.mark.parametrize("value", ["CASE 31-90817", "ORD 7781-22", "CASE 77-10293"])
def test_order_and_message_ids_are_masked_whole(value: str) -> None:
    assert value in _found(MSG)


def test_order_id_namespace_and_service_code_stay() -> None:
    found = _found(MSG)
    assert "LAB" not in found
    assert not any("24323-8" in f for f in found)


def test_service_code_written_in_the_order_number_field_stays() -> None:
    # a coded element (code^text) where the order number goes: a service, no one's number
    msg = "MSH|^~\\&|RIS|IMG|PACS|IMG|20230102||ORM^O01|X1|P|2.3\nOBR|1||71111^XR RIBS LEFT|\n"
    assert not any("71111" in f for f in _found(msg))


def _context(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_by_context(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sample ID: XKB 310275546618\nAnalysis requested: panel", "XKB 310275546618"),
        ("Reference: QZT 88-120455", "QZT 88-120455"),
    ],
)
def test_code_word_after_label_is_part_of_the_value(text: str, value: str) -> None:
    assert value in _context(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient ID: MRN 55012398", "55012398"),  # an identifier word: the label's
        ("Salary account ........ CLABE 032180000118359719", "032180000118359719"),
    ],
)
def test_label_and_scheme_words_stay_outside(text: str, value: str) -> None:
    assert _context(text) == {value}
