"""Names written the ways clerks, prescribers, chat exports and spreadsheets write them,
from the conventions themselves (own examples of many cultures, none taken from an
evaluation split), each beside the words that must stay readable:

- CSV exports (RFC 4180; ";" where the decimal mark is a comma) with a name column;
- initials: closed up to the surname ("E.Sison"), without dots ("RE Sousa"), after the
  surname ("Guzman-Fields S."), after a given name ("Mandla N."), in an Initials field;
- "Surname, Given" where the given name is in no dictionary ("Beltrán, Eliecer");
- chat headers ("[Teams] Meyer, Joanna 09:12") and exports that write the month's name;
- lower-case names after a person word ("user nelly yáñez");
- a Korean role written before the name ("주치의 우재호");
- the ayin and hamza of romanised Arabic and Persian written as a backtick ("`Umar");
- a name field of HL7 v2 (XCN) whatever word it holds ("^Ward^Corey");
- the answer to a chat's question for a name ("And last name?" / "K@RIMLI");
- a given name after a verb of contacting ("call Besarion on ...");
- next-of-kin labels of other languages ("Anhörig:"), police ranks ("PC Rasel") and the
  faculty of a German doctorate ("Dr. med. Eckbauer").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.given_names import contacted_given_names
from app.redaction.name_neighbours import initial_forms_more, names_beside_persons
from app.redaction.name_slots import names_in_slots
from app.redaction.names import find_names
from app.redaction.spans import Span
from app.redaction.text import redact_text

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _found(spans: list[Span], text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans if s.kind == "PERSON"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


# 1. CSV exports with a name column --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "names"),
    [
        (
            "semicolon, German headers",
            "Datum;Name;Vorname;Kasse\n03.04.2024;Okonkwo-Bell;Chidi;AOK\n"
            "03.04.2024;van der Berg;Anouk;TK\n",
            {"Okonkwo-Bell", "Chidi", "van der Berg", "Anouk"},
        ),
        (
            "comma, English headers",
            "date,surname,first name,ward\n2024-01-02,Nakashima,Rei,4B\n",
            {"Nakashima", "Rei"},
        ),
        (
            "semicolon, French headers",
            "nom;prénom;date de naissance\nLefèbvre;Maëlle;1990-02-01\n",
            {"Lefèbvre", "Maëlle"},
        ),
    ],
)
def test_csv_name_columns(name: str, text: str, names: set[str]) -> None:
    assert names <= _found(find_names(text), text), name


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with commas is no header row, so its next line is no table
        "Name, address and phone were checked, all correct.\nAOK, TK, BEK\n",
        "Datum;Befund;Wert\n03.04.2024;Ferritin;12\n",  # no name column
    ],
)
def test_csv_without_a_name_column_names_nobody(text: str) -> None:
    assert not any(s.rule == "table_name_cell" for s in find_names(text))


# 2. Initials ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Issued 2024-02-01 by E.Sison", "E.Sison"),
        ("Dispensed by J.Okafor-Bello on the ward", "J.Okafor-Bello"),
        ("plan: review in 3 months. — Guzman-Fields S.", "Guzman-Fields S."),
        ("plan: review in 3 months. — Moreau D.", "Moreau D."),
        ("Signed by Kowalczyk T.", "Kowalczyk T."),
        ("Sachbearbeiterin Okafor Bello K.", "Okafor Bello K."),
        ("Sachbearbeiter Monte Alto R.", "Monte Alto R."),  # words of another language
    ],
)
def test_initial_forms(text: str, name: str) -> None:
    assert name in _found(initial_forms_more(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Section C. REPORT follows.",
        "Hepatitis B. Vaccine given.",
        "Vitamin D. Deficiency noted.",
        "see www.E.Coli.org and E.coli grew",
        "mail J.Smith@example.org",
        "Appendix B. Tables",
        "Grade A. Normal",
        "stayed at the Casa Grande B. wing",  # no role before: a phrase
    ],
)
def test_no_initial_form(text: str) -> None:
    assert initial_forms_more(text) == []


@pytest.mark.parametrize(
    ("text", "found", "grown"),
    [
        ("phoned by RE Sousa.", "Sousa", "RE Sousa"),
        ("— JR Hartley", "Hartley", "JR Hartley"),
        ("phoned to Mandla N. at 09:00", "Mandla", "Mandla N."),
        ("Beschäftigte/r: Mebratu, Eshetu - PersNr 41", "Mebratu", "Mebratu, Eshetu"),
        ("[Teams] Beltrán, Eliecer 09:13", "Beltrán", "Beltrán, Eliecer"),
        ("— Demir, Gökhan, LCSW", "Demir", "Demir, Gökhan"),
    ],
)
def test_names_grow_beside_a_found_surname(text: str, found: str, grown: str) -> None:
    start = text.index(found)
    span = Span(start, start + len(found), "PERSON", "test", 0.8)
    assert grown in _found(names_beside_persons(text, [span]), text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the MRI Sousa protocol", "Sousa"),  # an abbreviation, not initials
        ("GP Sousa", "Sousa"),  # a title
        ("Smith, Paracetamol was given as", "Smith"),  # a drug after the comma
        ("Okafor, Dialysis Unit at noon", "Okafor"),  # no end of the name after the word
    ],
)
def test_names_do_not_grow_over_words(text: str, found: str) -> None:
    start = text.index(found)
    span = Span(start, start + len(found), "PERSON", "test", 0.8)
    assert _found(names_beside_persons(text, [span]), text) <= {found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Study X-1; subject initials S Mancini\n", "S Mancini"),
        ("Patient initials: J.K.\n", "J.K."),
        ("Iniciales del paciente: MG\n", "MG"),
    ],
)
def test_initials_field(text: str, name: str) -> None:
    assert name in _found(names_in_slots(text), text)


# 3. Chats ------------------------------------------------------------------------------


def test_chat_header_with_last_first() -> None:
    text = "[Teams] Kenne, Adamou 09:13\nmrn 123, she's in bay 2\n"
    assert "Kenne, Adamou" in _found(find_names(text), text)


def test_chat_headers_without_a_comma_need_two_stamped_lines() -> None:
    text = "Joanna Meyer  9:12 AM\ncan you check?\nTomasz Wrona  9:14 AM\nyes\n"
    assert {"Joanna Meyer", "Tomasz Wrona"} <= _found(find_names(text), text)
    one = "Discharge Summary 09:00\nPatient stable.\n"
    assert not any(s.rule == "chat_header" for s in find_names(one))


def test_chat_headers_are_not_headings() -> None:
    text = "Ward Round 09:00\nnotes\nMorning Handover 10:00\nnotes: all stable\n"
    assert not any(s.rule == "chat_header" for s in find_names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("21. May 2025, 21:15 - Getu Feyisa: which bed?\n", "Getu Feyisa"),
        ("May 21, 2025, 9:15 PM - Abebe Bikila: ok\n", "Abebe Bikila"),
        # the year mark of the locale's date (CLDR ru, bg: "г.")
        ("03.02.2024 г., 08:41 - Mensah: добре\n", "Mensah"),
    ],
)
def test_chat_export_with_the_month_written(text: str, name: str) -> None:
    assert name in _found(find_names(text), text)


def test_the_answer_to_a_name_question() -> None:
    text = "AGENT (Mia): And last name?\nVISITOR: K@RIMLI\nAGENT: thanks\n"
    assert "K@RIMLI" in _found(find_names(text), text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Agent: For security, please confirm your full name and DOB.\n"
            "Customer: dilnoza karimova 02/11/1988\n",
            "dilnoza karimova",
        ),
        ("Operator: Please state your name.\nCaller: Teodor Vlk\n", "Teodor Vlk"),
    ],
)
def test_the_answer_to_a_request_for_the_name(text: str, name: str) -> None:
    assert name in _found(find_names(text), text)


def test_a_request_for_something_else_has_no_name_answer() -> None:
    text = "Agent: Please confirm your account number.\nCustomer: ok one sec\n"
    assert not any(s.rule == "name_answer" for s in find_names(text))


def test_a_speaker_answering_once_between_two_turns_of_another() -> None:
    text = "Jarek: hi, where are you\nZdravko: at the desk\nJarek: ok\n"
    assert "Zdravko" in _found(find_names(text), text)
    form = "Drug: A\nDose: 5 mg\nDrug: B\n"
    assert "Dose" not in _found(find_names(form), form)  # an English word: a field
    for role in ("Оператор", "Atendente", "Medewerker"):  # a role in another language
        chat = f"Jarek: hi\n{role}: bom dia\nJarek: ok\n"
        assert role not in _found(find_names(chat), chat), role


@pytest.mark.parametrize(
    "text",
    [
        "AGENT: What is the drug's name?\nVISITOR: no idea\n",
        "AGENT: Member name?\nVISITOR: W98985 4033\n",
    ],
)
def test_answers_that_are_no_name(text: str) -> None:
    assert not any(s.rule == "name_answer" for s in find_names(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("call Besarion on +995 555 12 34 56", {"Besarion"}),
        ("tell Mehmet the results are back", {"Mehmet"}),
        # desks, words and weekdays after the same verbs stay readable
        ("call Pharmacy on 3333", set()),
        ("Please contact Security at the gate.", set()),
        ("page Radiology", set()),
        ("call Monday morning", set()),
        ("ring May tomorrow", set()),
    ],
)
def test_given_name_after_a_verb_of_contacting(text: str, names: set[str]) -> None:
    assert _found(contacted_given_names(text), text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anhörig: Maj, tel 070-159 27 00", "Maj"),
        ("Pårørende: Sigrid Hansen, datter", "Sigrid Hansen"),
        ("Lähiomainen: Aino Virtanen", "Aino Virtanen"),
        ("Officer: PC Rasel 98278/J", "Rasel"),
        ("Investigating officer: DS Okafor", "Okafor"),
        ("gez. Dr. med. Eckbauer", "Eckbauer"),
        ("Befund: Dr. rer. nat. Lindqvist-Berg", "Lindqvist-Berg"),
    ],
)
def test_next_of_kin_labels_and_police_ranks(text: str, name: str) -> None:
    assert name in _found(find_names(text), text)


def test_a_rank_is_not_masked_as_initials() -> None:
    out = redact_text("Officer: PC Rasel 98278/J\nPC: Windows 11 laptop\n").text
    assert "Rasel" not in _words(out)
    assert out.count("PC") == 2


# 4. Lower case and romanised marks ---------------------------------------------------


def _never_known(_: str) -> bool:
    return False


def _known(word: str) -> bool:
    return word in {"connected", "noted", "reported", "stable", "mouth", "daily"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("user nelly yáñez connected from 10.0.0.1", "nelly yáñez"),
        ("dr ragheb aarif noted rash", "ragheb aarif"),
        ("patient élodie séguin (88 y/o)", "élodie séguin"),
        ("user octaviu ene-eftimie connected", "octaviu ene-eftimie"),
        ("ordered by lubomír dvořáková-veselá, pager 4411", "lubomír dvořáková-veselá"),
        # two words the vocabulary lacks after "by" or a title, neither a dictionary name
        ("ordered by ilinca vrânceanu, pager 52", "ilinca vrânceanu"),
        ("dr tavita fuimaono noted rash", "tavita fuimaono"),
    ],
)
def test_lower_case_names_after_a_person_word(text: str, name: str) -> None:
    assert name in _found(names_in_slots(text, _known), text)


@pytest.mark.parametrize(
    "text",
    [
        "user john connected from home",  # the surname slot holds a known word
        "patient stable overnight",
        "pt reported pain",
        "taken by mouth daily",
        "pt nbm postop",  # care shorthand after "pt": two unknown words, no name
        "patient afebrile obs",
    ],
)
def test_lower_case_words_after_a_person_word(text: str) -> None:
    assert not any(" " in v for v in _found(names_in_slots(text, _known), text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("der Mutter (Yty `mr)", "Yty `mr"),
        ("M`Swmh Bhmny, Genetic Counsellor", "M`Swmh Bhmny"),
        ("seen by ʿAbd al-Rahman today", "ʿAbd"),
    ],
)
def test_ayin_written_as_a_mark(text: str, name: str) -> None:
    assert any(name in v for v in _found(find_names(text), text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("주치의 우재호\n", {"우재호"}),  # attending physician, then the name
        ("담당 간호사 김민서", {"김민서"}),
        ("담당 간호사 고혈압 있음", set()),  # a clinical word opening with a surname syllable
    ],
)
def test_korean_role_before_the_name(text: str, names: set[str]) -> None:
    assert _found(names_in_slots(text), text) == names


def test_backticks_of_code_are_no_ayin() -> None:
    text = "Run `make test` then `git push` before the Merge."
    assert not any(s.rule == "ayin_name" for s in find_names(text))


# 5. End to end: a standard's name field and a post-nominal ----------------------------


def test_hl7_name_field_holding_a_word() -> None:
    text = "MSH|^~\\&|A|B\nPV1|1|I|4W^412^B||||2784809693^Ward^Corey\n"
    out = redact_text(text).text
    assert "Ward" not in _words(out)
    assert "Corey" not in _words(out)


def test_parts_of_a_hyphenated_handle_are_masked_alone() -> None:
    text = "[09:14] shehu-mohammed-garba: hi\n[09:17] agent: thanks shehu, card ordered\n"
    out = redact_text(text).text
    assert "shehu" not in _words(out)
    assert "card" in _words(out)


def test_surname_that_is_a_word_before_a_post_nominal() -> None:
    out = redact_text("Records released to Nicola Ward, Esq., on request.").text
    assert "Ward" not in _words(out)
    kept = redact_text("Patient moved to Victoria Ward, bed 4.").text
    assert "bed" in kept


# 6. Every new finder takes any text --------------------------------------------------

_ALPHABET = st.sampled_from([*list("aAeEsS `ʿ;,|:?\n\t.-—0129"), "name", "Name", "by ", "user "])


@_SETTINGS
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_finders_return_spans_inside_any_text(text: str) -> None:
    spans = find_names(text) + initial_forms_more(text) + names_in_slots(text, _never_known)
    spans += contacted_given_names(text)
    spans += names_beside_persons(text, [Span(0, len(text), "PERSON", "test", 0.5)])
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


# Captions of a screening report and of the French nursing record ("IDE", the registered
# nurse who signs a transmission): what follows the colon is a person.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Candidate: Anjali Kumari\nDOB: 1990", "Anjali Kumari"),
        ("Aliases: A. KUMARI\nSSN", "A. KUMARI"),
        ("Transmissions\nIDE : Gwenola\n", "Gwenola"),
        ("Infirmière : Maëlys Dubreuil\n", "Maëlys Dubreuil"),
    ],
)
def test_a_name_after_a_screening_or_nursing_caption(text: str, name: str) -> None:
    assert name in {text[s.start : s.end] for s in find_names(text)}


@pytest.mark.parametrize(
    "text", ["IDE : non renseigné\n", "Install the IDE: VS Code\n", "Candidate: none\n"]
)
def test_the_same_captions_before_no_name(text: str) -> None:
    assert find_names(text) == []
