"""Surnames in capitals found from the slot their writing convention gives them
(caps_name_slots.py), the bilingual caption in a language no list holds and a board's
"bed 6 is NAME" (name_layouts.py), and Latvian surnames by their ending
(surname_shapes.py). Own examples, none taken from an evaluation split, each beside the
words that must stay readable.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.caps_name_slots import caps_names_in_slots, payment_parties
from app.redaction.name_layouts import board_names, caption_names
from app.redaction.surname_shapes import caps_surnames


def _found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


# 1. "NOM Prénom": the French administrative order, in a field of its own -----------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ordo|v1|a1b2|GIRARDOT Hélène|19840312|77", ["GIRARDOT Hélène"]),
        ("|BEAUMONT Jean-Luc|100200300|20240101", ["BEAUMONT Jean-Luc"]),
        ("Bénéficiaire;DA COSTA Inès;1975", ["DA COSTA Inès"]),
        ("FERRANTE Giulia\nvia Roma 3", ["FERRANTE Giulia"]),
        ("Assistito:  ORSINI Matteo  CF 123", ["ORSINI Matteo"]),
        ("Név\tHORVÁTH Eszter\t1962", ["HORVÁTH Eszter"]),
    ],
)
def test_surname_in_capitals_then_given_name_filling_a_field(text: str, names: list[str]) -> None:
    assert _found(caps_names_in_slots(text), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "|ATC N02AX02|paracetamol 500 mg|qty 20",
        "NOTE Anna called back",  # no field's end after the given name
        "CT Chest 12/03",
        "URGENT Review|",
        "MRI Brain|",
        "ICU Grace|",  # an abbreviation, not a surname
        "WARD Rose|",  # a common word in capitals
        "Seen in clinic by the GP, PLAN Amy to call",
        "|DOB Daniel|",
    ],
)
def test_readable_beside_surname_then_given(text: str) -> None:
    assert [s for s in caps_names_in_slots(text) if s.rule == "caps_surname_given"] == []


# 2. A lone surname in capitals after a role, a person caption or a relative --------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Operator: BAKER\nTime 05:30", ["BAKER"]),
        ("Examiner - NOWAK", ["NOWAK"]),
        ("Officer OZOLS #1204", ["OZOLS"]),
        ("Sergeant WHITFIELD, collar 77", ["WHITFIELD"]),
        ("Cardholder: LEE", ["LEE"]),
        ("Passenger: ABUBAKAR", ["ABUBAKAR"]),
        ("Driver HENNESSY\nLicence class B", ["HENNESSY"]),
        ("OSI travelling with infant AMARA", ["AMARA"]),
        ("accompanied by her daughter NKECHI; consent given", ["NKECHI"]),
        # an all-capitals record's column: the role and the surname opening a field
        ("BED 4  SATS 97  NURSE KOWALCZYK\n", ["KOWALCZYK"]),
        # an identifier and its holder's surname in brackets after it
        ("Sample ID 55102348 (OYELARAN)\n09:14 received", ["OYELARAN"]),
        ("MRN: K-20411 (LINDQVIST)", ["LINDQVIST"]),
    ],
)
def test_lone_surname_in_capitals_after_its_slot(text: str, names: list[str]) -> None:
    assert _found(caps_names_in_slots(text), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Officer: N/A",
        "Operator: ADMIN",
        "Officer ID 4471",
        "OFFICER NOTES",
        "Technician: ECG",
        "Allergy: PENICILLIN",
        "Diagnosis: COPD",
        "Dose: PARACETAMOL 1 g",
        "Status: COMPLETE",
        "child HIV positive",
        "son MRI booked",
        "Officer ABC",  # a short word after a blank
        "Officer SMITH and colleague attended",  # no field's end: prose, the NER's
        "Operator: NOT RECORDED",
        "Guest: TBA",
        "Owner: SELF",
        "recipient HLA\n",  # three letters after a blank: an abbreviation as often
        "donor HLA typing",
        "NURSE STATION\n",
        "  WITNESS STATEMENT\n",
        "NURSE PRACTITIONER REVIEW",
        "Lot 12345 (EXP)",
        "MRN 123456 (CANCELLED)",
        "Order 4411 (ACTIVE)",
        "Ref 2231 (URGENT)",
        "Dose 500 (MG)",
    ],
)
def test_readable_beside_a_role(text: str) -> None:
    assert [s for s in caps_names_in_slots(text) if s.rule == "caps_surname_in_slot"] == []


# 3. ICAO 9303 bilingual captions, the other half in any language ------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Surname / Apelyido: DELACRUZ\nGiven names / Mga pangalan: ROWENA", ["DELACRUZ"]),
        ("Surname / Jina la ukoo: MWANGI", ["MWANGI"]),
        ("Surname / Nazwisko: Kowalczyk", ["Kowalczyk"]),  # both halves listed
    ],
)
def test_bilingual_caption_in_an_unlisted_language(text: str, names: list[str]) -> None:
    found = _found(caption_names(text), text)
    assert all(n in found for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Name / Address: 12 HIGH STREET",
        "Name / Telefon: BERGER",  # the other half names a phone field
        "Surname / Apelyido: Dela Cruz lives here",  # not capitals: the caption's own rules
        "Name / DOB: 01/02/1990",
    ],
)
def test_readable_beside_bilingual_captions(text: str) -> None:
    assert caption_names(text) == []


# 4. A ward board's occupant after "is" ---------------------------------------------------


def test_occupant_after_a_copula() -> None:
    text = "fyi bed 9 is OKORO, not the name on the board"
    assert _found(board_names(text), text) == ["OKORO"]


@pytest.mark.parametrize("text", ["bed 4 is EMPTY now", "bed 2 is NBM", "bay 3 is CLOSED"])
def test_board_words_after_a_copula_stay(text: str) -> None:
    assert board_names(text) == []


# 5. Latvian surnames by their diminutive ending -----------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [("Officer OZOLIŅŠ #12", ["OZOLIŅŠ"]), ("Signed: KALNIŅA", ["KALNIŅA"])],
)
def test_latvian_surname_endings(text: str, names: list[str]) -> None:
    assert _found(caps_surnames(text), text) == names


# 6. No crash, offsets inside the text ---------------------------------------------------

_PIECES = st.sampled_from(
    [
        "|",
        "\t",
        ": ",
        " ",
        "\n",
        "  ",
        "#12",
        "DUPONT",
        "Claire",
        "Jean-Luc",
        "Officer",
        "Operator",
        "infant",
        "FPS FROM ",
        "NURSE",
        "ID 12345 (",
        ")",
        "NOWAK",
        "DA",
        "LEE",
        "ŅŠ",
        "-",
        "Ā",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30))
def test_slots_never_crash_and_stay_inside(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = caps_names_in_slots(text) + caption_names(text) + board_names(text)
    for span in found + payment_parties(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip()


# 7. The party of a payment in a statement's narrative ----------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("02/03/2025  FPS FROM OKAFOR            +250.00\n", ["OKAFOR"]),
        ("11 MAR  BGC FROM T WOJCIK  +1,200.00", ["T WOJCIK"]),
        ("TFR TO ADEBAYO OLUWASEUN\n", ["ADEBAYO OLUWASEUN"]),
    ],
)
def test_the_party_of_a_payment_in_a_statement(text: str, names: list[str]) -> None:
    assert _found(payment_parties(text), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "TFR TO SAVINGS  -100.00",
        "BGC FROM ACME LTD   +1,200.00",
        "FPS TO HMRC   -22.00",
        "FPS FROM SALARY   +1.00",
        "DD TO OKAFOR  -10.00",  # direct debits go to firms: not read
        "BACS FROM NHS BSA  +2000",
        "transfer from savings",
    ],
)
def test_firms_accounts_and_words_in_a_narrative_stay(text: str) -> None:
    assert payment_parties(text) == []
