"""Record numbers found by the word before them, whatever their shape: medical record,
patient, account, policy, claim, member, licence, passport, plate, serial and device
numbers, in several languages. Values invented for this test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.record_numbers import find_by_context, find_fixed_shapes
from app.redaction.second_pass import mask_text

CASES = [
    ("mrn dashed groups", "MRN 481-220-93 admitted", "481-220-93"),
    ("patient id letters", "patient ID QZ-40917 on ward", "QZ-40917"),
    ("policy no", "Policy No. HLT/2023/00871 renewed", "HLT/2023/00871"),
    ("claim number", "claim number CLM7734021", "CLM7734021"),
    ("member id", "Member ID: XKE 554 019 201", "XKE 554 019 201"),
    ("beneficiary", "beneficiary no 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("licence", "driving licence MORGA753116SM9IJ", "MORGA753116SM9IJ"),
    ("license number", "license number D4412-77310", "D4412-77310"),
    ("passport", "passport 533018842", "533018842"),
    ("account hash", "account #00417729", "00417729"),
    ("plate", "registration plate KM19 XRT", "KM19 XRT"),
    ("serial", "pump serial SN 88-1092-X4", "88-1092-X4"),
    ("device", "device ID 7F3A-22B9", "7F3A-22B9"),
    ("certificate", "certificate no. 2019/44/1187", "2019/44/1187"),
    ("german nummer", "Versichertennummer A123456789", "A123456789"),
    ("german nr", "Aktenzeichen Nr. 4 O 118/22", "118/22"),
    ("french numero", "numéro de dossier 2024-00871", "2024-00871"),
    ("spanish expediente", "expediente nº 33/2024-B", "33/2024-B"),
    ("italian tessera", "tessera sanitaria 80380001200012345678", "80380001200012345678"),
    ("polish numer", "numer konta 61 1090 1014 0000 0712 1981 2874", "61 1090 1014"),
    ("turkish", "hasta dosya no: 2023/7781", "2023/7781"),
    ("gmc", "GMC 7012345", "7012345"),
]


@pytest.mark.parametrize(("name", "text", "value"), CASES, ids=[c[0] for c in CASES])
def test_value_after_an_identifier_word_is_masked(name: str, text: str, value: str) -> None:
    assert value not in mask_text(text)[0], name


def test_context_rule_alone_finds_the_shapeless_ones() -> None:
    text = "MRN 481-220-93 and patient ID QZ-40917"
    found = {text[s.start : s.end] for s in find_by_context(text)}
    assert {"481-220-93", "QZ-40917"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "number of episodes: 3",
        "Plan 500 mg twice daily",
        "no fever since 2019",
        "account for the new symptoms",
        "ID badge was not worn",
    ],
)
def test_words_without_an_identifier_after_them_mask_nothing(text: str) -> None:
    assert find_by_context(text) == []


def test_long_codes_need_no_word() -> None:
    text = "Lot A7K2291B3 shipped; booking ref left blank; COVID-19 noted"
    found = {text[s.start : s.end] for s in find_fixed_shapes(text)}
    assert found == {"A7K2291B3"}


def test_digit_runs_are_parts_of_joined_tokens() -> None:
    text = "scan_8812345_consent.pdf, key mrn_4471029, version_2_1 and E11_9"
    found = {text[s.start : s.end] for s in find_fixed_shapes(text)}
    assert found == {"8812345", "4471029"}


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_by_context(text) + find_fixed_shapes(text):
        assert 0 <= span.start < span.end <= len(text)
