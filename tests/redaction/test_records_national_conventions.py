"""Structured identifiers read from the convention that defines them, with the ordinary
text beside them that must stay readable (values made up for this test, or written by
the library that defines the convention: phonenumbers).

- Phone extensions in two groups ("x3281-508"): the number's length is read without
  the extension, as phonenumbers' metadata gives national lengths without one.
- Ages given as an estimate ("approx 96", "est. 104", "c. 92", "etwa 96", "około 95"):
  the hedge of a clinician's, a police officer's or a coroner's record, in the
  languages the age labels are in.
- Licence plates by national format (Vienna Convention plates of Austria, Croatia,
  Serbia, Slovakia, Denmark, Czechia, Bulgaria) and an emergency service's vehicle
  after its unit or call sign ("Unit HAM 719": the dateless "ABC 123" series of Sweden,
  Lithuania, Finland, Canada and the UK's 1903-63 plates).
- Pathology and cytology accession numbers: case type, the year's two digits, the
  year's running number ("H04/39501", "S22-01234").
- Not identifiers: an amount with its cents ("48000.00"), a quarter before a date
  ("Q3 04-01-2022"), a DICOM tag's comma, a line of two fields read as a table header.
"""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.ages import find_ages
from app.redaction.not_identifiers import not_identifiers
from app.redaction.ocr_misreads import find_misread_numbers
from app.redaction.phones import find_phones
from app.redaction.record_numbers import find_by_context, find_fixed_shapes
from app.redaction.second_pass import mask_text
from app.redaction.spans import Span
from app.redaction.structured import text_words
from app.redaction.tables import find_field_values
from app.redaction.vehicles import find_vehicles

_SETTINGS = settings(max_examples=60, deadline=None)


def _values(text: str, spans: list) -> set[str]:  # type: ignore[type-arg]
    return {text[s.start : s.end] for s in spans}


# ---- phone extensions in two groups ----------------------------------------------------


@pytest.mark.parametrize("region", ["US", "GB", "DE", "FR", "ES", "IT", "AU", "IN"])
def test_extension_in_two_groups_is_masked_with_its_number(region: str) -> None:
    number = phonenumbers.example_number(region)
    assert number is not None
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    value = f"{national}x3281-508"
    text = f"Emergency contact Salvador Castellanos {value}\nClinician L. Vallejo"
    assert value in _values(text, find_phones(text))


def test_short_number_with_long_extension_is_still_no_phone() -> None:
    # ("12345 x123456": five digits before the extension, no national length)
    text = "Order 12345 x123456 units"
    assert find_phones(text) == []


# ---- ages as estimates -----------------------------------------------------------------

_ESTIMATES = [
    ("backtick name, approx", "Person detained: ERGHAT`BASHYAN, Hrhip`sime, approx 96\n", "96"),
    ("unknown male, approx.", "Found: unknown male, approx. 94, on the platform", "94"),
    ("est. age", "Pt REYES, Vicente  est. age 104\n", "104"),
    ("age c.", "Age: c. 96\n", "96"),
    ("German etwa", "Alter: etwa 96 Jahre", "96"),
    ("Spanish aprox.", "Edad: aprox. 97\n", "97"),
    ("Polish około", "wiek: około 95\n", "95"),
    ("Swedish cirka", "Ålder: cirka 93\n", "93"),
    ("Finnish noin", "Ikä: noin 99\n", "99"),
    ("bracket est.", "Mrs Okafor (est. 92) was seen", "92"),
    ("tilde", "Smith, ~97\n", "97"),
    ("apostrophe name", "Mr O'Neill, 93.", "93"),
]


@pytest.mark.parametrize(
    ("text", "age"), [c[1:] for c in _ESTIMATES], ids=[c[0] for c in _ESTIMATES]
)
def test_estimated_age_is_masked(text: str, age: str) -> None:
    assert age in _values(text, find_ages(text))


_MEASURES = [
    ("blood loss", "Blood loss approx 100 ml"),
    ("output with unit", "Output, approx 100 mL\n"),
    ("sodium", "Sodium approx 130"),
    ("distance", "Room 12, approx 100 m away"),
    ("estimated blood loss", "EBL approx 100."),
    ("weight", "Weight, approx 95 kg"),
]


