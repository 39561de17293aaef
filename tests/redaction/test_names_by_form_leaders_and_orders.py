"""Names that a form's layout or a register's written order gives away, written from the
conventions that define them (own examples, none taken from an evaluation split), each
beside words that must stay readable:

- a printed form's leader of underscores or dots between a name caption and its value,
  and a signature's caption before the name written on its line;
- "SURNAME ,GIVEN" and "Surname,Given": the comma of a register's inversion spaced on
  either side, as specimen labels and lab exports print it;
- labels of a customer or a payee in other languages ("Kunde:", "Receiver:");
- titles that are family names too ("SHEIKH ...");
- S/O, D/O before a parent's name (Indian and Pakistani forms); not "W/O" (without);
- a login after a bare "by" closing its line (specimen labels, worklists);
- a delimited row one cell longer than its header, its name column in two cells;
- a screening log's Initials column, also "Surname I" (ICH E6 8.3.20);
- a scanned document's file name: record number, SURNAME, document type.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.name_layouts import caption_names
from app.redaction.name_slots import names_in_slots
from app.redaction.tables import find_field_values
from app.redaction.text import redact_text
from app.redaction.user_handles import surnames_in_scan_names


def _known(word: str) -> bool:
    """A stand-in for the model's vocabulary: ordinary words it has vectors for."""
    return word in {"ibuprofen", "courier", "hand", "post", "phone"}


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        pytest.param(
            "[1] Surname ____________ KOWALCZYK\n[2] Forename(s) ________ ISOLDE\n"
            "[3] Date of birth 02/03/1961",
            ["KOWALCZYK", "ISOLDE"],
            ["Surname", "Forename(s)", "Date of birth"],
            id="underscore leader",
        ),
        pytest.param(
            "Family name ........ Ter Horst\nGiven names ........ Maaike Anne\n",
            ["Ter Horst", "Maaike Anne"],
            ["Family name", "Given names"],
            id="dot leader, title case",
        ),
        pytest.param(
            "Signature ..........TR Okonjo-Bassey........   Date ........",
            ["TR Okonjo-Bassey"],
            ["Signature", "Date"],
            id="signature between dot leaders",
        ),
    ],
)
def test_name_captions_read_a_printed_forms_leader(
    text: str, names: list[str], kept: list[str]
) -> None:
    out = redact_text(text).text
    for name in names:
        assert name not in out
    for word in kept:
        assert word in out


def test_a_leader_before_an_ordinary_word_is_no_name() -> None:
    assert caption_names("Signature ______ Date ______\nSurname ...... unknown") == []


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        pytest.param(
            "*44-10-2*\nNAKAMURA ,HIROKO   12MAR1948   F\nEDTA 4 mL  FBC",
            ["NAKAMURA", "HIROKO"],
            ["EDTA 4 mL  FBC"],
            id="spaced comma",
        ),
        pytest.param(
            "Specimen: GALLAGHER,DEIRDRE  Urine MC&S",
            ["GALLAGHER", "DEIRDRE"],
            ["Urine"],
            id="comma without blanks",
        ),
        pytest.param(
            "Kunde: Brenner, Waltraud  ·  Kundennr. 55120398",
            ["Brenner", "Waltraud"],
            ["Kunde:", "Kundennr."],
            id="German customer label",
        ),
        pytest.param(
            "Receiver: SHEIKH ANWAR TALUKDER\nPayout city: Sylhet",
            ["SHEIKH", "ANWAR", "TALUKDER"],
            ["Receiver:", "Payout city:"],
            id="title that is a surname",
        ),
        pytest.param(
            "Name: PRIYA VENKAT   S/O RAGHUNATH IYENGAR   Age/Sex: 41/F",
            ["RAGHUNATH", "IYENGAR"],
            ["Sex"],
            id="son of",
        ),
        pytest.param(
            "Applicant: Farzana Bibi D/O Tariq Mehmood, resident of Multan",
            ["Tariq", "Mehmood"],
            ["resident of"],
            id="daughter of",
        ),
        pytest.param(
            "OBR|1||71250^CT ABDOMEN W/O CONTRAST\nUSG s/o Acute appendicitis",
            [],
            ["W/O CONTRAST", "s/o Acute appendicitis"],
            id="without and suggestive of stay",
        ),
    ],
)
def test_register_orders_and_relation_cues(text: str, names: list[str], kept: list[str]) -> None:
    out = redact_text(text).text
    for name in names:
        assert name not in out
    for word in kept:
        assert word in out


def test_other_titles_stay_readable() -> None:
    out = redact_text("Seen by Dr. Okonkwo-Ramsey in clinic.").text
    assert "Dr." in out
    assert "Okonkwo-Ramsey" not in out


def test_a_login_after_by_closing_its_line() -> None:
    text = "EDTA 4 mL collected 09:15\nward 7B   by tnakagawa\nGI bleed caused by ibuprofen"
    found = [text[s.start : s.end] for s in names_in_slots(text, _known)]
    assert "tnakagawa" in found
    assert "ibuprofen" not in found
    assert names_in_slots("sent by courier\nsigned by hand", _known) == []


def test_a_row_one_cell_longer_puts_the_name_in_two_cells() -> None:
    text = (
        "patient_id\tname\tdob\tcity\tnotes\n"
        "P-0001-2233\tHallgrímsdóttir\tSunna\t1977-04-02\tSelfoss\tnone\n"
        "P-0001-2234\tBaptiste Louis\t1980-01-09\tCayenne\tnone\n"
    )
    out = redact_text(text).text
    for value in ("Hallgrímsdóttir", "Sunna", "Selfoss", "Baptiste Louis", "Cayenne"):
        assert value not in out
    assert "notes" in out
    assert out.count("none") == 2


def test_a_screening_logs_initials_column() -> None:
    text = (
        "Screen no. | Initials | YOB | Consent date | Eligible\n"
        "101-0007 | Lindqvist M | on file | 04.02.2024 | yes\n"
        "101-0008 | TK | on file | 05.02.2024 | no\n"
    )
    out = redact_text(text).text
    assert "Lindqvist" not in out
    assert "| TK |" not in out
    assert "Initials | YOB | Consent date" in out


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("0045871-OKONJO-referral.pdf  OCR failed", ["OKONJO"]),
        ("MRN4471233_O'HARA_consent.tif", ["O'HARA"]),
        ("0045871-HEAD-report.pdf", []),
        ("CT-CHEST-report.pdf", []),
        ("ZIEMANN-referral.pdf", []),
        ("see '0045871-OKONJO-referral.pdf'.", ["OKONJO"]),
        ("archive.0045871-OKONJO-referral.pdf", []),
    ],
)
def test_surnames_in_scanned_document_names(text: str, found: list[str]) -> None:
    assert [text[s.start : s.end] for s in surnames_in_scan_names(text)] == found


_TEXT = st.text(
    alphabet=st.sampled_from(list("aZ _.,:\t\n|/-O'SsbyNameurFoSignatue0dbpf5")), max_size=80
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_TEXT)
def test_the_readers_never_crash_and_stay_inside_the_text(text: str) -> None:
    spans = caption_names(text) + names_in_slots(text, _known) + surnames_in_scan_names(text)
    spans += find_field_values(text, {"name", "dob"})
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
