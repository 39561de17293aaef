"""Phones with their extensions, handover ages, trial subject numbers, random codes, OCR
misreads inside codes and national bank account layouts, each read from the convention
that defines it (values made up for this test, or produced by the library that writes
the convention: phonenumbers, python-stdnum).

- Extensions: RFC 3966's ";ext=" parameter (phonenumbers' RFC3966 format), its
  INTERNATIONAL format's " ext. ", and the words national directories print, in brackets
  or not. The whole value, extension and word included, is masked.
- Ages: the ATMIST and ASHICE handover mnemonics, whose "A" is the age.
- A lease's term ("leasehold 112 yrs") is a span of time, no age.
- Clinical trials' subject numbers (CDISC SDTM SUBJID, ICH E6 subject identification code).
- Codes drawn at random from capitals and digits with a single digit (vaccine lots).
- OCR's small "l" / "o" inside a code's digits (UTS #39 confusables).
- Spain's CCC layout (bank, branch, check digits, ten-digit account).
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.es import ccc

from app.redaction.accounts import find_accounts
from app.redaction.ages import find_ages
from app.redaction.ocr_misreads import find_misread_numbers
from app.redaction.phones import find_phones
from app.redaction.record_numbers import find_by_context
from app.redaction.second_pass import mask_text
from app.redaction.structured import text_words

# ---- phone extensions ------------------------------------------------------------------

_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "BR", "NG", "AU", "IN")


def _with_extension(region: str, ext: str) -> phonenumbers.PhoneNumber:
    number = phonenumbers.example_number(region)
    assert number is not None
    number.extension = ext
    return number


def _library_forms() -> list[tuple[str, str]]:
    """Each region's example number with an extension, as phonenumbers writes it."""
    out = []
    for region in _REGIONS:
        number = _with_extension(region, "4654")
        rfc = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.RFC3966)
        out.append((f"{region} rfc3966", rfc.removeprefix("tel:")))
        out.append(
            (
                f"{region} international",
                phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
            )
        )
    return out


@pytest.mark.parametrize(("name", "value"), _library_forms(), ids=[n for n, _ in _library_forms()])
def test_extension_written_by_phonenumbers_is_masked_whole(name: str, value: str) -> None:
    text = f"Contact: {value} (after 2pm)."
    start = text.index(value)
    assert any(s.start <= start and start + len(value) <= s.end for s in find_phones(text)), name
    masked = mask_text(text)[0]
    assert "4654" not in masked
    assert "ext" not in masked


# The words directories print before an extension, in brackets or not.
WORD_FORMS = [
    ("bracketed ext", "(620) 782-5395 (ext 4654)"),
    ("bracketed ext.", "+1 620 782 5395 (ext. 4654)"),
    ("bracketed x", "620-782-5395 (x4654)"),
    ("dots as separators", "+1.649.919.4388 (ext 4680)"),
    ("spaces then bracket", "538 342 5281 (ext 7686)"),
    ("slash after area code", "796/235-0161 (ext 4400)"),
    ("ext colon", "620-782-5395 ext: 4654"),
    ("ext hash", "620-782-5395 ext #4654"),
    ("hash alone", "620-782-5395 #4654"),
    ("extn", "020 7946 0958 extn 4654"),
    ("french poste", "01 44 55 66 77 poste 4654"),
    ("german durchwahl", "030 12345678 Durchwahl 46"),
    ("german dw.", "030 12345678 Dw. 46"),
    ("italian interno", "06 1234 5678 interno 46"),
    ("italian int.", "06 1234 5678 (int. 46)"),
    ("portuguese ramal", "(11) 3456-7890 ramal 4654"),
    ("spanish anexo", "+56 2 2345 6789 anexo 4654"),
    ("japanese naisen", "03-1234-5678 内線 4654"),
    ("rfc 3966 after national", "+1-231-675-0108;ext=1076"),
    ("auto-dial commas", "+1 650 253 0000,,4654"),
    ("auto-dial semicolon", "+1 650 253 0000;4654"),
    ("hash after", "650-253-0000 x4654#"),
    ("tilde", "650-253-0000 ~4654"),
    ("ext hyphen", "650-253-0000 ext-46"),
    ("xtn", "650-253-0000 xtn 46"),
]


@pytest.mark.parametrize(("name", "value"), WORD_FORMS, ids=[n for n, _ in WORD_FORMS])
def test_extension_word_is_masked_with_the_number(name: str, value: str) -> None:
    text = f"Please call {value} if needed."
    start = text.index(value)
    spans = find_phones(text)
    assert any(s.start <= start and start + len(value) <= s.end for s in spans), name


