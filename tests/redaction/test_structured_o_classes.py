"""Structured identifier classes that split O (written apart from the redactor) showed us
missing: ships' IMO numbers and aircraft registration marks, the dispatch record's "veh"
and a fleet table's "vehicle" column, a plate that starts with the letters of a filler word,
the bank's number-and-check-digit account after an English account word, the town of an
institution after "at", Australian and New Zealand road types, Thai address components
without their word, and a table row holding a name in two cells. Every value is written
from its convention, not copied from a document; the text that must stay readable stands
beside it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.accounts import find_accounts
from app.redaction.addresses import find_addresses
from app.redaction.craft_marks import find_craft_marks
from app.redaction.places import find_places
from app.redaction.structured import find_structured
from app.redaction.tables import find_field_values
from app.redaction.text import merge_spans
from app.redaction.vehicles import find_vehicles


def _masked(text: str, value: str) -> bool:
    """Every character of `value` (its first occurrence) lies in a structured finding."""
    start = text.index(value)
    spans = merge_spans(find_structured(text))
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


def _values(spans: list, text: str) -> list[str]:  # type: ignore[type-arg]
    return [text[s.start : s.end] for s in spans]


# IMO numbers: "IMO" and seven digits, the last a check digit (weights 7..2).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vessel: IMO 9074729   Master: Capt. Reyes", "IMO 9074729"),
        ("MV Nordic Star (IMO8814275) sailed", "IMO8814275"),
        ("IMO No.: 9074729, flag Malta", "9074729"),
        ("IMO number 8814275 on the crew list", "8814275"),
    ],
)
def test_imo_numbers_are_masked_with_their_prefix(text: str, value: str) -> None:
    assert value in _values(find_craft_marks(text), text)
    assert _masked(text, value)


@pytest.mark.parametrize(
    "text",
    ["IMO the dose is too high", "IMO 2020 sulphur cap applies", "IMO guidelines, MSC.1/Circ"],
)
def test_imo_without_a_number_stays(text: str) -> None:
    assert find_craft_marks(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DOB 1950-02-03   Aircraft normally flown: G-BXYZ", "G-BXYZ"),
        ("Aircraft reg. no. VH-KQT, type A388", "VH-KQT"),
        ("tail no. N512RG landed at 14:05", "N512RG"),
        ("Helicopter D-HBLU, pilot in command", "D-HBLU"),
        ("Registration: C-FKWA (Dash 8)", "C-FKWA"),
        ("the glider 9H-AEO stalled", "9H-AEO"),
        ("plane B-1837 diverted", "B-1837"),
        ("Flugzeug D-EKLM, Halter", "D-EKLM"),
        ("Avion immatriculé F-GZTB", "F-GZTB"),
        ("aircraft JA8089 was towed", "JA8089"),
    ],
)
def test_aircraft_registrations_after_an_aircraft_word(text: str, value: str) -> None:
    assert value in _values(find_craft_marks(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Type B-737 aircraft on stand 4",
        "The C-130 aircraft flew in.",
        "registration B-ALL risk group",
        "Chest X-RAY and T-CELL count, no aircraft",
        "G-CSF given; plane of section normal",
        "Reg. practitioner; ICD-10 J45, LOINC 2345-7",
        "flown home on 12 May. G-ABCD is a test",
    ],
)
def test_capital_codes_are_not_aircraft_marks(text: str) -> None:
    assert find_craft_marks(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("veh: KX55 TRU parked in drive", "KX55 TRU"),
        ("susp veh 771-QPL headed north", "771-QPL"),
        ("Veh: 43RT901 blocked the lane", "43RT901"),
        ("veh: DE0 2441 parked", "DE0 2441"),
    ],
)
def test_dispatch_vehicle_abbreviation_and_filler_letters(text: str, value: str) -> None:
    assert _masked(text, value)
    assert any(text[s.start : s.end] == value for s in find_vehicles(text)) or _masked(text, value)


@pytest.mark.parametrize("text", ["veh: 4WD, blue", "vehicle: V8 engine", "veh. ok"])
def test_engine_words_after_veh_stay(text: str) -> None:
    assert find_vehicles(text) == []


def test_fleet_table_vehicle_column_beside_a_vin() -> None:
    text = (
        "vehicle,vin,driver,date\n"
        "771 KXQ,1HGCM82633A004352,Tom,2023-01-02\n"
        "58QX1,1HGCM82633A004353,Ann,2023-01-03\n"
    )
    values = _values(find_field_values(text, set(text.casefold().replace(",", " ").split())), text)
    assert "771 KXQ" in values
    assert "58QX1" in values


def test_vehicle_column_without_a_strong_field_stays() -> None:
    text = "arm,vehicle,dose\nA,saline,5 mg\nB,placebo,10 mg\n"
    assert find_field_values(text, set(text.casefold().replace(",", " ").split())) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Accounts: LN-7788123, 51234-6", "51234-6"),
        ("Account 123456-X closed", "123456-X"),
        ("Konto 0012345-9 gesperrt", "0012345-9"),
        ("bank accounts 4410987-2 and 98765-0", "4410987-2"),
    ],
)
def test_check_digit_accounts_after_any_account_word(text: str, value: str) -> None:
    assert value in _values(find_accounts(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Bank holiday 2024-5 rota",
        "Account opened in FY 2019-0",
        "pages 1234-5 of the report",
        "LOINC 2345-7 glucose",
    ],
)
def test_years_and_codes_are_no_check_digit_accounts(text: str) -> None:
    assert [s for s in find_accounts(text) if s.rule == "account_check_digit_after_word"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Official stamp: centre at Kisumu", "Kisumu"),
        ("treated at the hospital at Bhuj last year", "Bhuj"),
        ("She was vaccinated at Lodwar in 2019", "Lodwar"),
        ("dressing changed by the clinic at Tumkur", "Tumkur"),
    ],
)
def test_town_of_an_institution_after_at(text: str, value: str) -> None:
    assert value in _values(find_places(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "review in clinic at Monday",
        "hospital at Home team visited",
        "centre at Noon briefing",
    ],
)
def test_times_and_services_after_at_stay(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("key left at Suite 12 41 Kirra Block", "41 Kirra Block"),
        ("She lives at 14 Wattle Cul-de-sac, Hobart", "14 Wattle Cul-de-sac"),
        ("Unit 3 88 Harbour Promenade", "88 Harbour Promenade"),
        ("moved to 7 Banksia Walkway last month", "7 Banksia Walkway"),
    ],
)
def test_australian_road_types(text: str, value: str) -> None:
    assert any(value in v for v in _values(find_addresses(text), text))


@pytest.mark.parametrize(
    "text",
    [
        "ECG: Mobitz 2 Heart Block noted",
        "Given 2 Nerve Block injections",
        "1 Standard Deviation above the mean",
        "Stage 2 Care Pathway started",
    ],
)
def test_clinical_blocks_and_measures_are_no_streets(text: str) -> None:
    assert find_addresses(text) == []


@pytest.mark.parametrize(
    "address",
    [
        "55/7 ถ.สุขุมวิท คลองเตย จ.เชียงราย 57000",
        "12 ถ.มิตรภาพ ในเมือง อ.เมือง จ.ขอนแก่น 40000",
    ],
)
def test_thai_components_without_their_word(address: str) -> None:
    text = f"Inviting person: Ola Berg, {address}"
    assert any(address in v for v in _values(find_addresses(text), text))


def test_thai_prose_with_a_road_word_stays() -> None:
    assert find_addresses("ผู้ป่วยเดินบนถนน มาตรวจ ตามนัด") == []


def test_table_row_with_the_name_in_two_cells() -> None:
    text = (
        "patient_id\tname\tdob\tcity\tdevice_serial\n"
        "K-1111-2222\tSmithers\tWaylon\t1950-01-02\tKuusamo\tZ1234567890\n"
    )
    words = set(text.casefold().replace("\t", " ").replace("_", " ").split())
    values = _values(find_field_values(text, words | {"patient", "id"}), text)
    assert {"Smithers", "Waylon", "Kuusamo", "1950-01-02"} <= set(values)


def test_row_longer_than_a_header_without_a_name_column_is_no_row() -> None:
    text = "patient_id,dose,route\nK-1111-2222,5 mg,oral,extra,more\n"
    words = {"patient", "id", "dose", "route"}
    assert find_field_values(text, words) == []


@settings(max_examples=80, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("IMOaircftNregBDGH-0123456789 .:\nJAVKQ")), max_size=120)
)
def test_craft_marks_never_crash_and_stay_inside_the_text(text: str) -> None:
    for span in find_craft_marks(text):
        assert 0 <= span.start < span.end <= len(text)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Accounts: konto-0123456789Xx ,\n")), max_size=120))
def test_check_digit_accounts_never_crash_and_stay_inside_the_text(text: str) -> None:
    for span in find_accounts(text):
        assert 0 <= span.start < span.end <= len(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab1 -", max_size=6), min_size=1, max_size=8))
def test_rows_of_any_length_under_a_name_header_stay_inside_the_text(cells: list[str]) -> None:
    text = "patient_id\tname\tcity\tvin\n" + "\t".join(cells) + "\n"
    for span in find_field_values(text, {"patient", "id", "name", "city", "vin"}):
        assert 0 <= span.start <= span.end <= len(text)
