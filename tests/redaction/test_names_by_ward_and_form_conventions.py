"""Latin-script names that stand where a convention puts them, with no label:

- a ward board's or handover sheet's occupant after the bed or room, the surname in
  capitals ("bed 4 (COX)"), and the home visited in a care log ("at NOWAK's");
- a numbered role of a form with several ("Director 1:", "Witness (2):"), and a caption
  written for either sex ("Pacjent(ka):", "Patient/-in:", "Kunde*in:");
- the answer to "your name and date of birth?", the name before the date;
- a query mark written onto a guessed signature ("?JM Okoro");
- the lower-case particles of the Dutch civil register's table of prefixes (BRP Tabel 36)
  and of Iberian double surnames between two found persons ("Aaron die Bont").

Ward abbreviations, section words and ordinary words in the same places stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.name_layouts import board_names
from app.redaction.name_neighbours import names_beside_persons
from app.redaction.names import find_names
from app.redaction.spans import Span


def _names(text: str) -> list[str]:
    # ward boards' occupants are name_layouts.board_names' (merged from names in session 27)
    return [text[s.start : s.end] for s in find_names(text) + board_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bay 2 bed 3 - OKAFOR obs stable", "OKAFOR"),
        ("rm 12: NOWAK, for discharge", "NOWAK"),
        ("bed 7 (BĒRZIŅA) bloods due", "BĒRZIŅA"),
        ("side room 1 (MCALLISTER) barrier nursed", "MCALLISTER"),
        ("09:00 carer visit at DUBOIS's, meds given", "DUBOIS"),
        ("Director 2: Helena Marsh", "Helena Marsh"),
        ("Witness (1): Tomasz Wrona\n", "Tomasz Wrona"),
        ("Guarantor #2: Ines Caldera\n", "Ines Caldera"),
        # a caption written for either sex ("Pacjent(ka):", "Patient/-in:", "Kunde*in:")
        ("Pacjent(ka): WRONA Ewa, lat 91", "WRONA Ewa"),
        ("Patient/-in: Lenz Greta\n", "Lenz Greta"),
        ("Kunde*in: Ostrowski Mara\n", "Ostrowski Mara"),
        # the relative answerable for a patient, Spanish and Portuguese forms
        ("Familiar responsable: Dolores Ibarra, cel. 555", "Dolores Ibarra"),
        ("Acompanhante: Joana Prates\n", "Joana Prates"),
        # a party with its designation in brackets, as a claim's heading writes it
        ("BETWEEN MARY HOPE (Claimant) and ...", "MARY HOPE"),
        ("and Tomas Kerr (First Respondent)", "Tomas Kerr"),
    ],
)
def test_a_name_in_its_conventional_place(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "bed 4 (NBM) from midnight",
        "bed 6 - DNACPR in place",
        "bay 1 (MRSA) barrier nursing",
        "bed 9 (EMPTY)",
        "room 3: ICU step-down",
        "referred to NHS's pathway",
        "Director: Board of Trustees",
        "Patient(in): keine Angaben",
        "Familiar responsable: no refiere",
        "The Defendant (Defendant) shall pay",
        "the claim of Northwind Bank Plc (Claimant)",
    ],
)
def test_ward_abbreviations_and_words_stay(text: str) -> None:
    assert _names(text) == []


def test_the_name_before_the_date_of_birth_in_an_answer() -> None:
    text = (
        "Agent: can I take your full name and date of birth?\n"
        "Caller: mirela popescu Tuesday, 4 March 1971\n"
    )
    assert "mirela popescu" in _names(text)


def test_an_answer_of_only_a_date_is_no_name() -> None:
    text = "Agent: your name and DOB?\nCaller: 4 March 1971\n"
    assert _names(text) == []


def _person(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", "test", 0.8)


@pytest.mark.parametrize(
    ("text", "first", "last", "whole"),
    [
        ("Requested by: Aaron die Bont today", "Aaron", "Bont", "Aaron die Bont"),
        ("Seen by Pieter van der Berg.", "Pieter", "Berg", "Pieter van der Berg"),
        ("Titular: Lucía Ortega y Gasset", "Lucía Ortega", "Gasset", "Lucía Ortega y Gasset"),
        # the Gaelic article after Mac/Nic of an Irish or Scottish surname
        ("Regards,\nEoin Mac an Bhaird\nGP", "Eoin Mac", "Bhaird", "Eoin Mac an Bhaird"),
        ("Signed: Mairi Nic a' Phi", "Mairi Nic", "Phi", "Mairi Nic a' Phi"),
    ],
)
def test_particles_between_two_found_persons_join_them(
    text: str, first: str, last: str, whole: str
) -> None:
    found = names_beside_persons(text, [_person(text, first), _person(text, last)])
    assert whole in [text[s.start : s.end] for s in found]


def test_the_english_article_joins_no_name() -> None:
    text = "Seen by Mary Smith an Hour ago"  # "an" joins only after Mac/Nic
    found = names_beside_persons(text, [_person(text, "Mary Smith"), _person(text, "Hour")])
    assert "Mary Smith an Hour" not in [text[s.start : s.end] for s in found]


def test_a_particle_word_before_no_person_joins_nothing() -> None:
    text = "Anna de la clinique called"
    found = names_beside_persons(text, [_person(text, "Anna")])
    assert all("clinique" not in text[s.start : s.end] for s in found)


def test_a_query_mark_leads_to_initials_before_a_surname() -> None:
    text = "[signature illegible - ?JM Okoro]"
    found = names_beside_persons(text, [_person(text, "Okoro")])
    assert "JM Okoro" in [text[s.start : s.end] for s in found]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(["BETWEEN ", "Ana ", "RUIZ", " (", "Claimant", ")", " and ", "v ", "\n"]),
        max_size=14,
    ).map("".join)
)
def test_party_headings_give_spans_inside_the_text(text: str) -> None:
    for span in find_names(text):
        assert 0 <= span.start < span.end <= len(text)