@pytest.mark.parametrize("text", [c[1] for c in _MEASURES], ids=[c[0] for c in _MEASURES])
def test_estimated_measurement_is_no_age(text: str) -> None:
    assert find_ages(text) == []


# ---- plates by national format ---------------------------------------------------------

_PLATES = [
    ("AT district, hyphen", "Crew: SAMUEL/SCHILCHER  Unit SK-813 Y\n", "SK-813 Y"),
    ("AT Vienna", "seen leaving in W-12345 AB at 10:00", "W-12345 AB"),
    ("HR", "parked ZG 1234-AB outside", "ZG 1234-AB"),
    ("RS", "parked BG 123-AB outside", "BG 123-AB"),
    ("SK hyphen", "witness noted BA-123AB", "BA-123AB"),
    ("DK", "noted AB 12 345 near the gate", "AB 12 345"),
    ("CZ", "noted 1A2 3456 near the gate", "1A2 3456"),
    ("BG", "noted CA 1234 AB near the gate", "CA 1234 AB"),
    ("unit, dateless series", "Crew: A/B  Unit HAM 719\n", "HAM 719"),
    ("call sign, Finnish", "Call sign ABC-123 responded", "ABC-123"),
    ("unit with colon", "unit: KX 4471", "KX 4471"),
]


@pytest.mark.parametrize(("text", "plate"), [c[1:] for c in _PLATES], ids=[c[0] for c in _PLATES])
def test_plate_by_national_format_is_masked(text: str, plate: str) -> None:
    assert plate in _values(text, find_vehicles(text))


_NOT_PLATES = [
    ("tumour marker", "CA-125 U/mL raised"),
    ("virus type", "HIV-1 RNA detected"),
    ("papilloma gene", "HPV-16 E6 positive"),
    ("cytokine", "IL-6 12 pg/mL"),
    ("variant", "COVID-19 A wave"),
    ("flat", "Unit 4B, 12 Main St"),
    ("ward", "Unit 12 ICU"),
    ("dose", "insulin 10 unit SC 123"),
    ("ward name", "Unit CCU"),
]


@pytest.mark.parametrize("text", [c[1] for c in _NOT_PLATES], ids=[c[0] for c in _NOT_PLATES])
def test_clinical_code_is_no_plate(text: str) -> None:
    assert find_vehicles(text) == []


@_SETTINGS
@given(
    st.sampled_from(["W", "G", "SL", "BA", "KU"]),
    st.integers(min_value=10, max_value=99999),
    st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ", min_size=1, max_size=3),
)
def test_austrian_plates_are_masked(district: str, number: int, letters: str) -> None:
    plate = f"{district}-{number} {letters}"
    text = f"Vehicle seen: {plate}, heading north"
    assert plate in _values(text, find_vehicles(text))


# ---- accession numbers -----------------------------------------------------------------


@_SETTINGS
@given(
    st.sampled_from(["H", "S", "C", "SP", "CY", "PM"]),
    st.integers(min_value=0, max_value=99),
    st.sampled_from("/-"),
    st.integers(min_value=2100, max_value=9999999),
)
def test_accession_number_is_masked(case: str, year: int, sep: str, serial: int) -> None:
    value = f"{case}{year:02d}{sep}{serial}"
    text = f"SURGICAL PATHOLOGY  {value}\nSpecimen: skin, left cheek"
    assert value in _values(text, find_fixed_shapes(text))


_NOT_ACCESSIONS = [
    ("fiscal years", "FY23/2024 budget"),
    ("spine levels", "L4/5 disc"),
    ("cell ratio", "CD4/CD8 ratio"),
    ("lab pair", "HbA1c 48/53"),
    ("virus", "COVID-19 vaccine"),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in _NOT_ACCESSIONS], ids=[c[0] for c in _NOT_ACCESSIONS]
)
def test_clinical_shape_is_no_accession(text: str) -> None:
    assert not any(s.rule == "accession_number" for s in find_fixed_shapes(text))


# ---- what stays readable ---------------------------------------------------------------


def test_amount_with_cents_in_a_table_is_no_phone() -> None:
    text = "alert_id;customer;amount;date\n4798/Q/4667;Isella Alexandre;48000.00;2019-11-05\n"
    assert "48000.00" not in _values(text, find_phones(text))
    assert "48000.00" in mask_text(text)[0]


