"""Values under identifying field names: table columns, JSON/FHIR, key=value, YAML, XML
(issue 15, session 21). Written from the class: personal-data forms' field names in many
languages, HL7 FHIR's Patient example shape (hl7.org/fhir/patient-example.json: Peter
James Chalmers), RFC 4180 quoting; negatives beside them (measurement tables, a
configuration, prose with field words). No spaCy: the second pass finds these too."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.field_names import field_kind
from app.redaction.hl7 import find_hl7
from app.redaction.structured import text_words
from app.redaction.tables import find_field_values
from app.redaction.uris import find_uris
from app.redaction.vcard import find_vcard

from .conftest import second_pass_covers as _covered


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_field_values(text, text_words(text))]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("family", "PERSON"),
        ("patientLastName", "PERSON"),
        ("first_name", "PERSON"),
        ("Given name(s)", "PERSON"),
        ("Nom du patient", "PERSON"),
        ("Mother's maiden name", "PERSON"),
        ("Nachname", "PERSON"),
        ("Apellidos", "PERSON"),
        ("Фамилия", "PERSON"),
        ("姓名", "PERSON"),
        ("氏名", "PERSON"),
        ("성명", "PERSON"),
        ("שם משפחה", "PERSON"),
        ("اسم العائلة", "PERSON"),
        ("birthDate", "DATE_TIME"),
        ("Date de naissance", "DATE_TIME"),
        ("Geburtsdatum", "DATE_TIME"),
        ("doğum tarihi", "DATE_TIME"),
        ("Phone (home)", "PHONE_NUMBER"),
        ("emergency contact phone", "PHONE_NUMBER"),
        ("telefono", "PHONE_NUMBER"),
        ("電話番号", "PHONE_NUMBER"),
        ("address_line_2", "ADDRESS"),
        ("postalCode", "ADDRESS"),
        ("Postleitzahl", "ADDRESS"),
        ("kod pocztowy", "ADDRESS"),
        ("Ciudad", "LOCATION"),
        ("Wohnort", "LOCATION"),
        ("città", "LOCATION"),
        ("SSN", "NATIONAL_ID"),
        ("Personnummer", "NATIONAL_ID"),
        ("Patient ID", "RECORD_NUMBER"),
        ("E-mail", "EMAIL_ADDRESS"),
        ("Biometric ref", "RECORD_NUMBER"),  # HIPAA Safe Harbor (P)
        ("fingerprint_hash", "RECORD_NUMBER"),
        ("Passbild", "URL"),  # Safe Harbor (Q): full-face photographs
        ("photo", "URL"),
    ],
)
def test_field_names_of_many_languages_and_spellings(header: str, kind: str) -> None:
    found = field_kind(header)
    assert found is not None
    assert found[0] == kind


@pytest.mark.parametrize(
    "header",
    ["drug name", "test name", "Date", "dose", "unit", "value", "No.", "Ward", "Result", "ref"],
)
def test_non_personal_headers_name_no_field(header: str) -> None:
    assert field_kind(header) is None


CSV = (
    "patient_id,family,given,city,dob\n"
    "P-001,Velu,மகஷேவரி,Chennai,1950-03-02\n"
    'P-002,"Lopez Jimenez, de",Rocío,Sevilla,1948-11-30\n'
    "\n"
    "Ward round done."
)


@pytest.mark.parametrize(
    "value", ["P-001", "Velu", "மகஷேவரி", "Chennai", "Lopez Jimenez, de", "Rocío", "Sevilla"]
)
def test_every_cell_of_an_identifying_column_is_masked(value: str) -> None:
    assert _covered(CSV, value)


def test_the_header_and_the_text_after_the_table_stay() -> None:
    found = _found(CSV)
    assert "family" not in found
    assert not any("Ward" in f for f in found)


@pytest.mark.parametrize(
    ("table", "values"),
    [
        ("Nachname;Vorname;PLZ;Ort\nMüller;Jürgen;10115;Berlin", ["Müller", "Jürgen", "Berlin"]),
        ("Фамилия\tИмя\tГород\nИванова\tЛора\tТверь", ["Иванова", "Лора", "Тверь"]),
        ("| 氏名 | 電話番号 |\n|---|---|\n| 長谷川 博 | 03-1234-5678 |", ["長谷川 博"]),
        ("| Surname | Lazo |\n| Given name | Matias |", ["Lazo", "Matias"]),
    ],
)
def test_tables_in_other_languages_and_delimiters(table: str, values: list[str]) -> None:
    for value in values:
        assert _covered(table, value)


@pytest.mark.parametrize(
    "text",
    [
        "name,dose,route,unit\nParacetamol,500,PO,mg\nAmoxicillin,250,PO,mg",
        "analyte,value,unit,reference range\nGlucose,6.1,mmol/L,3.9-5.5\nSodium,139,mmol/L,135-145",
        '{"service": {"name": "sync", "port": 8443, "font": {"family": "Inter"}, "id": "svc-1"}}',
        "| Ward | Beds |\n|---|---|\n| 3B | 24 |",
        "Name, address and phone were checked.\nPlan: review, discharge.",
        "Glucose: 6.1 mmol/L\nBP: 120/80\nDose=500 mg, route=PO",
    ],
)
def test_measurements_configurations_and_prose_are_kept(text: str) -> None:
    assert _found(text) == []


FHIR_PATIENT = """{
  "resourceType": "Patient",
  "identifier": [{"use": "usual", "system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"}],
  "name": [{"use": "official", "family": "Chalmers", "given": ["Peter", "James"]},
           {"use": "usual", "given": ["Jim"]}],
  "telecom": [{"system": "phone", "value": "(03) 5555 6473", "use": "work", "rank": 1}],
  "gender": "male",
  "birthDate": "1974-12-25",
  "address": [{"use": "home", "type": "both",
               "text": "534 Erewhon St PeasantVille, Rainbow, Vic  3999",
               "line": ["534 Erewhon St"], "city": "PleasantVille", "district": "Rainbow",
               "state": "Vic", "postalCode": "3999"}]
}"""


@pytest.mark.parametrize(
    "value",
    [
        "12345",
        "Chalmers",
        "Peter",
        "James",
        "Jim",
        "(03) 5555 6473",
        "1974-12-25",
        "534 Erewhon St PeasantVille, Rainbow, Vic  3999",
        '"534 Erewhon St"',
        "PleasantVille",
        "3999",
    ],
)
def test_fhir_patient_elements_are_masked(value: str) -> None:
    assert _covered(FHIR_PATIENT, value.strip('"'))


@pytest.mark.parametrize("kept", ['"official"', '"male"', '"phone"', '"work"', '"Patient"'])
def test_fhir_codes_stay(kept: str) -> None:
    start = FHIR_PATIENT.index(kept)
    assert not any(
        s.start < start + len(kept) and start < s.end
        for s in find_field_values(FHIR_PATIENT, text_words(FHIR_PATIENT))
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('2025-03-01 login ok user=abril.romerocarrizo email="a@b.org"', "abril.romerocarrizo"),
        ("first_name: Aiyana\nlastName: Begay\ncity: Shiprock", "Begay"),
        ("first_name: Aiyana\nlastName: Begay\ncity: Shiprock", "Shiprock"),
        ("Name: Nils Holm | DOB: 1950-01-02 | Ward: 3", "Nils Holm"),
        (
            '<Patient><family value="Chalmers"/><birthDate value="1974-12-25"/></Patient>',
            "Chalmers",
        ),
        ("<Person><Surname>Okafor</Surname><City>Enugu</City></Person>", "Okafor"),
        ("<Person><Surname>Okafor</Surname><City>Enugu</City></Person>", "Enugu"),
    ],
)
def test_records_in_key_forms(text: str, value: str) -> None:
    assert _covered(text, value)


def test_slash_labelled_fields_between_spaced_dashes() -> None:
    text = "NOM DE NAISSANCE/ DURAND -- prénom usuel/ Ginette\nExamen : IRM"
    assert _found(text) == ["DURAND", "Ginette"]
    for kept in ("Surname / Nom   X", "Dose/ Frequency: daily", "and/ or", "Name/DOB"):
        assert _found(kept) == [], kept


def test_a_value_ends_with_its_sentence() -> None:
    text = "Date of birth: 3 March 1950. Seen today in clinic."
    assert all("Seen" not in f for f in _found(text))


_ALPHABET = st.sampled_from(
    [
        *'ab名 ,;|\t\n\r:="{}[]<>/\\^~&01+',
        "PID|",
        "MSH|",
        "tel:+",
        "BEGIN:V",
        "FN:",
        "nom/ ",
        " -- ",
    ]
)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.lists(_ALPHABET, max_size=200).map("".join))
def test_any_text_gives_spans_of_its_own_characters(text: str) -> None:
    """Users hand us these exports: any text gives spans inside it, never an error."""
    text += "\nname,phone\nx y,1"
    words = text_words(text)
    found = [*find_field_values(text, words), *find_hl7(text), *find_uris(text, words)]
    for span in [*found, *find_vcard(text)]:
        assert 0 <= span.start < span.end <= len(text)
        assert any(c.isalnum() for c in text[span.start : span.end])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"ticket": 4411, "assigned_to": "jmorales", "created_by": "pkowalska"}', "jmorales"),
        ('{"ticket": 4411, "assigned_to": "jmorales", "created_by": "pkowalska"}', "pkowalska"),
        ("Passport: T77773622   Nationality: as on passport   Phone: 0301234567", "0301234567"),
        ("氏名：井上結衣\u3000フリガナ：イノウエ ユイ", "イノウエ ユイ"),
    ],
)
def test_role_keys_and_form_lines_of_several_fields(text: str, value: str) -> None:
    assert _covered(text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Passport: T77773622   Nationality: as on passport", "as on passport"),
        ("Surname: (not given)\nCity: Leeds", "not given"),
        ("Name: JACQUET Adèle, née le 12/03/1950\nPhone: 0601020304", "née le"),
        ("Member ID: 6VE1-VE4-RC04   Group: employer plan", "employer plan"),
        ("Passport: X1234567 (Model/Serial 4763). HbA1c 48 mmol/mol", "HbA1c"),
        ("Next of kin: Rangi Parata (brother)\nPhone: 021 555 0199", "brother"),
        ("Contact person: Ilse Brandt (daughter-in-law)", "daughter"),
    ],
)
def test_values_end_at_the_next_field_a_remark_or_a_clause(text: str, kept: str) -> None:
    found = _found(text)
    assert found  # the record's values are found ...
    assert all(kept not in f for f in found)  # ... and end where they end


def test_a_tel_uri_glued_to_cjk_letters_is_found() -> None:
    text = "请回电tel:+86-10-1200-1324谢谢"
    assert _covered(text, "tel:+86-10-1200-1324")


FIXED = (
    "Surname      Given     City        Ward\n"
    "-----------  --------  ----------  ----\n"
    "Lazo         Matias    La Unión    3B\n"
    "Okafor       Chidi     Enugu       4A\n"
    "\n"
    "Seen today.  Plan discussed."
)


@pytest.mark.parametrize("value", ["Lazo", "Matias", "La Unión", "Okafor", "Chidi", "Enugu"])
def test_fixed_width_report_columns_are_masked(value: str) -> None:
    assert _covered(FIXED, value)


@pytest.mark.parametrize("kept", ["3B", "4A", "Ward", "Seen today", "Plan discussed"])
def test_fixed_width_report_other_columns_and_prose_stay(kept: str) -> None:
    assert all(kept not in f for f in _found(FIXED))


@pytest.mark.parametrize(
    "text",
    [
        "Name  Address  Notes\nSeen today.  Plan discussed.  Fine.",
        "Analyte    Value   Unit\nGlucose    6.1     mmol/L",
    ],
)
def test_unaligned_prose_and_measurement_reports_are_no_identifying_table(text: str) -> None:
    assert _found(text) == []
