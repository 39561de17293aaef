"""Names beside what identifies them and user handles, written from the classes (own
examples of many cultures, not taken from any evaluation split), each with the words
beside it that must stay readable: file names from Python's own MIME table, domains,
code, organisms, grades and vitamins, and the politeness words before a comma."""

from __future__ import annotations

import mimetypes
import re

import pytest

from app.redaction.name_neighbours import (
    handle_names,
    initial_forms_more,
    initial_without_dot,
    names_beside_persons,
)
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


def _found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


# 1. User handles: "first.last", "last.f", "f.last" ------------------------------------


@pytest.mark.parametrize(
    "handle",
    [
        "maria.bernal",
        "robin.gillespie",
        "eugenia.peralesortega",
        "padilla.j",
        "jepsen.k",
        "kaur_s",
        "j.okafor",
        "t.nakamura",
        "sita.ram",
        "ines_moreau",
    ],
)
def test_handles_are_persons(handle: str) -> None:
    text = f"Ticket 4471 reassigned to {handle} after review."
    assert _found(handle_names(text), text) == [handle]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("[09:14] j.okafor: bed 4 is free", "j.okafor"),
        ("Account opened by eugenia.peralesortega via the portal.", "eugenia.peralesortega"),
        ("Login robin.gillespie at 09:14 from a new device.", "robin.gillespie"),
        ("Escalated to puig.t for a second look.", "puig.t"),
    ],
)
def test_handles_are_masked_in_context(text: str, handle: str) -> None:
    out = redact_text(text).text
    assert not _words(handle) & _words(out), out


# Python's own MIME table: the extensions of documents, images, archives and mail.
_TYPES = [
    "application/pdf",
    "image/jpeg",
    "image/png",
    "image/tiff",
    "text/plain",
    "text/csv",
    "application/msword",
    "application/zip",
    "text/html",
    "application/json",
    "application/xml",
    "message/rfc822",
    "application/vnd.ms-excel",
    "application/rtf",
    "image/gif",
    "image/bmp",
    "audio/mpeg",
    "video/mp4",
]
_EXTENSIONS = sorted(
    {e for t in _TYPES for e in mimetypes.MimeTypes().guess_all_extensions(t) if e[1:].isalpha()}
)


@pytest.mark.parametrize("extension", _EXTENSIONS)
@pytest.mark.parametrize("stem", ["letter", "anna", "scan"])
def test_file_names_are_no_handles(stem: str, extension: str) -> None:
    assert handle_names(f"see {stem}{extension} attached") == []


@pytest.mark.parametrize(
    "text",
    [
        "Portal at www.example.org and mail.example.com is down.",
        "The call os.path failed; self.name was empty.",
        "Culture grew e.coli and s.aureus, i.e. a mixed growth.",
        "Sent anna.kowalska@example.org the letter.",  # the e-mail's own rules read it
        "see http://intranet/anna.k/notes",
        "BP stable.she went home.",
        "Vehicle reg.nr AB 12345 and tel.nr on file.",  # "registration number"
    ],
)
def test_domains_code_organisms_and_typos_are_no_handles(text: str) -> None:
    assert handle_names(text) == []


# 2. A capital letter without its dot before a surname ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reported by R Young, radiographer.", "R Young"),
        ("Seen by T Fekete on ward 4.", "T Fekete"),
        ("Signed: M Garrido", "M Garrido"),
        ("Vaccinator: I Henriques", "I Henriques"),
        ("cc K Adeyemi-Brown", "K Adeyemi-Brown"),
        ("Radiographer R Young", "R Young"),
        ("Clinician — T Fekete", "T Fekete"),
        ("Vaccinated by nurse I Henriques at 10:15.", "I Henriques"),
        ("Dispensed 12/03/2024 M Garrido", "M Garrido"),
        ("| 02/05/21 | Tdap | I Okonkwo-Reyes |", "I Okonkwo-Reyes"),  # the cell's whole value
        ("Dose 2\tMMR\tI Vasquez\n", "I Vasquez"),
    ],
)
def test_initial_without_dot_and_surname(text: str, name: str) -> None:
    assert name in _found(initial_without_dot(text), text)
    out = redact_text(text).text
    assert not _words(name) & _words(out) - {"I"}, out


@pytest.mark.parametrize(
    "text",
    [
        "Hepatitis B Vaccine given today.",
        "Type A Personality noted.",
        "Grade: A Positive",
        "Plan B Agreed with the team.",
        "low vitamin D Level on bloods",
        "Factor V Leiden heterozygous.",
        "Appendix C Results attached.",
        "I Think this is fine.",
        "| I Think this is fine |",  # the pronoun opens a clause in a cell
        "| I Agree |",
        "Answer: A Little better.",
        "Blood group: O RhD negative",  # ABO group and RhD antigen
        "Crossmatch B Rhesus positive units x2",
    ],
)
def test_letters_that_are_no_initials(text: str) -> None:
    assert initial_without_dot(text) == []


