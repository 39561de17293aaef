"""An identifier-looking token next to an identifier word is masked, whatever the word's
language, abbreviation or compound, the separator, the layout (a form's line break, a
table cell, label words between) and the token's shape; numbers that read as measurements
beside the same words survive. National numbers with a check digit are masked with no
word at all. Values invented for this test (check digits computed here)."""

from __future__ import annotations

import pytest
from stdnum.bg import egn
from stdnum.cl import rut
from stdnum.ro import cnp

from app.redaction.national_ids import find_national_ids, hkid_ok, sg_nric_ok
from app.redaction.record_numbers import find_by_context
from app.redaction.second_pass import mask_text


def _masked(text: str, value: str) -> bool:
    return value not in mask_text(text)[0]


# (identifier word as written, token) for every class of word and shape
WORDS_AND_TOKENS = [
    ("Ref.", "QV-20931"),
    ("Num.", "771-2208"),
    ("n°", "88 412 907"),
    ("nº", "A-55019"),
    ("#", "40917-B"),
    ("Nr.", "K/2291/77"),
    ("Nummer", "4412-0093"),
    ("numer", "77 0912 33"),
    ("číslo", "881204/0077"),
    ("szám", "6612-9034"),
    ("Id-Nr.", "DX 40 771 2"),
    ("Aktenzeichen", "3 C 4471/21"),
    ("Az.", "12 O 3309/22"),
    ("dossier", "2023-DS-0081"),
    ("expediente", "EXP-55/2021"),
    ("pratica", "PR 2024 00913"),
    ("sygn.", "II K 912/20"),
    ("member", "MBR0091234"),
    ("membership", "GX-771-003"),
    ("policy", "pol-4471-22"),
    ("polizza", "77/441900"),
    ("póliza", "PZ 330 1187"),
    ("Versichertennummer", "H771203345"),
    ("licence", "LIC 88-0913"),
    ("Führerschein", "B072RRE2I55"),
    ("permis", "12AB34567"),
    ("carnet", "CN-881203"),
    ("patente", "U1H0T4471"),
    ("Pass", "C01X00T47"),
    ("passeport", "18AB77012"),
    ("pasaporte", "PAB771203"),
    ("paszport", "EA 9912340"),
    ("reg.", "R-77123"),
    ("GMC", "7701234"),
    ("NMC", "99I4471E"),
    ("HCPC", "PA 77120"),
    ("NPI", "1700912345"),
    ("BIG", "391770123"),
    ("RPPS", "10101770912"),
    ("ADELI", "75 10 77091"),
    ("LANR", "771209901"),
    ("Colegiado", "28/77091"),
    ("badge", "BDG-44019"),
    ("staff number", "ST 770 912"),
    ("employee number", "E-0077121"),
    ("personnel number", "PN/77/0912"),
    ("student ID", "s2077091"),
    ("S/N", "SN7A-0912-KX"),
    ("IMEI", "35 770912 440917 2"),
    ("lot", "L2291X7"),
    ("claim", "CLM-2024-77091"),
    ("case", "C-770912"),
    ("ticket", "INC0077091"),
    ("konto", "77 0912 4401"),
    ("compte", "00077 09124 A"),
    ("cuenta", "0077-0912-44"),
    ("conto", "CC/770912"),
    ("customer number", "CU 7709 12"),
    ("Kundennummer", "KD-770912"),
]


@pytest.mark.parametrize(("word", "token"), WORDS_AND_TOKENS, ids=[w for w, _ in WORDS_AND_TOKENS])
@pytest.mark.parametrize("sep", [": ", " ", " - ", "=", ":\n", " | "])
def test_token_after_an_identifier_word_is_masked(word: str, token: str, sep: str) -> None:
    text = f"Reviewed today. {word}{sep}{token}\nNo acute distress."
    assert _masked(text, token)


@pytest.mark.parametrize(("word", "token"), WORDS_AND_TOKENS[:20])
def test_any_casing_of_the_word(word: str, token: str) -> None:
    for form in (word.upper(), word.lower()):
        assert _masked(f"{form}: {token}", token), form


COMPOUNDS = [
    ("Fahrgestellnummer", "WP0ZZZ99ZTS3927"),
    ("Seriennummer", "X7-44019"),
    ("sarjanumero", "FI77091-2"),
    ("számlaszám", "11773016-11111018"),
    ("rijbewijsnummer", "5077091234"),
    ("Sozialversicherungsnummer", "1237 010180"),
]


@pytest.mark.parametrize(("word", "token"), COMPOUNDS, ids=[w for w, _ in COMPOUNDS])
def test_compound_words_ending_in_a_word_for_number(word: str, token: str) -> None:
    assert _masked(f"{word}: {token}", token)


