"""Person names found by the convention they are written in, not by a list of names:

- the IATA passenger name (SURNAME/GIVEN) after the party of a payment as FATF
  Recommendation 16 and ISO 20022 name it (originator, beneficiary, debtor, creditor),
  or with a dictionary given name on either side of the slash;
- the surname and given name closed up around a comma ("DOYLE,CARLOS"), as pharmacy
  systems print labels and as the NUCC 1500 claim form's item 2 is filled in;
- the name after "reviewed by" / "signed by" in the Romance languages and Dutch
  ("Revisado por T. Sans", "Validé par", "Firmato da"), as after the English and German
  phrases;
- an initial and a surname right before the date that closes an entry: a note signed and
  dated as the NMC Code (10.2) asks ("Y Tsafack 18/6/22");
- the agent a call is handed over to ("connecting you to Vitor"), not a department;
- the people of a ticket as ticket systems print them (Jira's Assignee and Reporter,
  ServiceNow's Assigned to and Opened by, Zendesk's Requester): "Assigned: petrit-fier";
- the subject of a reporting verb with a short aside between ("Giorgos (Y5) said");
- a surname in capitals before a patient's number in a mail subject ("MDT outcome -
  KAMAL 0091715848"), and a mail's reply and forward marks ("Fw:", "AW:") read as no name.

Each has negatives: abbreviations and captions written with the same separator
("NI/SSN", "PO/IV", "DOB,MRN") and ordinary words stay readable.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.name_forms import (
    handover_names,
    initial_forms,
    key_value_people,
    reporting_subjects,
)
from app.redaction.name_initials import signed_and_dated
from app.redaction.name_layouts import caps_names_before_numbers
from app.redaction.name_records import names_in_records
from app.redaction.names import find_names, is_cue_word
from app.redaction.spans import Span


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
        # a person's label and its colon
        ("Patient: ADEYEMI/TOLULOPE", ["ADEYEMI/TOLULOPE"]),
        ("Driver: KOWALCZYK/ZBIGNIEW", ["KOWALCZYK/ZBIGNIEW"]),
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
        "Re: SALES/MARKETING",
        "To: KNEE/ANKLE clinic",
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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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


def _texts(finder: Callable[[str], list[Span]], text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("told to omit tonight [illegible] Y Tsafack 18/6/22", ["Y Tsafack"]),
        ("Obs stable, plan unchanged. J. Okoro 03/04/2024 14:20", ["J. Okoro"]),
        ("Reviewed wound, clean and dry. Okoro JA 2024-04-03", ["Okoro JA"]),
        ("Seen in clinic - KM Hallström-Berg, 12.05.23", ["KM Hallström-Berg"]),
        # negatives: a designator, a heading or a common word before a date
        ("Results: Hepatitis B 12/03/2024", []),
        ("Follow-up: Type A 04/05/2023", []),
        ("Next review Monday 13/05/2024", []),
        ("Discharged home. A Patient 18/6/22", []),
        ("J Smith said 18/6/22 was fine", []),  # the date does not close the line
    ],
)
def test_entries_signed_and_dated(text: str, names: list[str]) -> None:
    assert _texts(signed_and_dated, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("system: connecting you to Vitor", ["Vitor"]),
        ("I'll put you through to Marta, she can help", ["Marta"]),
        ("transferring you over to Thomas now", ["Thomas"]),
        # negatives: departments and services
        ("connecting you to Billing.", []),
        ("transferring you to Cardiology now", []),
        ("putting you through to Pharmacy", []),
        ("passing you to Accounts", []),
        ("connecting you to an agent", []),
        ("let me put you to Bed.", []),
    ],
)
def test_call_handover_to_an_agent(text: str, names: list[str]) -> None:
    assert _texts(handover_names, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Giorgos (Y5) said that her stepdad gets angry.", ["Giorgos"]),
        ("Okafor (54) reported chest pain", ["Okafor"]),
        ("Dana (mum) disclosed a fall", ["Dana"]),
        ("Police (999 call) reported", []),
        ("Pharmacy (main site) confirmed", []),
        # people named by their role in a report are no name
        ("Narrative: Victim states that she was pushed", []),
        ("Pupil said mum's partner shouted", []),
        ("Trip time 20:10. Rider reports verbal harassment", []),
        ("Interviewee stated name as given", []),
    ],
)
def test_reporting_subjects_with_an_aside(text: str, names: list[str]) -> None:
    assert _texts(reporting_subjects, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Subject: Fw: MDT outcome - KAMAL 0091715848\n\nsee below", ["KAMAL"]),
        ("Subject: Re: DIRIBA M99942731 results", ["DIRIBA"]),
        ("rendering provider JESUS JONES NPI 1372851786 billed", ["JONES"]),
        # negatives: captions and abbreviations before numbers, dates, capitals-only lines
        ("Login from new device IMEI 012852528525363, MAC F4-44-BA", []),
        ("Provider: Jun Hong Chen, AHPRA NMW0001194453", []),
        ("ID: AMKA 14102407898 checked", []),
        ("Clinical info: FOOSH 20240313 left wrist", []),
        ("UHID MR832726   PAN NJZPN6288H", []),
        ("Ref: INVOICE 78358701 school fees", []),
        ("Re: MRN 0091715848 and NHS 9434765919", []),
        # the other order: the reference, then the surname closing the subject line
        ("Subject: RE: claim CLM-2048-7731904 - KOWALCZYK\n\nHello,", ["KOWALCZYK"]),
        ("Fw: referral 4401927735 OYELOWO-ADAMS", ["OYELOWO-ADAMS"]),
        ("Subject: order 55120934 - CANCELLED", []),
        ("Subject: Re: ticket INC-2024-0081234 - URGENT", []),
        ("Ref: invoice 78358701 - PAID", []),
        ("Batch 20240313 USP", []),
        ("ORDER 55120934 - KOWALCZYK", []),  # a line all in capitals
    ],
)
def test_caps_surname_before_a_patient_number(text: str, names: list[str]) -> None:
    assert _texts(caps_names_before_numbers, text) == names


def test_reply_marks_after_subject_are_no_name() -> None:
    text = "Subject: Fw: MDT outcome - 0091715848"
    assert find_names(text) == []
    assert _texts(find_names, "Subject: AW: Anna Kowalska") == ["Anna Kowalska"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Assigned: petrit-fier\nWorknote: user working from home", ["petrit-fier"]),
        ("Reporter: edith_camus\nDescription:", ["edith_camus"]),
        ("Assigned to: j.okafor", ["j.okafor"]),
        ("Opened by: maria.bernal | Resolved by: k_nowak", ["maria.bernal", "k_nowak"]),
        ("Cardholder: Zieliński-Kubiak, Roman", ["Zieliński-Kubiak"]),
        # negatives: words and codes joined by hyphens
        ("Reporter: self-referral", []),
        ("Requester: in-house", []),
        ("Kit number assigned: GM22-FUTE-6P3R", []),
        ("Assigned: unassigned", []),
        # a call log quotes what the caller said: speech, not a name field
        ('Caller: "Ingrid van der Berg"', ["Ingrid van der Berg"]),
        ('caller: "my wife opened it, her card is at home"', []),
        ("agent: 'we sent it to the old address'", []),
        # a telehealth or audit log's role keys: any capitalised name, no English words
        ('sid=TH-2210 patient="Wiremu Tamihana Ngata" ip=10.1.2.3', ["Wiremu Tamihana Ngata"]),
        ('clinician="Oyelaran Adebisi" room=3', ["Oyelaran Adebisi"]),
        ('patient="Not Recorded" clinician="On Call"', []),
    ],
)
def test_people_of_a_ticket(text: str, names: list[str]) -> None:
    assert _texts(key_value_people, text) == names


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="ABKMYaeiknorst 0123456789/.-_=:()\n", max_size=80))
def test_new_finders_never_raise_and_stay_in_text(text: str) -> None:
    finders = (signed_and_dated, handover_names, caps_names_before_numbers, key_value_people)
    for finder in finders:
        for span in finder(text):
            assert 0 <= span.start < span.end <= len(text)
            assert span.kind == "PERSON"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a pathology report's specimen parts: the letter and the first word of the part
        ("Specimen: A. Sentinel node, right axilla", []),
        ("FINAL DIAGNOSIS: B. Invasive ductal carcinoma, grade 2", []),
        ("Parts: C. Gallbladder, cholecystectomy", []),
        # initials and a surname after other labels stay a person
        ("Patient: A. Okonkwo", ["A. Okonkwo"]),
        ("Partner: J.-P. Lefèvre", ["J.-P. Lefèvre"]),
    ],
)
def test_specimen_part_letters_are_no_initials(text: str, names: list[str]) -> None:
    assert _texts(initial_forms, text) == names