# 3. Names beside a found person -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prescriber: Per Vestergaard", "Per Vestergaard"),
        ("Ivo Petrov Dimitrov reviewed the chart.", "Ivo Petrov Dimitrov"),
        ("Entlassungsbrief für Lange, Andre, geb. 03.04.1950", "Lange, Andre"),
        ("Lange, Andre was admitted on 3 May.", "Lange, Andre"),
        ("Vehicle keeper: KUMARI, Rohit", "KUMARI, Rohit"),
        ("Name on file: Phillips, Destiny", "Phillips, Destiny"),
        ("Landlord: Branko Ivo kovačič, 01 234 567", "Branko Ivo kovačič"),
    ],
)
def test_given_names_beside_a_found_surname(text: str, name: str) -> None:
    out = redact_text(text).text
    assert not _words(name) & _words(out), out


def test_the_nasab_after_a_found_arabic_name() -> None:
    text = "يشهد بأن ليلى بنت يوسف بن خالد"
    span = Span(text.index("ليلى"), text.index("ليلى") + 4, "PERSON", "x", 0.8)
    grown = names_beside_persons(text, [span])
    assert "ليلى بنت يوسف بن خالد" in _found(grown, text)
    alone = "ليلى بنت"  # the particle without a name after it
    assert names_beside_persons(alone, [Span(0, 4, "PERSON", "x", 0.8)]) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Thanks, Anna. See you Monday.", "Thanks"),
        ("Danke, Anna! Bis morgen.", "Danke"),
        ("Dr Okafor reviewed the scan.", "Dr"),
        ("Patient Okafor was reviewed.", "Patient"),
        ("Vitamin D Level low in Okafor.", "Vitamin D Level"),
        ("Per Anna Kowalska, the wound is healing.", "Per"),  # "according to"
        ("Seen by Anna Kowalska today, stable.", "today"),
        ("Reviewed with Maria Lopez nocte dosing", "dosing"),
        ("Fragen bitte an Ayse Demir wenden, Tel. 0123", "wenden"),  # after a full name
    ],
)
def test_words_beside_names_stay_readable(text: str, kept: str) -> None:
    assert kept in redact_text(text).text


# 4. An initial and a surname in capitals; a given name and an initial -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Consultant radiologist B. JANEVA", "B. JANEVA"),
        ("Authorised: J.-P. LEFÈVRE", "J.-P. LEFÈVRE"),
        ("Visitor: Asma’u S.", "Asma’u S."),
        ("Called back by Ja'far H. at noon", "Ja'far H."),
        ("Spoke to Anna K. about the results.", "Anna K."),
    ],
)
def test_initial_forms(text: str, name: str) -> None:
    assert name in _found(initial_forms_more(text), text)
    out = redact_text(text).text
    assert not _words(name) & _words(out), out


@pytest.mark.parametrize(
    "text",
    [
        "Result: A. NORMAL",
        "Low Vitamin D. Recheck in May.",
        "Patient reviewed, Plan A. Continue.",
        "Screened for Hepatitis B. Negative.",
        "Section C. REPORT follows.",
    ],
)
def test_letters_and_capitals_that_are_no_initial_forms(text: str) -> None:
    assert initial_forms_more(text) == []


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Signed, Pedro Guerrero, M.D.", "Pedro Guerrero", "M.D."),
        ("Dr Ana Ruiz, Ph.D., R.N.", "Ana Ruiz", "Ph.D., R.N."),
    ],
)
def test_dotted_credentials_after_a_name_stay_readable(text: str, name: str, kept: str) -> None:
    out = redact_text(text).text
    assert kept in out
    assert not _words(name) & _words(out), out


# 5. A surname in capitals opening a field, before a found given name -------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("ローマ字：KOBAYASHI Haruto\n", "KOBAYASHI"),
        ("拼音：ZHOU Mei-ling\n", "ZHOU"),
        ("Nom:\tDUBOIS Camille\nNé le 2 mai", "DUBOIS"),
        ("| OKONKWO Chidi | ward 4 |", "OKONKWO"),
    ],
)
def test_a_capitalised_surname_opening_a_field_goes_with_its_given_name(
    text: str, surname: str
) -> None:
    assert surname not in redact_text(text).text


@pytest.mark.parametrize(
    "text", ["Status: NORMAL Sinus rhythm", "Result: POSITIVE Control passed", "NOTE: ECG normal"]
)
def test_capitals_opening_a_field_before_no_given_name_stay(text: str) -> None:
    assert redact_text(text).text == text
