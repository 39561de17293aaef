"""Names that a layout gives away (name_layouts.py) and logins (name_neighbours.logins),
written from the conventions that define them, with own examples of many cultures (none
taken from an evaluation split), each beside the words that must stay readable:

- ICAO 9303 part 4 captions of the visual inspection zone, bilingual, and the same
  fields of national forms and registration cards;
- patient status boards: a bed or bay, then the occupant; the board's own words stay;
- HL7 FHIR Reference.display beside a reference to a Patient, Practitioner,
  RelatedPerson or Person, and JSON keys that name a person;
- BGN/PCGN romanisation's apostrophe for the soft sign in a name's Latin twin;
- FreeRADIUS "Login OK: [user]", login columns of audit tables, chat header lines;
- a national id's caption after a name ("..., personnummer 19...").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.given_names import lower_case_given_names
from app.redaction.name_layouts import (
    board_names,
    caption_names,
    dash_tail_names,
    json_names,
    meeting_names,
    names_before_ids,
    names_from_layout,
    nicknames,
    role_values,
)
from app.redaction.name_neighbours import chat_handle_headers, login_columns, login_names, logins
from app.redaction.text import redact_text


def _found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


def _known(word: str) -> bool:
    """A stand-in for the model's vocabulary: ordinary words it has vectors for."""
    return word in {"pending", "germline", "tumour", "control", "blank", "locum", "aspirin"}


# 1. ICAO 9303 captions and registration cards ------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("SURNAME / NOM   OKONKWO\nGIVEN NAMES / PRÉNOMS   CHIAMAKA", ["OKONKWO", "CHIAMAKA"]),
        (
            "Nazwisko / Surname / Nom   WIŚNIEWSKA\nImiona / Given names   ZOFIA",
            ["WIŚNIEWSKA", "ZOFIA"],
        ),
        ("Pavardė / Surname\tJANKAUSKAS", ["JANKAUSKAS"]),
        ("Cognome COLOMBO   Nome Giulia", ["COLOMBO"]),
        ("APELLIDOS: GARCÍA LÓPEZ", ["GARCÍA LÓPEZ"]),
        ("Family name: Haddad    Given name: Rania", ["Haddad", "Rania"]),
        ("Efternamn   LINDQVIST    Förnamn   ASTRID", ["LINDQVIST", "ASTRID"]),
    ],
)
def test_caption_values_are_names(text: str, names: list[str]) -> None:
    assert _found(caption_names(text), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Surname was changed after marriage.",
        "patient_name          workstation",
        "Name          Ward          Diagnosis",
        "SURNAME   GIVEN NAMES   DATE OF BIRTH",
        "Name    Address    Phone",
        "Surname NOT KNOWN",
    ],
)
def test_caption_headers_and_prose_stay(text: str) -> None:
    assert caption_names(text) == []


# 2. Ward boards: bed or bay, then the occupant in capitals ------------------------------


def test_board_occupants_are_names() -> None:
    text = (
        "A1 VAN DER BERG — NBM from midnight\n"
        "A2 NWOSU — awaiting echo\n"
        "A3 EMPTY\n"
        "A4 KOWALCZYK: falls risk\n"
        "\n"
        "3A O'SULLIVAN  TTO\n"
        "3B DNACPR\n"
    )
    names = ["VAN DER BERG", "NWOSU", "KOWALCZYK", "O'SULLIVAN"]
    assert _found(board_names(text), text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("bed 7 ANDRIANOVA settled overnight", ["ANDRIANOVA"]),
        ("Rm 4b FITZGERALD - for discharge", ["FITZGERALD"]),
        ("bed 3 NBM from midnight; bed 5 DNACPR in notes", []),
        ("Bay 2 CLOSED — norovirus", []),
        ("bed 9 BP LOW, HR 120", []),
        ("Room 12   Arrival 3 May", []),
    ],
)
def test_bed_occupants_and_board_words(text: str, names: list[str]) -> None:
    assert _found(board_names(text), text) == names


def test_a_title_in_capitals_is_not_the_name() -> None:
    text = "Bed 4 - MR OKAFOR, NBM"
    assert _found(board_names(text), text) == ["OKAFOR"]


def test_an_initial_after_the_occupant_joins_it() -> None:
    text = "Bed 4: KOWALSKA M, falls\nBed 5: NBM J\n"
    assert _found(board_names(text), text) == ["KOWALSKA M"]


def test_value_under_a_caption_alone_on_its_line() -> None:
    text = "Surname / Nom\nMBEKI\nGiven names / Prénoms\nTHABO SIPHO\nNom\nle patient\n"
    assert _found(caption_names(text), text) == ["MBEKI", "THABO SIPHO"]


def test_one_bay_code_is_no_board() -> None:
    assert board_names("B12 VITAMIN — check level") == []


