"""National identity, health and tax numbers: a number of the right shape is masked with no
context word exactly when its check digit is right. For each country a base number is
written for this test and every possible final character is tried: the finder must report
the valid ones (and mask them end to end) and no invalid one."""

from __future__ import annotations

import importlib
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.national_ids import KIND, find_national_ids
from app.redaction.second_pass import mask_text

DIGITS = string.digits
LETTERS = string.ascii_uppercase
TWO_DIGITS = [f"{n:02d}" for n in range(100)]  # numbers with two check digits

# (country and number, stdnum module, written form with {} for the check character, choices)
CASES = [
    ("GB NHS", "gb.nhs", "401 023 213{}", DIGITS),
    ("CA SIN", "ca.sin", "130 692 54{}", DIGITS),
    ("AU TFN", "au.tfn", "123 456 78{}", DIGITS),
    ("DE Steuer-IdNr", "de.idnr", "36 574 261 80{}", DIGITS),
    ("FR NIR", "fr.nir", "2 84 05 75 114 052 {}", TWO_DIGITS),
    ("ES DNI", "es.dni", "54362315{}", LETTERS),
    ("ES NIE", "es.nie", "X2482300{}", LETTERS),
    ("IT codice fiscale", "it.codicefiscale", "RSSMRA85T10A562{}", LETTERS),
    ("NL BSN", "nl.bsn", "1112.22.33{}", DIGITS),
    ("PL PESEL", "pl.pesel", "4405140135{}", DIGITS),
    ("PL NIP", "pl.nip", "123-456-32-1{}", DIGITS),
    ("PT NIF", "pt.nif", "22113619{}", DIGITS),
    ("PT Cartao de Cidadao", "pt.cc", "31415926 5 ZY{}", DIGITS),
    ("BR CPF", "br.cpf", "390.533.447-0{}", DIGITS),
    ("BR CNPJ", "br.cnpj", "16.727.230/0001-9{}", DIGITS),
    ("TR TC Kimlik", "tr.tckimlik", "171871956{}", TWO_DIGITS),
    ("IN Aadhaar", "in_.aadhaar", "2345 6789 012{}", DIGITS),
    ("BE national number", "be.nn", "85.07.30-033.{}", TWO_DIGITS),
    ("SE personnummer", "se.personnummer", "880320-087{}", DIGITS),
    ("FI HETU", "fi.hetu", "131052-308{}", DIGITS + "ABCDEFHJKLMNPRSTUVWXY"),
    ("NO fodselsnummer", "no.fodselsnummer", "151098473{}", TWO_DIGITS),
    ("CH AHV", "ch.ssn", "756.9217.0769.8{}", DIGITS),
    ("AT SVNR", "at.vnr", "1237 01018{}", DIGITS),
    ("IE PPS", "ie.pps", "6433435{}", "ABCDEFGHIJKLMNOPQRSTUVW"),
    ("MX CURP", "mx.curp", "BOXW310820HNERXN0{}", DIGITS),
    ("CN RIC", "cn.ric", "44030419900101123{}", [*DIGITS, "X"]),
    ("ZA ID", "za.idnr", "750330502608{}", DIGITS),
]


def _rules(text: str) -> set[str]:
    """Rules of the national-id findings that cover exactly the number after "see "."""
    return {
        s.rule
        for s in find_national_ids(text)
        if s.kind == KIND and (s.start, s.end) == (4, len(text))
    }


def _valid(module: str, number: str) -> bool:
    try:
        return bool(importlib.import_module(f"stdnum.{module}").is_valid(number))
    except Exception:  # stdnum's own fault on a made-up number: not valid
        return False


@pytest.mark.parametrize(("name", "module", "form", "choices"), CASES, ids=[c[0] for c in CASES])
def test_the_check_digit_decides(name: str, module: str, form: str, choices: list[str]) -> None:
    rule = RULES[module]
    good = [form.format(c) for c in choices if _valid(module, form.format(c))]
    bad = [form.format(c) for c in choices if not _valid(module, form.format(c))]
    assert good, f"{name}: the test's base number must admit a valid check"
    assert bad, f"{name}: the test's base number must admit a wrong check"
    for number in good:
        # Reported (by this country's rule, or by another's that reads the same digits).
        assert _rules(f"see {number}"), f"{name}: valid number not reported"
        assert number not in mask_text(f"see {number}")[0]
    for number in bad:
        # Another country's check may accept the same digits; this country's never does.
        assert rule not in _rules(f"see {number}"), f"{name}: wrong check digit reported"


RULES = {
    "gb.nhs": "gb_nhs", "ca.sin": "ca_sin", "au.tfn": "au_tfn", "de.idnr": "de_steuer_id",
    "fr.nir": "fr_nir", "es.dni": "es_dni", "es.nie": "es_nie", "it.codicefiscale":
    "it_codice_fiscale", "nl.bsn": "nl_bsn", "pl.pesel": "pl_pesel", "pl.nip": "pl_nip",
    "pt.nif": "pt_nif", "pt.cc": "pt_cc", "br.cpf": "br_cpf", "br.cnpj": "br_cnpj",
    "tr.tckimlik": "tr_tc_kimlik",
    "in_.aadhaar": "in_aadhaar", "be.nn": "be_nn", "se.personnummer": "se_personnummer",
    "fi.hetu": "fi_hetu", "no.fodselsnummer": "no_fodselsnummer", "ch.ssn": "ch_ahv",
    "at.vnr": "at_svnr", "ie.pps": "ie_pps", "mx.curp": "mx_curp", "cn.ric": "cn_ric",
    "za.idnr": "za_id",
}  # fmt: skip


def test_hand_computed_pesel_and_cpf_are_found() -> None:
    # PESEL weights 1-3-7-9; CPF two mod-11 digits: computed here, not by the library.
    base = "0227050832"
    pesel = base + str(
        (10 - sum(int(d) * w for d, w in zip(base, [1, 3, 7, 9] * 3, strict=False)) % 10) % 10
    )
    nine = "529982247"
    first = (sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True)) * 10 % 11) % 10
    second = (
        sum(int(d) * w for d, w in zip(nine + str(first), range(11, 1, -1), strict=True)) * 10 % 11
    ) % 10
    cpf = f"{nine[:3]}.{nine[3:6]}.{nine[6:]}-{first}{second}"
    assert _rules(f"see {pesel}")
    assert "br_cpf" in _rules(f"see {cpf}")


def test_uk_national_insurance_number_has_no_check_and_is_masked_by_shape() -> None:
    assert "QQ 12 34 56 C" not in mask_text("NI: QQ 12 34 56 C")[0]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=DIGITS + " .-/XZY", max_size=40))
def test_any_digits_give_spans_inside_the_text(text: str) -> None:
    for span in find_national_ids(text):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize("text", ["tel. 0612 345 678 91", "20230101120000", "ext 1234567890 12"])
def test_a_cartao_de_cidadao_needs_its_version_letters(text: str) -> None:
    assert "pt_cc" not in {s.rule for s in find_national_ids(text)}
