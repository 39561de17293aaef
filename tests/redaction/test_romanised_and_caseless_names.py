"""Names written the way transliteration and other scripts write them: a romanisation
with ayin and aleph marks in a labelled field ("Name: mrym `zry"), a chat export's
speaker in bold with a Georgian mark, a typist's login after a signer's slash, Cyrillic
surnames in capitals known by their ending, and names in a script without capitals on
a specimen label of numbers and dates.

The values are written here, not taken from any split; negatives are field contents,
units, headings and Russian words that end like surnames.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.foreign_runs import runs_in_latin_text
from app.redaction.given_names import lower_case_name_fields
from app.redaction.lower_case_names import lower_case_names
from app.redaction.name_forms import lower_case_speakers
from app.redaction.name_neighbours import names_beside_persons
from app.redaction.spans import Span
from app.redaction.structured import find_structured
from app.redaction.surname_shapes import caps_surnames
from app.redaction.user_handles import handles_beside_persons

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _values(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans if s.kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name: mrym `zry   ID: 5", "mrym `zry"),  # ISO 259 ayin
        ("Name: dvyd bn-`ms\nDOB 1/2/1970", "dvyd bn-`ms"),
        ("Claimant: 'bd lrhmn ljbry (own script below)", "'bd lrhmn ljbry"),  # aleph first
        ("Applicant: frzd rstmy", "frzd rstmy"),
        ("Name: ʿly ḥsyny   Ref: 3", "ʿly ḥsyny"),  # DIN 31635's own marks
        ("name: maria lopez   dob: 1/2/1980", "maria lopez"),  # a column gap ends it too
    ],
)
def test_a_romanised_name_fills_its_field(text: str, name: str) -> None:
    assert _values(text, lower_case_name_fields(text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Name: not recorded   DOB: 1/2/1980",
        "Name: see attached sheet",
        "name: build and test",
        "name: ubuntu-latest",
        "Name: metformin tablets",
        "Claimant: the company   Ref: 4",
        "Claimant details on file",
        "name tag missing   x",
    ],
)
def test_field_contents_that_are_words_stay(text: str) -> None:
    assert lower_case_name_fields(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*Bot*: hi\n*tam`ar*: yes\n*Bot*: ok\n*tam`ar*: thanks\n", ["tam`ar", "tam`ar"]),
        ("_levan_: hi\n_levan_: still here?\n", ["levan", "levan"]),
    ],
)
def test_a_chat_exports_bold_speaker_is_a_name(text: str, expected: list[str]) -> None:
    assert _values(text, lower_case_speakers(text, frozenset())) == expected


def test_a_bold_role_label_stays() -> None:
    text = "*note*: call back\n*note*: done\n"
    assert lower_case_speakers(text, frozenset({"note"})) == []


def _person(text: str, name: str) -> list[Span]:
    at = text.index(name)
    return [Span(at, at + len(name), "PERSON", "test", 0.9)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Verified by R. Okafor/mkessler\n", "R. Okafor", ["mkessler"]),
        ("Signed: Ana Ruiz/tbrandt2", "Ana Ruiz", ["tbrandt2"]),
        ("Signed: Ana Ruiz/pending\n", "Ana Ruiz", []),  # an English word
        ("Signed: Ana Ruiz/admin\n", "Ana Ruiz", []),  # a system account
        ("Signed: Ana Ruiz/mkessler and more", "Ana Ruiz", []),  # not closing the line
        ("Dose 5 mg/dl\n", "Dose", []),
    ],
)
def test_a_typists_login_after_the_signers_slash(text: str, name: str, expected: list[str]) -> None:
    assert _values(text, handles_beside_persons(text, _person(text, name))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bed 3 is ГРОМОВА, not the other one", ["ГРОМОВА"]),
        ("ПЕТРОВИЧ и КОВАЛЬЧУК", ["ПЕТРОВИЧ", "КОВАЛЬЧУК"]),
        ("Surname: ОСТРОВСКАЯ", ["ОСТРОВСКАЯ"]),
        ("РЕЗУЛЬТАТЫ АНАЛИЗОВ", []),  # genitive plural, no surname
        ("ОСНОВА ГОЛОВА", []),  # words of six letters with the ending
    ],
)
def test_cyrillic_surnames_in_capitals_by_their_ending(text: str, expected: list[str]) -> None:
    assert _values(text, caps_surnames(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "शर्मा, अनिल  12/03/1961  K12-448812\nEDTA 4 mL  02/05/2022 08:10  म वर्मा\n",
            ["शर्मा, अनिल", "म वर्मा"],
        ),
        (
            "לוי, נועה  01/02/1990  Z55-120044\nSST 5 mL  11/11/2021 09:30  ש כהן\n",
            ["לוי, נועה", "ש כהן"],
        ),
    ],
)
def test_names_on_a_specimen_label_of_numbers(text: str, expected: list[str]) -> None:
    assert _values(text, runs_in_latin_text(text)) == expected


def test_prose_in_the_script_stays() -> None:
    text = "मरीज़ को तीन दिन से बुखार है और खांसी भी है 12 3"
    assert runs_in_latin_text(text) == []


@_SETTINGS
@given(st.text(alphabet=st.sampled_from("ab`'ʿ *_:/\n  NameClit3ГРОВАशर्,"), max_size=160))
def test_the_finders_return_spans_inside_the_text(text: str) -> None:
    spans = lower_case_name_fields(text) + lower_case_speakers(text, frozenset())
    spans += caps_surnames(text) + runs_in_latin_text(text)
    if text:
        spans += handles_beside_persons(text, [Span(0, 1, "PERSON", "test", 0.9)])
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)


def _beside(text: str, name: str) -> list[str]:
    at = text.index(name)
    spans = names_beside_persons(text, _person(text, name))
    return [text[s.start : s.end] for s in spans if s.end > at + len(name)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("pls see maria van der hoek asap", "maria", ["maria van der hoek"]),
        ("Client Irena (Kask) in bed", "Irena", ["Kask"]),  # the surname in brackets
        ("Robert (Bob) Smith seen", "Robert", ["Bob"]),  # a preferred name
        ("pls see maria die soon", "maria", []),  # an English word after the particle
        ("Anna Berg (Mum) called", "Anna Berg", []),
        ("Anna Berg (Deceased)", "Anna Berg", []),
        ("Anna Berg (Consultant)", "Anna Berg", []),
        ("Anna Berg (Ramipril)", "Anna Berg", []),
    ],
)
def test_names_beside_a_found_person(text: str, name: str, expected: list[str]) -> None:
    assert _beside(text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Family abroad: brother zyd, mother myrym", ["zyd", "myrym"]),
        ("FHx: father chf, mother dm", []),  # abbreviations with a vowel or too short
        ("brother gym", []),  # English
    ],
)
def test_a_relatives_name_romanised_without_vowels(text: str, expected: list[str]) -> None:
    found = lower_case_names(text, lambda word: True)  # the model knows every word
    assert [text[s.start : s.end] for s in found] == expected


def test_a_yaml_flow_sequence_under_a_name_key() -> None:
    text = 'name:\n  - family: KOWALSKA\n    given: [Ewa, "Maria"]\nbirthDate: 1950-01-02\n'
    text += "tags: [urgent, review]\n"
    persons = [text[s.start : s.end] for s in find_structured(text) if s.kind == "PERSON"]
    assert persons == ["KOWALSKA", "Ewa", "Maria"]


@_SETTINGS
@given(st.text(alphabet=st.sampled_from("ab (Kask)given:[,]\n van die"), max_size=120))
def test_neighbours_and_flow_items_stay_inside_the_text(text: str) -> None:
    spans = find_structured(text)
    if text:
        spans += names_beside_persons(text, [Span(0, 1, "PERSON", "test", 0.9)])
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
