"""Person names found by the convention they are written in, not by a list of names:

- the IATA passenger name (SURNAME/GIVEN) after the party of a payment as FATF
  Recommendation 16 and ISO 20022 name it (originator, beneficiary, debtor, creditor),
  or with a dictionary given name on either side of the slash;
- the surname and given name closed up around a comma ("DOYLE,CARLOS"), as pharmacy
  systems print labels and as the NUCC 1500 claim form's item 2 is filled in;
- the name after "reviewed by" / "signed by" in the Romance languages and Dutch
  ("Revisado por T. Sans", "Validé par", "Firmato da"), as after the English and German
  phrases.

Each has negatives: abbreviations and captions written with the same separator
("NI/SSN", "PO/IV", "DOB,MRN") and ordinary words stay readable.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.name_records import names_in_records
from app.redaction.names import find_names, is_cue_word


def _found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names_in_records(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # FATF R.16 / ISO 20022 parties before an IATA-style name (SWIFT MT103 50K / 59)
        ("Originator: OKONKWO/TEMPERANCE", ["OKONKWO/TEMPERANCE"]),
        ("Beneficiary: HALVORSEN/KJELD", ["HALVORSEN/KJELD"]),
        ("Beneficiary: BASIC KRALJ/SINISA", ["BASIC KRALJ/SINISA"]),
        ("Ordering customer: VAN DER BERG/ANOUK", ["VAN DER BERG/ANOUK"]),
        ("Debtor  NAKASHIMA/RYO", ["NAKASHIMA/RYO"]),
        # a dictionary given name on the surname's side of the slash
        ("BOOKED FOR MORGAN/ZEPHYRINE", ["MORGAN/ZEPHYRINE"]),
    ],
)
def test_passenger_names_of_payment_parties(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Employee LUCAS, Diane   NI/SSN 295128212195386",
        "VIN/Chassis PNFWXJ5S3J5044725",
        "UTR/TIN SIN: 464 296 136",
        "Il/La sottoscritto/a",
        "route PO/IV, dose BD/TDS; status PASS/FAIL; GRANT/LOAN",
        "Beneficiary: N/A",
    ],
)
def test_captions_and_abbreviations_with_a_slash_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rx#3203 2267  DOYLE,CARLOS  sertraline 50mg tab qty 28", ["DOYLE,CARLOS"]),
        ("2. PATIENT'S NAME  QUINN,STEVEN,J", ["QUINN,STEVEN,J"]),
        ("label: Moreau,Camille 5 mg", ["Moreau,Camille"]),
        ("DE LUCA,ANNA M", ["DE LUCA,ANNA M"]),
    ],
)
def test_surname_and_given_name_closed_up_around_a_comma(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "NAME,DOB,MRN,SEX",  # a CSV header row
        "ICU,HDU",
        "SMITH,JOHN,1980-01-02,M",  # a cell of a longer row: the table readers take it
        "Hb,WBC,Plt",
        "Yes,No",
        "TOTAL,AMOUNT",
        "sertraline,fluoxetine",
    ],
)
def test_comma_lists_stay(text: str) -> None:
    assert _found(text) == []


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="ABCDEFGHIJKLMNOPabcdefghij ,/'-\n", max_size=80))
def test_record_name_forms_never_raise_and_stay_in_text(text: str) -> None:
    for span in names_in_records(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Revisado por T. Sans el 1 de septiembre de 2019", "T. Sans"),
        ("Validé par Hélène Roux, biologiste", "Hélène Roux"),
        ("Firmato da G. Ferraresi", "G. Ferraresi"),
        ("Assinado por Joana Prates", "Joana Prates"),
        ("Goedgekeurd door J. Verhoeven", "J. Verhoeven"),
    ],
)
def test_names_after_agent_phrases_of_other_languages(text: str, name: str) -> None:
    assert name in [text[s.start : s.end] for s in find_names(text)]


def test_agent_phrase_words_are_cue_words() -> None:
    # "Revisado" opening a line is the cue, not an unknown proper noun
    assert is_cue_word("Revisado")
    assert is_cue_word("Validé")
    assert find_names("Revisado por el laboratorio central") == []
