"""Structured identifiers read from the convention that defines them (session 28):

- a phone number's extension tail of two groups: a PBX's extension then a desk's or a
  voicemail box's ("x38935 ext. 1159"), and RFC 3966's ";ext=" parameter followed by a
  written extension; the whole tail is the number's;
- an age as the last value of a form's label that names several fields, the age last
  ("Initials + age:", "Name/Age:"), in any script;
- HL7 v2.5 MSH-4 / MSH-6 (sending and receiving facility, HD): a facility written as a
  name names its town and is masked; a code of table 0362 ("HOSP") stays;
- SWIFT MT (ISO 15022 FIN) messages by their field tags: :20: / :21: references, block
  3's {108:} and {121:}, :25: and the customers' "/account" lines, the value date of
  :32A: and :30:; header blocks (BICs) and amounts stay readable;
- a plate after a driving verb ("drove away in 333-GOS", "sped off in OTT-732": the
  dateless letters-and-digits series of Finland, Belgium 1973-2010, Sweden, Lithuania),
  read as after a vehicle word; not a distance, a flight, a road and its junction;
- the town where a course of treatment was given ("6 sessions at Tarragona");
- addresses that stop where the address stops: before the next line's form label
  ("Versichertennr.:", "Place of death:"), with a street's name and type on one line, a
  street type followed by a blank or its dot ("AVC ischémique" is a diagnosis), a town
  name without digits before an Indian PIN; a postcode never a number after a record's
  label, nor a bracketed value's neighbour in a DICOM dump;
- a record number without the label groups in capitals before it ("INSURED'S ID",
  "INCIDENT REPORT").

Negatives: measurements and places after such labels, ordinary numbers after a phone.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.ages import find_ages
from app.redaction.hl7 import find_hl7
from app.redaction.phones import find_phones
from app.redaction.places import find_places
from app.redaction.postal_addresses import find_postal_addresses
from app.redaction.record_numbers import find_by_context
from app.redaction.structured import find_structured
from app.redaction.swift_mt import find_swift, without_message_codes
from app.redaction.vehicles import find_vehicles
from tests.redaction.conftest import second_pass_covers


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phones(text) if s.rule == "phone_numbers"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nurse, RN, 001-396-940-4015x38935 ext. 1159\n", "001-396-940-4015x38935 ext. 1159"),
        ("tel. 1-013-864-9502x1621 ext. 1273", "1-013-864-9502x1621 ext. 1273"),
        ("tel:+1-540-421-6541;ext=5995 ext. 1090", "+1-540-421-6541;ext=5995 ext. 1090"),
        ("Tel. 030 1234567 Durchwahl 12 App. 3", "030 1234567 Durchwahl 12 App. 3"),
    ],
)
def test_an_extension_tail_of_two_groups_is_the_numbers(text: str, value: str) -> None:
    assert value in _phones(text)
    assert second_pass_covers(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call 020 7946 0958 x12 and 3 more", "020 7946 0958 x12"),  # one group, then words
        ("ph 0161 496 0000 ext. 12, 40 mg daily", "0161 496 0000 ext. 12"),
    ],
)
def test_the_tail_stops_after_the_extension(text: str, value: str) -> None:
    assert value in _phones(text)


def _ages(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in find_ages(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Patient initials + age: A. T., 106\n", "106"),
        ("Patient initials + age: अ तमांग, 106\n", "106"),  # a script without capitals
        ("Name and age: 王芳 96\n", "96"),
        ("Initials/age: JS/101\n", "101"),
        ("Sex/age: F, 92.", "92"),
        ("Naam en leeftijd: de Vries, 93\n", "93"),
    ],
)
def test_the_age_is_the_last_value_of_a_label_naming_it_last(text: str, age: str) -> None:
    assert _ages(text) == [age]
    assert second_pass_covers(text, age)


@pytest.mark.parametrize(
    "text",
    [
        "Weight + age: 95 kg, 40\n",  # the age first, not last
        "Name + age: John Smith, bed 94\n",  # a place
        "Name/age/weight: Smith, 40, 95\n",  # the age not the last field
        "Name/age: Smith, 95 kg\n",  # a measurement
        "Name/age: Smith, room 95\n",
        "Name: Smith\nweight: 95\n",  # no label naming an age
    ],
)
def test_other_numbers_after_such_labels_stay(text: str) -> None:
    assert _ages(text) == []


_MSH = "MSH|^~\\&|LAB|{send}|EHR|{recv}|202507310930||ORU^R01|5156296-1|P|2.5.1\n"


@pytest.mark.parametrize(
    ("send", "recv", "masked"),
    [
        ("Eichstätt", "HOSP", ["Eichstätt"]),
        ("da Conceição^2.16.840.1.113883.3.1^ISO", "HOSP", ["da Conceição"]),
        ("LAB01", "Klinikum Nord", ["Klinikum Nord"]),
        ("WARD", "HOSP", []),  # codes of the sender's table 0362
        ("GOOD HEALTH HOSPITAL", "XYZ", []),
    ],
)
def test_a_facility_written_as_a_name_is_a_place(send: str, recv: str, masked: list[str]) -> None:
    text = _MSH.format(send=send, recv=recv)
    found = [text[s.start : s.end] for s in find_hl7(text) if s.kind == "LOCATION"]
    assert found == masked


_MT103 = (
    "{1:F01DEUTDEFFAXXX0000000000}{2:I103BNPAFRPPXXXXN}{3:{108:MUR-4471}}\n"
    ":20:023-9958591-153\n"
    ":21:REL/2231\n"
    ":32A:230115EUR15400,00\n"
    ":50K:/12345678901\n"
    "JOHN SMITH\n"
    ":59:/GB96KWLP64925197248706\n"
    "JARNO LAAKSO\n"
    ":71A:SHA\n"
)


def _swift(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.kind for s in find_swift(text)}


def test_an_mt103s_references_accounts_and_value_date_are_found() -> None:
    assert _swift(_MT103) == {
        "MUR-4471": "RECORD_NUMBER",
        "023-9958591-153": "RECORD_NUMBER",
        "REL/2231": "RECORD_NUMBER",
        "230115": "DATE_TIME",
        "12345678901": "ACCOUNT_NUMBER",
        "GB96KWLP64925197248706": "ACCOUNT_NUMBER",
        # the ordering customer's and the beneficiary's name: the line after the account
        "JOHN SMITH": "PERSON",
        "JARNO LAAKSO": "PERSON",
    }


def test_a_value_date_written_with_its_century_is_a_date_and_the_amount_stays() -> None:
    text = _MT103.replace(":32A:230115EUR15400,00", ":32A:20230115CHF980,50")
    assert _swift(text)["20230115"] == "DATE_TIME"
    kept = without_message_codes(text, find_structured(text))
    assert not any("CHF" in text[s.start : s.end] for s in kept)


def test_an_mt940s_account_and_reference_are_found() -> None:
    text = ":20:STMT2024-118\n:25:DE89370400440532013000\n:28C:00118/001\n:60F:C240101EUR1234,56\n"
    found = _swift(text)
    assert found["STMT2024-118"] == "RECORD_NUMBER"
    assert found["DE89370400440532013000"] == "ACCOUNT_NUMBER"
    assert found["240101"] == "DATE_TIME"


@pytest.mark.parametrize(
    "readable", ["F01DEUTDEFFAXXX0000000000", "I103BNPAFRPPXXXXN", "EUR15400,00", "SHA"]
)
def test_header_blocks_and_amounts_stay_readable(readable: str) -> None:
    start = _MT103.index(readable)
    spans = find_structured(_MT103)
    assert not any(s.start < start + len(readable) and start < s.end for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Ratio :20: of the dose\n",  # a tag not at a line start
        ":20:00 start\n",  # one tag-shaped line is no message
        "Meeting at 10:20:30\nRoom 4\n",
    ],
)
def test_text_that_is_no_mt_message_is_left_to_other_rules(text: str) -> None:
    assert find_swift(text) == []


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["20", "21", "25", "30", "32A", "50K", "59", "60F", "70", "99Z"]),
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
        ),
        max_size=8,
    ),
    st.text(max_size=30),
)
def test_the_mt_reader_takes_any_text(fields: list[tuple[str, str]], header: str) -> None:
    text = "{1:" + header + "}" + "".join(f"\n:{tag}:{value}" for tag, value in fields)
    spans = find_swift(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert without_message_codes(text, spans) is not None


def _plates(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in find_vehicles(text)})


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("I saw him kicking the door. He drove away in 333-GOS.", "333-GOS"),  # BE 2008-10
        ("He drove away in OTT-732.", "OTT-732"),  # BE 1973-2008, FI
        ("The suspect sped off in ABC 123 towards the port.", "ABC 123"),  # SE, LT
        ("Der Täter flüchtete in KX-4471 Richtung Stadt.", "KX-4471"),
        ("Il s'est enfui à bord de la voiture GH-118-ZZ.", "GH-118-ZZ"),
    ],
)
def test_a_plate_after_a_driving_verb_is_a_vehicle(text: str, plate: str) -> None:
    assert plate in _plates(text)
    assert second_pass_covers(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "She drove 150 km to the clinic.",
        "He drove to the M25 J10 and back.",
        "He drove in on flight BA 2490 this morning.",
        "She parked at bay 12, level 3.",
        "He drove her to COVID-19 testing.",
        "Drive 12 Oak Drive AB12",
        "fled the ward at 14:20 before CT-2 review",
    ],
)
def test_other_runs_after_a_driving_verb_stay(text: str) -> None:
    assert _plates(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Treatment: physiotherapy, 6 sessions at Tarragona.", "Tarragona"),
        ("Rehabilitation in Bad Tölz after the fracture.", "Bad Tölz"),
        ("Fisioterapia: 10 sesiones en Lleida", "Lleida"),
    ],
)
def test_the_town_of_a_course_of_treatment_is_a_place(text: str, town: str) -> None:
    assert [text[s.start : s.end] for s in find_places(text)] == [town]


@pytest.mark.parametrize(
    "text",
    ["treated at home", "6 sessions at the clinic", "treated at ICU", "sessions at Monday"],
)
def test_settings_of_care_that_name_no_town_stay(text: str) -> None:
    assert find_places(text) == []


def _addresses(text: str) -> list[str]:
    return sorted(
        {text[s.start : s.end] for s in find_structured(text) if s.kind in ("ADDRESS", "LOCATION")}
    )


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Anschrift: Fröhlichplatz 93-93, 11878 Schwäbisch Gmünd\nVersichertennr.: I837687335",
            "Fröhlichplatz 93-93, 11878 Schwäbisch Gmünd",
        ),
        (
            "Security address: 53, rue Pasquier, 65188 Roy\nAccess via agent, tel: 0426293116",
            "53, rue Pasquier, 65188 Roy",
        ),
        ("Address: 12 High Street\nLeeds LS1 4AB\n", "12 High Street\nLeeds LS1 4AB"),
    ],
)
def test_an_address_stops_before_the_next_lines_label(text: str, address: str) -> None:
    assert address in _addresses(text)
    assert all(address in found or found in address for found in _addresses(text))


@pytest.mark.parametrize(
    "text",
    [
        "Conclusion : AVC ischémique sylvien gauche, thrombolyse.",
        "SURGICAL PATHOLOGY\nCase OJ65-959328   Received 06-NOV-2021",
        "Loan ref LN-86988116; LTV 85%; repayment, 30 years",
        "(0010,0020) LO  [0897 1074]\n(0010,0030) DA  [19680905]",
    ],
)
def test_labels_diagnoses_dates_and_references_are_no_address(text: str) -> None:
    found = _addresses(text)
    assert not any(
        w in f for f in found for w in ("Place", "AVC", "PATHOLOGY", "Court", "LTV", "(0010")
    )


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("(0010,1040) LO  [12 High Street, Leeds LS1 4AB]", "12 High Street, Leeds LS1 4AB"),
        ("120488, г. Москва, ул. Ленина, д. 9", "120488, г. Москва, ул. Ленина, д. 9"),
        ("Av.Paulista 1500, São Paulo", "Av.Paulista 1500"),
    ],
)
def test_postcodes_and_glued_types_still_read(text: str, address: str) -> None:
    assert any(
        address in f
        for f in _addresses(text) + [text[s.start : s.end] for s in find_postal_addresses(text)]
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("box 1a: INSURED'S ID 998-79-6823-C\nbox 21", "998-79-6823-C"),
        ("INCIDENT REPORT UJ/7636/49918\nOfficer", "UJ/7636/49918"),
        ("Plate no AB12 CDE", "AB12 CDE"),  # a plate's letters stay with it
        ("claim NO 4471-09", "4471-09"),
    ],
)
def test_a_record_number_without_its_labels_capitals(text: str, value: str) -> None:
    assert [text[s.start : s.end] for s in find_by_context(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        '{"identifier": [{"system": "urn:oid:2.16.840.1.113883.4.6", "value": "X"}]}',
        "URN: urn:oid:1.2.36.146.595.217.0.1",
        "identifier system=urn:oid:1.3.6.1.4.1.19376 value=X",
    ],
)
def test_a_registry_node_oid_is_no_record_number(text: str) -> None:
    """RFC 3061 'urn:oid:' with a registry node's short OID (ITU-T X.660) names a namespace;
    the 'urn' before it is no UR number's label."""
    oids = [text[s.start : s.end] for s in find_by_context(text) if "." in text[s.start : s.end]]
    assert oids == [], text


def test_an_instance_uid_after_urn_oid_stays_a_code() -> None:
    text = '"value": "urn:oid:1.2.826.0.1.3680043.8.498.10293847561029384756"'
    assert any("3680043" in text[s.start : s.end] for s in find_by_context(text))


def test_a_unit_record_number_is_still_read() -> None:
    text = "URN: 1043387  Ward 4"
    assert [text[s.start : s.end] for s in find_by_context(text)] == ["1043387"]