@pytest.mark.parametrize(
    "text",
    [
        "Ward 12 (ext wing) is closed.",
        "BP 132/80 (x2 readings), HR 88.",
        "Invoice total 1.250,00 (ext. costs excluded).",
        "Take 2 tablets (x3 daily).",
        "Results: 12; 14; 16 mmol",
    ],
)
def test_brackets_with_extension_words_alone_are_no_phone(text: str) -> None:
    assert find_phones(text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 +-().;=extnposDw#内線", max_size=60))
def test_extension_tails_give_spans_inside_the_text(text: str) -> None:
    for span in find_phones(text):
        assert 0 <= span.start < span.end <= len(text)


# ---- handover mnemonics: A is the age -------------------------------------------------

HANDOVER = [
    ("atmist on a line", "ATMIST handover\nA: 105  T: 14:20  M: fall down stairs", "105"),
    ("atmist one per line", "A - 96\nT - 14:20\nM - RTC", "96"),
    ("ashice", "A: 97 S: F H: fall I: # NOF C: stable E: 10 min", "97"),
    ("named mnemonic", "AT-MIST pre-alert: A = 102, mechanism fall", "102"),
]


@pytest.mark.parametrize(("name", "text", "age"), HANDOVER, ids=[n for n, _, _ in HANDOVER])
def test_handover_age_is_masked(name: str, text: str, age: str) -> None:
    assert age in [text[s.start : s.end] for s in find_ages(text)], name


@pytest.mark.parametrize(
    "text",
    [
        "Grade A: 95 marks, grade B: 80",
        "Plan A: 96 units of insulin",
        "Column A: 92\nColumn B: 40",
        "Tenure: leasehold 112 yrs. Valuer: J. Smith",
        "unexpired term 96 years from 1990",
        "lease 125 years",
    ],
)
def test_letters_and_lease_terms_are_no_age(text: str) -> None:
    assert find_ages(text) == []


def test_years_old_after_a_lease_word_is_still_an_age() -> None:
    text = "remaining 95 years old resident"
    assert [text[s.start : s.end] for s in find_ages(text)] == ["95"]


# ---- record numbers: trial subjects, random codes, OCR misreads -------------------------

RECORDS = [
    ("crf subject", "DATA QUERY 00271 — Subject S62-001\nPlease", "S62-001"),
    ("subject id", "Subject ID: 101-004", "101-004"),
    ("participant", "Participant 0042-17 withdrew consent", "0042-17"),
    ("screening no.", "Screening no. SCR-20931", "SCR-20931"),
    ("usubjid", "USUBJID: ABC123-101-004", "ABC123-101-004"),
    ("vaccine lot", "DTaP  dose 4  7/19/24  lot NEBK-ULYT-MKK2  admin by", "NEBK-ULYT-MKK2"),
    ("template id", "Fingerprint template ID: TPL-AMUZZ5FL   Enrolled", "TPL-AMUZZ5FL"),
]


@pytest.mark.parametrize(("name", "text", "value"), RECORDS, ids=[n for n, _, _ in RECORDS])
def test_labelled_record_number_is_masked(name: str, text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in find_by_context(text)], name


@pytest.mark.parametrize(
    "text",
    [
        "Study HER2-POSITIVE cohort",
        "ID: BRCA1-NEGATIVE",
        "Case ref: SARS-COV2 test",
        "subject to 12 conditions",
        "Subject: results of 2024",
        "Participant in 3 sessions",
    ],
)
def test_words_with_a_digit_stay_readable(text: str) -> None:
    assert find_by_context(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lnsurance |D: MR9l11726B\nReason", "MR9l11726B"),
        ("Ref AB12o45678 ok", "AB12o45678"),
        ("Serial XK55l0932Q", "XK55l0932Q"),
    ],
)
def test_code_with_a_misread_small_letter_is_masked(text: str, value: str) -> None:
    found = [text[s.start : s.end] for s in find_misread_numbers(text, text_words(text))]
    assert value in found


@pytest.mark.parametrize(
    "text",
    [
        "chronic kidney disease stage 3b",
        "SpO2 98 on RA, 2l O2",
        "Dose 5mg bd l0 days",
        "code X9l9 yes",
        "MR9l11726b",  # no capitals-only code: small letters elsewhere
    ],
)
def test_small_letters_of_words_and_doses_are_not_folded(text: str) -> None:
    kinds = {s.kind for s in find_misread_numbers(text, text_words(text))}
    assert "RECORD_NUMBER" not in kinds


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789ABMRlosbgqzIO -\n", max_size=80))
def test_misread_codes_give_spans_inside_the_text(text: str) -> None:
    for span in find_misread_numbers(text, text_words(text)):
        assert 0 <= span.start < span.end <= len(text)


# ---- national account layouts ----------------------------------------------------------


def _ccc(bank: str, branch: str, account: str) -> str:
    check = ccc.calc_check_digits(bank + branch + "00" + account)
    number = f"{bank}-{branch}-{check}-{account}"
    assert ccc.is_valid(number)
    return number


@pytest.mark.parametrize(
    "label", ["Bank for payments:", "Cuenta:", "CCC", "Bank details", "Nº de cuenta"]
)
def test_spanish_ccc_after_a_bank_word_is_masked(label: str) -> None:
    value = _ccc("2100", "0418", "0200051332")
    text = f"{label} {value}\n"
    start = text.index(value)
    assert (start, start + len(value)) in [(s.start, s.end) for s in find_accounts(text)]


def test_grouped_numbers_without_a_bank_word_are_no_account() -> None:
    assert find_accounts("Lot sizes 1200 1300 1400 0200051332 delivered") == []
