"""Person names in the written forms of many cultures, and the capitalised words of
clinical and office text that are no person, written from the classes (own examples, not
taken from any evaluation split): family name first, particles, titles in several
languages, signatures, credentials after a name, chat turns; drug names by their INN
stems, eponyms before a disease or score, organisms, headings, roles, other languages'
politeness words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.name_guards import (
    eponym_noun_after,
    looks_like_drug,
    organism_at,
    tidy_person,
)
from app.redaction.names import find_names
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


# 1. Names of many cultures and forms are masked --------------------------------------


@pytest.mark.parametrize(
    ("text", "name_words"),
    [
        ("Kind regards,\nOluwaseun Adeyemi-Bakare\nStaff Nurse", ["Oluwaseun", "Adeyemi"]),
        ("Reviewed by Tamar Gvelesiani MD PhD.", ["Tamar", "Gvelesiani"]),
        ("Seen by Kwabena Owusu-Ansah, RN, at 09:00.", ["Kwabena", "Owusu"]),
        ("Mevrouw Lindeboom attended the clinic.", ["Lindeboom"]),
        ("Meneer Hoekstra has been informed.", ["Hoekstra"]),
        ("Shri Venkataraman signed the form.", ["Venkataraman"]),
        ("Dott.ssa Bellandi will call back.", ["Bellandi"]),
        ("Sayın Yıldırımoğlu, your appointment is confirmed.", ["Yıldırımoğlu"]),
        ("Referral to Bùi Thị Thu Hằng (cardiology).", ["Bùi", "Hằng"]),
        ("Per Kovács Zsófia, no allergies.", ["Kovács", "Zsófia"]),
    ],
)
def test_world_names_in_their_forms_are_masked(text: str, name_words: list[str]) -> None:
    out = redact_text(text).text
    for word in name_words:
        assert word not in _words(out), (word, out)


def test_credentials_and_titles_stay_readable() -> None:
    out = redact_text("Reviewed by Tamar Gvelesiani MD PhD. Mevrouw Lindeboom agreed.").text
    assert "MD PhD" in out
    assert "Mevrouw" in out


def test_lower_case_chat_turns_between_two_speakers_are_masked() -> None:
    text = "tomasz: hi are you there\nwiebke: yes go ahead\ntomasz: ok thanks"
    out = redact_text(text).text
    assert "tomasz" not in out
    assert "wiebke" not in out
    assert "go ahead" in out  # a common word after "yes" is no name


def test_a_signature_cue_does_not_take_the_next_sentence() -> None:
    out = redact_text("ok thanks\nStarted Ramipril this morning.").text
    assert "Ramipril" in out
    assert "Started" in out


# 2. What is no person stays readable --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Started Bisoprolol and stopped Candesartan.",
        "Atorvastatin continued; Omeprazole held.",
        "Infliximab 5 mg/kg given.",
        "Known Crohn's disease and Raynaud's phenomenon.",
        "History of Hashimoto's thyroiditis.",
        "Glasgow Coma Scale 14, Apgar score 9.",
        "Cultures grew Klebsiella oxytoca.",
        "Cultures grew Staphylococcus epidermidis.",
        "PAST MEDICAL HISTORY",
        "Role: Clinical Nurse Specialist.",
        "Vielen Dank.",
    ],
)
def test_clinical_and_office_words_are_not_persons(sentence: str) -> None:
    assert redact_text(sentence).text == sentence


def test_a_heading_after_a_name_is_not_part_of_it() -> None:
    out = redact_text("HALVARD STRØMSNES - ADMISSION NOTE").text
    assert out.endswith("- ADMISSION NOTE")
    assert "HALVARD" not in out


def test_a_possessive_stays_outside_the_placeholder() -> None:
    out = redact_text("Ngozi Chukwuma's test results are back.").text
    assert "'s test results" in out
    assert "Ngozi" not in out


# 3. The guards, one class each -------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "drug"),
    [
        ("Lisinopril", True),
        ("Metoprolol", True),
        ("Rosuvastatin", True),
        ("Fluconazole", True),
        ("Benzylpenicillin", True),
        ("Ustekinumab", True),
        ("Nadine", False),  # a given name, whatever its ending
        ("April", False),
        ("Kowalski", False),
        ("Okonkwo", False),
    ],
)
def test_drug_names_are_read_from_their_inn_stem(word: str, drug: bool) -> None:
    assert looks_like_drug(word) is drug


@pytest.mark.parametrize(
    ("text", "eponym"),
    [
        ("Addison's disease", True),
        ("Down syndrome", True),
        ("Bishop score", True),
        ("Glasgow Coma Scale", True),
        ("Okafor's wife", False),
        ("Okafor said", False),
    ],
)
def test_an_eponym_is_known_by_the_noun_after_it(text: str, eponym: bool) -> None:
    end = len(text.split("'", maxsplit=1)[0].split(maxsplit=1)[0])
    assert eponym_noun_after(text, end) is eponym


@pytest.mark.parametrize(
    ("text", "organism"),
    [
        ("Pseudomonas aeruginosa", True),
        ("Enterobacter cloacae", True),
        ("Maria plans to call", False),
        ("Anna status update", False),
    ],
)
def test_an_organism_is_a_genus_and_a_latin_epithet(text: str, organism: bool) -> None:
    end = text.index(" ")
    assert organism_at(text, 0, end) is organism


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Amaru Quispe's claim", "Amaru Quispe's", "Amaru Quispe"),
        ("Sione Taufa MD PhD", "Sione Taufa MD PhD", "Sione Taufa"),
        ("| Ana Lima | Ward 3 |", "Ana Lima | Ward", "Ana Lima"),
        ("Januvia 50 mg", "Januvia 50 mg", "Januvia"),
        ("WANG MA", "WANG MA", "WANG MA"),  # a surname in capitals is no degree
    ],
)
def test_tidy_person_trims_what_stands_around_a_name(text: str, value: str, kept: str) -> None:
    start = text.index(value)
    span = tidy_person(text, Span(start, start + len(value), "PERSON", "SpacyRecognizer", 0.85))
    assert span is not None
    assert text[span.start : span.end] == kept


# Chat exports that write the date before the time: WhatsApp on Android
# ("12/03/2024, 14:05 - Name: ..."), compact stamps ("06MAY22 08:02 - Name: ..."), ISO.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("12/03/2024, 14:05 - Ingrid: ok, vi ses\n12/03/2024, 14:06 - Kundtjänst: tack", "Ingrid"),
        ("06MAY22 08:02 - Thiago: bom dia, tudo bem?", "Thiago"),
        ("2024-03-12 14:05 Oksana Melnyk: дякую", "Melnyk"),
    ],
)
def test_speakers_after_a_date_and_time_are_masked(text: str, name: str) -> None:
    assert name not in redact_text(text).text


# An SMS thread exported with the sender's number beside the name, the number in E.123's
# national notation with the area code in its own brackets.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "DIMITRA (+1 (212) 555-0147 x12):\nhi\nMe:\nok\nDIMITRA (+1 (212) 555-0147 x12):\nbye",
            "DIMITRA",
        ),
        ("Ruth ((617) 555-0199):\nhi\nMe:\nok\nRuth ((617) 555-0199):\nbye", "Ruth"),
    ],
)
def test_a_speaker_with_a_bracketed_area_code_is_masked(text: str, name: str) -> None:
    assert name in [text[s.start : s.end] for s in find_names(text)]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="AB (+1)2-:\nx", max_size=60))
def test_speaker_lines_with_nested_brackets_give_spans_inside_the_text(text: str) -> None:
    for span in find_names(text):
        assert 0 <= span.start < span.end <= len(text)


# A first given name that is also a word ("Per", "Line") at the start of a field's value:
# no preposition or noun opens a field before a name, and "line" is a role only in "line
# manager".
@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Next of kin: Line Halvorsen Dahl, tel. 555 0101", "Line"),
        ("Yakını: Per Olav Brekke (oğlu)", "Per"),
    ],
)
def test_a_word_that_is_a_first_given_name_opens_a_fields_name(text: str, given: str) -> None:
    assert f"{given} " not in redact_text(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Dose adjusted per Anna Smith today.", "per"),
        ("Line Manager Anna Smith", "Line Manager"),
        ("Xin chào Anna Smith", "Xin chào"),
    ],
)
def test_the_same_words_as_words_stay(text: str, kept: str) -> None:
    assert kept in redact_text(text).text