def test_quarter_before_a_date_is_no_misread_phone() -> None:
    text = "<Ustrd>Nebenkosten Q3 04-01-2022</Ustrd>"
    assert find_misread_numbers(text, text_words(text)) == []
    masked, _ = mask_text(text)
    assert "Nebenkosten Q3" in masked


def test_misread_phone_still_found() -> None:
    text = "tel O1 23 45 67 89"
    assert "O1 23 45 67 89" in _values(text, find_misread_numbers(text, text_words(text)))


_DICOM_DUMP = (
    "(0010,0010) PatientName        LOUISSAINT MONDESIR^MATHURIN\n"
    "(0010,0020) PatientID          85057286\n"
    "(0008,0060) Modality           MR\n"
)


def test_dicom_tag_comma_parts_no_cells() -> None:
    found = _values(_DICOM_DUMP, find_field_values(_DICOM_DUMP, text_words(_DICOM_DUMP)))
    assert not any("Modality" in v or v == "MR" for v in found)


def test_line_of_two_fields_is_no_table_header() -> None:
    text = (
        "DOB 08/08/18; previous GP Jackson, Robertport\n"
        "methadone 60 ml continued; hepatitis C antibody positive\n"
    )
    found = _values(text, find_field_values(text, text_words(text)))
    assert "methadone 60 ml continued" not in found


def test_label_row_with_a_date_still_masks() -> None:
    text = "| DOB  | 1950-01-01 |\n"
    assert "1950-01-01" in _values(text, find_field_values(text, text_words(text)))


def test_semicolon_table_still_masks() -> None:
    text = "name;dob;phone\nAnna Berg;1950-01-01;0701234567\n"
    assert {"Anna Berg", "1950-01-01", "0701234567"} <= _values(
        text, find_field_values(text, text_words(text))
    )


def test_semicolon_cell_after_an_ip_is_no_extension() -> None:
    text = "alert_id;ip;amount\n8347/W/9854;159.101.178.207;48000.00;2022-10-09\n"
    assert not any(v.endswith(";48000") for v in _values(text, find_phones(text)))


# ---- labels beside a record number ---------------------------------------------------

_LABELLED = [
    ("next field's label", "Provider SARABIA, Marcela NPI 2054760287 DEA GG7060142", "2054760287"),
    ("DEA then NPI", "Prescriber ENDRIS, Desalegn DEA AE6936580 NPI 2947474443\n", "AE6936580"),
    ("equipment tag's prefix", "Asset tag: BME 400701", "BME 400701"),
    ("plate letters stay", "plate AB12 CDE seen", "AB12 CDE"),
    ("court register", "Kennzeichen: 19 H 71632", "19 H 71632"),
]


@pytest.mark.parametrize(
    ("text", "value"), [c[1:] for c in _LABELLED], ids=[c[0] for c in _LABELLED]
)
def test_identifier_word_beside_the_value_is_its_label(text: str, value: str) -> None:
    assert value in _values(text, find_by_context(text))


_DATES_AFTER_WORDS = [
    ("Roman month and hour", "Home visit log - home care\n29.XII.2024 07:30  carer arrived\n"),
    ("ISO date after a label", "credit file: CCJ 2021-10-01 satisfied"),
    ("DOB after a record word", "Biobank consent record\nDonor Sayed Wafa DOB 26/02/1952\n"),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in _DATES_AFTER_WORDS], ids=[c[0] for c in _DATES_AFTER_WORDS]
)
def test_date_after_an_identifier_word_is_no_record_number(text: str) -> None:
    assert find_by_context(text) == []


def test_dated_serial_stays_a_record_number() -> None:
    text = "file no. 2021-10-01234"
    assert "2021-10-01234" in _values(text, find_by_context(text))


def test_registration_in_brackets_after_a_doctor_stays_a_licence() -> None:
    text = "Attending: Dr. VASTENHOUW (G0900)"
    start = text.index("G0900")
    span = Span(start, start + 5, "US_DRIVER_LICENSE", "UsLicenseRecognizer", 0.3)
    assert not_identifiers(text, [span]) == [span]