# 3. A given name alone after a spaced dash ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("DAD'S TABLETS — GRAHAM", ["GRAHAM"]),
        ("Shopping list – Priya", ["Priya"]),
        ("Diagnosis — Angina", []),
        ("Ward 7 — Rose", []),
        ("Results — NORMAL", []),
    ],
)
def test_dash_tail_given_names(text: str, names: list[str]) -> None:
    assert _found(dash_tail_names(text), text) == names


# 4. JSON and HL7 FHIR -------------------------------------------------------------------


def test_fhir_reference_display_of_a_person() -> None:
    text = (
        '{"subject":{"reference":"Patient/8812","display":"Olumide Bankole"},'
        '"performer":[{"reference":"Practitioner/7","display":"Ingrid Solberg"}],'
        '"code":{"coding":[{"display":"Body Weight"}]},'
        '"encounter":{"reference":"Encounter/55","display":"Ward Round"}}'
    )
    assert _found(json_names(text), text) == ["Olumide Bankole", "Ingrid Solberg"]


def test_json_person_keys_with_a_name_shape() -> None:
    text = '{"displayName":"Tereza Dvořáková","full_name":"Ngozi Eze-Okafor","name":"Heart Rate"}'
    assert _found(json_names(text), text) == ["Tereza Dvořáková", "Ngozi Eze-Okafor"]


# 5. Roles, nicknames and names before a national id's caption ---------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Phlebotomist: okereke", ["okereke"]),
        ("Sonographer: ferreira-lima", []),
        ("Radiologist: pending", []),
        ("Checklist: incomplete", []),
        ("Podiatrist: locum", []),
    ],
)
def test_lower_case_values_after_staff_roles(text: str, names: list[str]) -> None:
    assert _found(role_values(text, _known), text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('a woman she knew as "dolores" came in', ["dolores"]),
        ("the boy known as tomasz left", ["tomasz"]),
        ('she knew him only as "dmitri"', ["dmitri"]),
        ('a drink called "the usual"', []),
        ("a condition known as angina", []),
    ],
)
def test_nicknames(text: str, names: list[str]) -> None:
    assert _found(nicknames(text), text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Henvisning — Sigrun Aasheim, fødselsnummer 01017012345", ["Sigrun Aasheim"]),
        ("Ansökan: Elias Lindgren, personnummer 19800101-1234", ["Elias Lindgren"]),
        ("Discharge Summary, NHS number 943 476 5919", []),
        ("Patient Record, MRN 123456", []),
        # the holder opening the line, the caption in brackets after the number
        ("Lund, Ingrid: 01017012345 (fødselsnummer)\n", ["Lund, Ingrid"]),
        ("- Ilse Maas: 19800101-1234 (personnummer)", ["Ilse Maas"]),
        ("Daily Dose: 12345678 (tablets)", []),
        ("Shadow Payroll: 24035007926 (fødselsnummer)", []),
    ],
)
def test_names_before_national_id_captions(text: str, names: list[str]) -> None:
    assert _found(names_before_ids(text), text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Physio session with Florence booked for Tuesday.", ["Florence"]),
        ("appointment with Grace, 10:30", ["Grace"]),
        ("meeting with Victoria Hospital estates", []),
        ("review with Cardiology next week", []),
        ("call with June re: results", []),
        ("follow-up with Patient Safety", []),
    ],
)
def test_given_names_after_meeting_with(text: str, names: list[str]) -> None:
    assert _found(meeting_names(text), text) == names


# 6. Logins ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "logins"),
    [
        ("radius: Login OK: [amaka-obi] (from client ap3 port 0)", ["amaka-obi"]),
        ("radius: Login incorrect (bad password): [lars.nyberg/<via Auth-Type>]", ["lars.nyberg"]),
        ("sshd: accepted key for user=kemal_aydin from 10.0.0.4", ["kemal_aydin"]),
        ("user=svc-backup login: root by www-data", []),
        ("uploaded by report.pdf", []),
        ("Account Name:\t\tmbakare\nAccount Domain:\t\tCORP", ["mbakare"]),
        ("session: logged in as l.moreau from kiosk", ["l.moreau"]),
        ("uid=okwuosa gid=100", ["okwuosa"]),
        ("user: pending", []),
        ('{"event":"login","user":"ines.carvalhosa","result":"ok"}', ["ines.carvalhosa"]),
        ("Reviewer a.tesfaye", ["a.tesfaye"]),
        ("sshd[812]: Accepted publickey for okwuosa from 10.1.2.3 port 5022", ["okwuosa"]),
        ("sshd[812]: Failed password for invalid user admin from 10.1.2.3", []),
        ("reviewed by pharmacy", []),
    ],
)
def test_logins_after_a_login_word(text: str, logins: list[str]) -> None:
    assert _found(login_names(text, _known), text) == logins


def test_chat_headers_with_handles() -> None:
    text = "nadia.rahman  09:12\nbed 4 ok\nlunch  12:30\ntomas_berg  09:14\nthanks\n"
    assert _found(chat_handle_headers(text), text) == ["nadia.rahman", "tomas_berg"]