LAYOUTS = [
    ("label words between", "numéro de dossier : 2024 00871 B", "2024 00871 B"),
    ("three label words", "nr prawa wykonywania zawodu 7709124", "7709124"),
    ("table cell", "| codice cliente | BFH 002531 |", "BFH 002531"),
    ("form line break", "Licence No.:\nDX-771209", "DX-771209"),
    ("chat answer", "agent: your member no?\ncustomer: MX 7709 12", "MX 7709 12"),
    ("bracketed", "quote your account (524 493 909) when", "524 493 909"),
    ("hash", "claim #QX771209 filed", "QX771209"),
    ("lower-case code", "ref ab77x0912 noted", "ab77x0912"),
    ("trailing check letter", "NIE X-7709124-L noted", "7709124"),
    ("abbreviation with a full stop", "nr rej. WX 77091", "WX 77091"),
]


@pytest.mark.parametrize(("name", "text", "value"), LAYOUTS, ids=[c[0] for c in LAYOUTS])
def test_layouts_between_word_and_value(name: str, text: str, value: str) -> None:
    assert _masked(text, value), name


NEGATIVES = [
    "metformin 500 mg twice daily",
    "Plan: insulin 10 units at night",
    "Plan: HbA1c 48, recheck",
    "Plan: BP 130/80 on ramipril",
    "GCS 15/15, SpO2 98%",
    "temperature 38.2, reference range 3.5-5.0",
    "seen at 14:30 on ward 7, bed 12, room 204",
    "member since 2012",
    "policy covers 80%",
    "claim of 250 EUR",
    "ID badge was lost",
    "number of falls: 2",
    "No. of tablets: 28",
    "the number of admissions in 2019 and 2020",
    "page 2 of 3",
    "case discussed at the 09:00 meeting",
    "Plan: pT3 N1 M0, for MDT",
    "account for the new symptoms",
    "lot of pain since 2019",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_measurements_beside_identifier_words_survive(text: str) -> None:
    assert find_by_context(text) == []
    assert mask_text(text)[0] == text


def _with_check(body: str, valid: object) -> str:
    for c in "0123456789K":
        if valid(body + c):  # type: ignore[operator]
            return body + c
    raise AssertionError("no check digit fits")


def test_national_numbers_with_a_check_need_no_word() -> None:
    numbers = {
        "ro_cnp": _with_check("185031522114", cnp.is_valid),
        "bg_egn": _with_check("752316926", egn.is_valid),
        "cl_rut": rut.format(_with_check("12345678", rut.is_valid)),
        "sg_nric": next(f"S1234567{c}" for c in "ABCDEFGHIJZ" if sg_nric_ok(f"S1234567{c}")),
        "hk_hkid": next(f"A123456({c})" for c in "0123456789A" if hkid_ok(f"A123456({c})")),
    }
    for rule, number in numbers.items():
        text = f"Seen with {number} today"
        found = {(s.rule, text[s.start : s.end]) for s in find_national_ids(text)}
        assert (rule, number) in found, rule
        assert _masked(text, number)


def test_a_wrong_check_digit_alone_is_not_a_national_number() -> None:
    good = _with_check("185031522114", cnp.is_valid)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert not cnp.is_valid(bad)
    assert all(s.rule != "ro_cnp" for s in find_national_ids(f"value {bad} noted"))
    # with the word beside it, the same number is masked by the context rule
    assert _masked(f"CNP {bad}", bad)


# Codes the second pass masks with no word, or with a word that touches them: a CJK label
# glued to its value, a German court register between numbers, a lower-case hex digest
# (a biometric template or a document hash), digits in more slashed groups than a date has.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("就诊卡号E40917355801，请保管好", "E40917355801"),
        ("会员号3456789。", "3456789"),
        ("患者番号A1234567の方", "A1234567"),
        ("Aktenzeichen 38 Ds 309/23 –", "38 Ds 309/23"),
        ("Geschäftszeichen: 4 OWi 12/24.", "4 OWi 12/24"),
        ("template ref 9c1e0f3a77b24d1e8a06f5b2", "9c1e0f3a77b24d1e8a06f5b2"),
        ("membership 4471/08/220913 confirmed", "4471/08/220913"),
    ],
)
def test_codes_glued_to_labels_or_shaped_as_references_are_masked(text: str, value: str) -> None:
    masked = mask_text(text)[0]
    assert not any(part in masked for part in value.split() if len(part) >= 3), masked


@pytest.mark.parametrize(
    "text",
    [
        "Seen on 12/03/2024 and 1/2/2023.",  # dates: at most eight digits
        "ratio 1/2/3 of the doses",
        "commit 3c85729 fixed the parser",  # a short hex word
    ],
)
def test_dates_short_hex_and_ratios_are_no_references(text: str) -> None:
    assert "RECORD_NUMBER" not in mask_text(text)[0]
