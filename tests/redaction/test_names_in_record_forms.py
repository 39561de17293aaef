"""Person names written the way record standards write them, copied into text: DICOM's PN
value representation (PS3.5 6.2, family^given^middle^prefix^suffix), the IATA passenger
name (SURNAME/GIVEN TITLE), an ICAO Doc 9303 MRZ name field (SURNAME<<GIVEN<GIVEN), and
quoted "Last, First" fields of a CSV export (RFC 4180) under a person column. Own examples
from the standards' own samples and shapes; report words written with the same
separators ("CHEST^PA", "HIV/AIDS", "AND/OR") stay readable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.name_forms import arabic_name_forms, initials_without_dots
from app.redaction.name_records import names_in_records
from app.redaction.names import find_names, split_cells


def _found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names_in_records(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # DICOM PS3.5 6.2 examples: family, given, middle, prefix, suffix; ideographic groups
        ("Patient: Adams^John Robert Quincy^^Rev.^B.A. M.Div.", None),
        ("PATIENT: MORALES^LUCIA^M      ACC#: 4417", ["MORALES^LUCIA^M"]),
        ("Name Doe^Jane^^Dr^", ["Doe^Jane^^Dr^"]),
        ("Yamada^Tarou=山田^太郎=やまだ^たろう", ["Yamada^Tarou=山田^太郎=やまだ^たろう"]),
        ("Referring: DE LA CRUZ^JUAN^^DR", ["DE LA CRUZ^JUAN^^DR"]),
        # IATA passenger names: spaced or glued titles, multi-word surnames and given names
        ("PAX SMITH/RONALD MR seat 12A", ["SMITH/RONALD"]),
        ("Passenger Name: DE LA CRUZ/JUAN", ["DE LA CRUZ/JUAN"]),
        ("1.1OKONKWO/ADAEZE MRS", None),
        # an Amadeus or Sabre PNR display numbers its name elements "1.", "2."
        ("  1.FERREIRA/MARTA MRS  2.OYELARAN/TUNDE MR", ["FERREIRA/MARTA", "OYELARAN/TUNDE"]),
        ("Traveller: VAN DAMME/INGE MARIE", ["VAN DAMME/INGE MARIE"]),
        ("Booking for KOWALSKI/PIOTRMR on LO282", ["KOWALSKI/PIOTRMR"]),
        ("Subject: NGUYEN/THI LAN", ["NGUYEN/THI LAN"]),
        # ICAO 9303 MRZ: TD3 first line (44), TD1 third line (30), a bare name field
        (
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
            ["ERIKSSON<<ANNA<MARIA"],
        ),
        ("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", ["ERIKSSON<<ANNA<MARIA"]),
        ("MRZ name: OKAFOR<<CHIDI<EMEKA", ["OKAFOR<<CHIDI<EMEKA"]),
    ],
)
def test_a_name_in_a_record_form_is_found(text: str, names: list[str] | None) -> None:
    found = _found(text)
    if names is None:  # the whole value, however it starts
        assert found, text
    else:
        assert found == names


@pytest.mark.parametrize(
    "text",
    [
        "EXAMINATION: CT^HEAD^WO CONTRAST",
        "Study description: CHEST^PA",
        "Platelets 250 x10^9/L, x^2 + y^2",
        "HIV/AIDS clinic; AND/OR; N/A; TCP/IP; ICU/HDU; EUR/USD; PO/IV; BD/TDS",
        "Mother/Father present; Ward A/B; FAX/EMAIL; LONDON/HEATHROW",
        "Amoxicillin/Clavulanate 625 mg",
        "see fig.CT/MRI and e.g.HIV/AIDS; 1.AND/OR",
        "std::cout << value; if (a<<b) return;",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ],
)
def test_report_words_with_the_same_separators_stay(text: str) -> None:
    assert _found(text) == []


def test_a_quoted_last_first_field_under_a_person_column_is_masked() -> None:
    text = (
        "case_no,party_role,party_name,dob,attorney,next_hearing\n"
        'FC-2211,defendant,"Oyelaran, Tunde",1971-02-03,Maeve Ní Bhriain,2025-01-09\n'
        'FC-2211,plaintiff,"Van der Berg, Ilse",,"Quispe, Rosa",2025-01-09\n'
    )
    found = {text[s.start : s.end] for s in find_names(text) if s.rule == "table_name_cell"}
    assert {"Oyelaran, Tunde", "Maeve Ní Bhriain", "Van der Berg, Ilse", "Quispe, Rosa"} <= found
    assert not any(v in ("defendant", "plaintiff", "FC-2211") for v in found)


@pytest.mark.parametrize(
    ("line", "sep", "cells"),
    [
        ('a,"b, c",d', ",", ["a", '"b, c"', "d"]),
        ('x;"he said ""hi; there""";y', ";", ["x", '"he said ""hi; there"""', "y"]),
        ("a|b|c", "|", ["a", "b", "c"]),
        ('a,"unclosed, b', ",", ["a", '"unclosed, b']),
    ],
)
def test_csv_cells_keep_quoted_separators(line: str, sep: str, cells: list[str]) -> None:
    assert split_cells(line, sep) == cells