def test_one_time_line_is_no_chat() -> None:
    assert chat_handle_headers("obs.round  08:00\n") == []


def test_login_columns_aligned_by_blanks_and_csv() -> None:
    text = (
        "time        operator        action   record\n"
        "09:14:02    wanjiru.kamau   OPEN     A-1192\n"
        "09:15:40    system          CLOSE    A-1192\n"
        "\n"
        "Sample_ID,Sample_Name,Index,Description\n"
        "S1,mkowalczyk,ATTACTCG,germline\n"
        "S2,control,TCCGGAGA,blank\n"
    )
    assert _found(login_columns(text, _known), text) == ["wanjiru.kamau", "mkowalczyk"]


# 7. End to end: every mention masked, the board's words kept ----------------------------


def test_end_to_end_board_and_card() -> None:
    text = (
        "[ward board]\n"
        "D1 ABUBAKAR — NBM, theatre am\n"
        "D2 LINDQVIST — TTO ready\n"
        "\n"
        "SURNAME / NOM   PAPAZOGLOU\n"
        "GIVEN NAMES / PRÉNOMS   EIRINI\n"
    )
    out = redact_text(text).text
    assert not {"ABUBAKAR", "LINDQVIST", "PAPAZOGLOU", "EIRINI"} & _words(out), out
    assert {"NBM", "TTO", "theatre", "SURNAME", "PRÉNOMS"} <= _words(out), out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thanks - dolores", ["dolores"]),
        ("cheers — tomasz", ["tomasz"]),
        ("thanks!\nagnieszka\n", ["agnieszka"]),
        ("thanks!\nagnieszka will call back", []),
        ("Kind regards,\nlucia\n", ["lucia"]),
        ("no - pain today", []),
    ],
)
def test_lower_case_sign_off_names(text: str, names: list[str]) -> None:
    assert _found(lower_case_given_names(text), text) == names


def test_a_handle_without_accents_masks_the_accented_name() -> None:
    text = '{"user":"bogdan.sokol",\n"display_name":"Bogdan Sokół"}\nSokół called back.'
    out = redact_text(text).text
    assert "Sokół" not in out, out
    assert "Bogdan" not in out, out


def test_a_handle_initial_is_no_title() -> None:
    text = "[10:02] kofi.boateng: bed 9 is awake\n[10:03] m.rossi: ok\n"
    out = redact_text(text).text
    assert "m." not in out, out
    assert "rossi" not in out, out


def test_an_italian_feminine_title_stays_a_title() -> None:
    out = redact_text("Richiedente: dr.ssa Lombardi — reperibile in reparto").text
    assert "Lombardi" not in out, out


def test_end_to_end_soft_sign_twin_and_sign_off() -> None:
    text = (
        "Full name: Наталья Ильина / NATAL'YA IL'INA\n"
        'Requester: Bartek Zieliński (bartek.z@example.org)\n"thanks - bartek"\n'
    )
    out = redact_text(text).text
    assert "NATAL" not in out, out
    assert "IL'INA" not in out, out
    assert "bartek" not in out, out


# 8. The finders read any text without failing --------------------------------------------

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PIECES = st.sampled_from(
    [
        "bed 4 ",
        "C1 ",
        "SURNAME / NOM   ",
        "Login OK: [",
        '{"display":"',
        '"reference":"Patient/1",',
        "user  action  ",
        ",Sample_Name,",
        "  09:12\n",
        " — ",
        'known as "',
        ", fødselsnummer 0101",
        "NOVAK",
        "ana.li",
        "\n",
        "  ",
        ",",
        "]",
        '"',
        "}",
    ]
)


@_SETTINGS
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30))
def test_layout_finders_take_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for span in names_from_layout(text, _known) + logins(text, _known):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("bed 4 (COX) settled", ["COX"], id="bracket after the bed"),
        pytest.param("Bay 2 bed 3 - OKAFOR, NBM", ["OKAFOR"], id="dash after the bed"),
        pytest.param("rm 12: NOWAK", ["NOWAK"], id="colon after the room"),
        pytest.param("Bed no. 5 - ŠIMKOVÁ", ["ŠIMKOVÁ"], id="number word and marks"),
        pytest.param("pod 3: MBEKI", ["MBEKI"], id="pod"),
        pytest.param("home visit: went to JHA's", ["JHA"], id="visited possessive"),
        pytest.param("bed 2 NIV overnight", [], id="short board word after a blank"),
        pytest.param("bed 6 (ICU) - transfer; bed 7: DKA protocol", [], id="ward words"),
        pytest.param("went to ICU's desk", [], id="ward possessive"),
    ],
)
def test_bed_occupants_merged_from_names(text: str, names: list[str]) -> None:
    assert _found(board_names(text), text) == names
