"""Ages over 89 written the way forms and registers write them (Safe Harbor, 45 CFR
164.514(b)(2)(i)(C)): after a person's name (the apposition of press style guides and of
clinical one-liners: "Name, 92"), with a years word as the form's label ("Paziente:
Rossi, anni 96"), and with the value's unit word ("Umur: 94 tahun", "возраст 104 года"),
which is masked with the number. Negatives: measurements, the nineties, addresses."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.ages import ages_after_persons, find_ages
from app.redaction.structured import find_structured
from app.redaction.text import redact_text
from tests.redaction.conftest import second_pass_covers


def _ages(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in find_ages(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Beneficial owner: Elin Lind, 90\nCPR-nummer", "90"),  # the line ends
        ("Deceased: Mr Okafor, 97.", "97"),  # the sentence ends
        ("Paziente: Rossi Maria, anni 96, nata il", "96"),  # Italian years word as the label
        ("Pacjent: Nowak Anna, lat 92, PESEL", "92"),  # Polish
        ("Name,Age\nSmith,92\n", "92"),  # a CSV row
        ("Age nearest birthday: 92", "92"),  # life insurance's ANB and ALB
        ("ANB: 93, smoker: no", "93"),
        ("ALB 94", "94"),
        ("Sturz im 92. Lj.", "92"),  # German "Lebensjahr" abbreviated
        ("Client\nYrs: 95\n", "95"),  # a years word as a form's label
        ("DOB 01/09/1914 (now 109). HR 92.", "109"),  # a hedge inside the brackets
        ("geb. 1931 (jetzt 93)", "93"),
    ],
)
def test_ages_after_a_name_or_a_years_label(text: str, age: str) -> None:
    assert age in _ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "negli anni 90 lavorava",  # the nineties, after an article
        "en los años 90",
        "Chloride, 101\nSodium, 140",  # laboratory values
        "Weight, 92\n",
        "Mrs Okafor, 92 Main Street",  # a house number
        "Mrs Okafor, 92 kg",
        "she was seen in room 92.",
    ],
)
def test_numbers_that_are_no_age_stay(text: str) -> None:
    assert _ages(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Umur: 94 tahun\n", "94 tahun"),  # Indonesian
        ("Пациент: Иванова О.И., возраст 104 года\n", "104 года"),  # Russian
        ("Falecido(a): Jade das Neves, 100 anos\n", "100 anos"),  # Portuguese
        ("Věk: 95 let\n", "95 let"),  # Czech
        ("Age: 92 years old\n", "92 years old"),
        ("Age: 92yrs\n", "92yrs"),
    ],
)
def test_the_unit_word_is_masked_with_the_number(text: str, value: str) -> None:
    assert second_pass_covers(text, value)


def test_a_hyphens_compound_keeps_its_unit_readable() -> None:
    text = "A 92-year-old woman"
    widened = [s for s in find_structured(text) if s.rule == "age_with_unit"]
    assert widened == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("My mum <PERSON_3> is 101 now and staying with me", "101"),
        ("Pt: <PERSON_1>, approx 92\nCaller", "92"),
        ("Patient <PERSON_1> (<LOCATION_1>), 90\n", "90"),
        ("Beneficial owner: [PERSON], 93\n", "93"),
        ("Owner: <PERSON_1> (92)\n", "92"),
        ("Owner: <PERSON_1> – 95\n", "95"),
        ("ct head pls - <PERSON_2> bed 12, 99\nfell", "99"),
    ],
)
def test_the_second_pass_reads_ages_after_person_placeholders(text: str, age: str) -> None:
    assert age in _ages(text)


@pytest.mark.parametrize(
    ("text", "person", "age"),
    [
        ("My mum Sindre Sørensen is 101 now", "Sindre Sørensen", "101"),
        ("Patient HAMADOU MVONDO (Mvondo, Hamadou), 90\n", "HAMADOU MVONDO", "90"),
        ("Borger: Jens Hansen, 95 år\n", "Jens Hansen", "95 år"),
        # a handover's identify line: name, where the patient lies, age
        ("xr chest pls - Jens Hansen bed 7, 97\nSOB", "Jens Hansen", "97"),
        ("S: HANSEN, Jens, bay 2 bed 4, 93, NHS no", "HANSEN, Jens", "93"),
        ("Jens Hansen, side room 3, 101\n", "Jens Hansen", "101"),
        ("Jens Hansen Zimmer 12, 95\n", "Jens Hansen", "95"),
    ],
)
def test_ages_after_a_found_person(text: str, person: str, age: str) -> None:
    start = text.index(person)
    spans = ages_after_persons(text, [(start, start + len(person))])
    assert age in [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Seen by Jens Hansen, 95 Baker Street", "Jens Hansen"),
        ("Jens Hansen, 95 mg daily", "Jens Hansen"),
        ("Jens Hansen, 89\n", "Jens Hansen"),  # Safe Harbor keeps ages up to 89
        ("Jens Hansen - 95 Baker Street", "Jens Hansen"),
        ("Marie Dubois a quitté Lyon il y a 92 ans.", "Marie Dubois"),  # a span of time
        ("Jens Hansen was 92 years ago a sailor", "Jens Hansen"),
        ("Jens Hansen, bed 7, 96 kg on admission", "Jens Hansen"),  # a weight
        ("Jens Hansen bed 7, 98% on air", "Jens Hansen"),  # a saturation
        ("Jens Hansen, room 12, 110/70 lying", "Jens Hansen"),  # a blood pressure
        ("Jens Hansen, bed 7, 96 Kirk Road", "Jens Hansen"),  # a house number
    ],
)
def test_no_age_after_a_person_when_the_clause_goes_on(text: str, person: str) -> None:
    start = text.index(person)
    assert ages_after_persons(text, [(start, start + len(person))]) == []


def test_the_whole_text_path_masks_an_owners_age(analyzer: Any) -> None:
    text = "Customer file refresh\nUltimate beneficial owner: Kabelo Mabaso, 92\nDirector: X"
    out = redact_text(text).text
    assert ", 92" not in out
    assert "<AGE_1>" in out


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("9012 ,.()<>PERSON_\nanos"), max_size=80))
def test_any_text_near_placeholders_yields_spans_inside_it(text: str) -> None:
    for span in find_structured(text):
        assert 0 <= span.start < span.end <= len(text)