_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_RECORD_CHARS = st.text(alphabet=st.sampled_from("AZaz^=/<> ,.\"'\n-MRSÉ山"), max_size=120)


@_SETTINGS
@given(st.text(max_size=200), st.sampled_from([",", ";", "|", "\t"]))
def test_split_cells_gives_the_line_back(line: str, sep: str) -> None:
    assert sep.join(split_cells(line, sep)) == line


@_SETTINGS
@given(st.one_of(st.text(max_size=200), _RECORD_CHARS))
def test_record_forms_return_spans_inside_the_text(text: str) -> None:
    for span in names_in_records(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]


# Names written short: initials without dots, a surname's second word, a kunya ------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Vancouver style (NLM, ICMJE): surname and initials without dots, after a role
        ("Screened by radiographer Okonjo B on 2024-09-03", "Okonjo B"),
        ("Reviewed by: Lindqvist AK", "Lindqvist AK"),
        ("Scan checked by nurse Ferreira-Lopes MT, ward 4", "Ferreira-Lopes MT"),
        # initials after a role abbreviation ("SW" social worker, "HCA" healthcare assistant)
        ("Next visit in 2 weeks. SW K. Mbeki", "K. Mbeki"),
        ("HCA T. Nwosu obs done", "T. Nwosu"),
        # initials closed up, alone in a chart's signature cell
        ("Metformin 500 mg   RJ Alder Whitcombe      .      .", "RJ Alder Whitcombe"),
        # abbreviations of Muhammad and a kunya (Abu / Umm and a child's name)
        ("Borrower Name: Mohd Faiz Rahman     SSN: on file", "Mohd Faiz Rahman"),
        ("Applicant: Md Karim Hossain", "Md Karim Hossain"),
        ("Respondent: Med Yassine Ferhat", "Med Yassine Ferhat"),
        ("witness,Umm Khaled,2023-10-01", "Umm Khaled"),
        ("defendant,Um Mhamed,2023-10-01", "Um Mhamed"),
        ("spoke with Abu Omar Haddad at the door", "Abu Omar Haddad"),
    ],
)
def test_a_short_written_name_is_found(text: str, name: str) -> None:
    found = {text[s.start : s.end] for s in find_names(text)}
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a second surname before the comma (Spanish, Portuguese, Cameroonian names)
        ("Patient Nkemelu Obiora, Chidi (MRN 442) logged in", "Nkemelu Obiora, Chidi"),
        ("Patient Gómez Ruiz, Ana seen today", "Gómez Ruiz, Ana"),
        # a numbered party of a form, and a "Last, First" joined to a list of people
        ("Driver 1: Abernethy, June  DL# 4471", "Abernethy, June"),
        ("Defendant #2 - Ruiz, Ana.", "Ruiz, Ana"),
        ("payments from victims incl. Leo Marsh and Susanto, Budi\n", "Susanto, Budi"),
    ],
)
def test_last_first_with_two_surnames_or_a_numbered_party(text: str, name: str) -> None:
    found = {text[s.start : s.end] for s in find_names(text)}
    assert name in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Vitamin D and Hepatitis B, Type A, caused by Group A strep",
        "Grade II changes; reviewed Section B; Plan B agreed",
        "Med    CT Head    done",
        "  ED Triage  |  MR Safe  ",
        "flight to Abu Dhabi on Monday",
        "Med Surg ward, Med Rec done",
        "Smith MD signed",
        "salt and pepper, then water",
    ],
)
def test_designators_abbreviations_and_places_stay(text: str) -> None:
    rules = {"surname_letters", "role_initials", "cell_initials", "arabic_name_form"}
    assert [text[s.start : s.end] for s in find_names(text) if s.rule in rules] == []


@pytest.mark.parametrize(
    "text",
    [
        # HL7 coded elements (CE/CWE: code^text^coding system) in and out of a segment
        "OBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L",
        "OBR|1||A1|24323-8^Comprehensive metabolic panel^LN",
        "Ordered 24323-8^Comprehensive metabolic panel^LN today",
    ],
)
def test_coded_elements_are_no_person_names(text: str) -> None:
    assert _found(text) == []


_SHORT_CHARS = st.text(alphabet=st.sampled_from("AJKMUabdeoh .\t|:\n-"), max_size=120)


@_SETTINGS
@given(st.one_of(st.text(max_size=200), _SHORT_CHARS))
def test_short_forms_return_spans_inside_the_text(text: str) -> None:
    for span in initials_without_dots(text) + arabic_name_forms(text):
        assert 0 <= span.start < span.end <= len(text)


def test_a_name_and_its_department_are_no_two_surnames() -> None:
    text = "From: Ada Wawrzeńczyk, Payroll Department"
    assert [s for s in find_names(text) if s.rule == "surname_comma"] == []
