"""Names with no cue word around them, found because a word is a known given name or a
proper noun the model does not know (app/redaction/given_names.py). Every name here is
made up for this test; none comes from the evaluation's generator."""

from __future__ import annotations

from typing import Any

import pytest

from app.redaction.given_names import Word, find_given_names, given_names, is_given_name
from app.redaction.text import redact_text

# (class, text, values that must not survive)
LEAKS = [
    (
        "sentence start",
        "Wojciech Brzęczyszczykiewicz was reviewed today.",
        ["Wojciech", "Brzęczyszczykiewicz"],
    ),
    ("object of a verb", "Spoke to Radomir this morning about the dressing.", ["Radomir"]),
    ("possessive", "Oluwaseun Adeyemi-Bakare's daughter phoned.", ["Oluwaseun", "Adeyemi"]),
    (
        "list",
        "Plan discussed with Siobhán Ní Bhriain and Tadhg Ó Súilleabháin.",
        ["Bhriain", "Súilleabháin", "Tadhg"],
    ),
    ("table cell", "| Gintaras Žemaitis | leave | approved |", ["Gintaras", "Žemaitis"]),
    ("family name first", "NGUYEN Thi Lan presented with cough.", ["NGUYEN", "Lan"]),
    (
        "particle surname",
        "Fraud notes that Marloes van der Wijngaart used the device.",
        ["Marloes", "Wijngaart"],
    ),
    (
        "after a role noun",
        "Analyst Gwenllian Prosser-Rhys closed the case.",
        ["Gwenllian", "Prosser"],
    ),
    ("signature", "Kind thanks for your help,\nIacopo Sbarbaro", ["Iacopo", "Sbarbaro"]),
    (
        "cc line",
        "cc: Ayşegül Karabulut, Bartłomiej Wróblewski",
        ["Ayşegül", "Karabulut", "Wróblewski"],
    ),
    ("rare given name alone", "Interpreted for Chidinma by her son.", ["Chidinma"]),
]


@pytest.mark.parametrize(("text", "secrets"), [c[1:] for c in LEAKS], ids=[c[0] for c in LEAKS])
def test_names_without_a_cue_are_masked(analyzer: Any, text: str, secrets: list[str]) -> None:
    out = redact_text(text).text
    for secret in secrets:
        assert secret not in out, out


# Capitalised words that are not people: they must survive.
KEPT = [
    ("modal verbs", "Will you confirm? May I call back tomorrow?", ["Will", "May"]),
    (
        "acronym label",
        "IBAN and MAC were checked; PESEL 44051401359 was verified.",
        ["IBAN", "MAC", "PESEL"],
    ),
    ("role noun", "Agent Ignatius Okparaeke took the call.", ["Agent"]),
    ("sentence-start word", "Later Tiberiu Vlădescu rang back.", ["Later"]),
    ("street", "Parking on Victoria Road is free.", ["Road"]),
    ("preposition", "Per the policy, Ottavio Benincasa signed.", ["Per the policy"]),
]


@pytest.mark.parametrize(("text", "kept"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_words_that_are_not_people_survive(analyzer: Any, text: str, kept: list[str]) -> None:
    out = redact_text(text).text
    for word in kept:
        assert word in out, out


def test_months_are_dates_not_people(analyzer: Any) -> None:
    out = redact_text("Review in June and again in August.").text
    assert "<PERSON" not in out
    assert "<DATE_1>" in out


def _words(text: str, tagged: list[tuple[str, str, str, bool]]) -> list[Word]:
    """Words for the model-free rule tests: (text, tag, entity, known) in reading order."""
    words, pos = [], 0
    for token, tag, ent, known in tagged:
        start = text.index(token, pos)
        words.append(Word(start, start + len(token), token, tag, ent, known))
        pos = start + len(token)
    return words


def test_a_given_name_the_model_calls_a_building_counts_once_a_surname_follows() -> None:
    text = "Signed by Hugo Quarantotto"
    words = _words(
        text,
        [("Signed", "VBN", "", True), ("by", "IN", "", True), ("Hugo", "NNP", "FAC", True),
         ("Quarantotto", "NNP", "FAC", False)],
    )  # fmt: skip
    assert [(s.start, s.end) for s in find_given_names(text, words)] == [(10, 26)]
    alone = _words("near Hugo", [("near", "IN", "", True), ("Hugo", "NNP", "FAC", True)])
    assert find_given_names("near Hugo", alone) == []  # a lone building name stays


def test_a_place_the_model_recognised_is_not_a_person() -> None:
    text = "moved to Florence"
    words = _words(
        text, [("moved", "VBD", "", True), ("to", "IN", "", True), ("Florence", "NNP", "GPE", True)]
    )
    assert find_given_names(text, words) == []


def test_runs_stop_at_line_ends_and_commas() -> None:
    text = "Odile\nBrassac, Ferrant"
    words = _words(
        text,
        [("Odile", "NNP", "", True), ("Brassac", "NNP", "", False), (",", ",", "", True),
         ("Ferrant", "NNP", "", False)],
    )  # fmt: skip
    assert [text[s.start : s.end] for s in find_given_names(text, words)] == [
        "Odile",
        "Brassac",
        "Ferrant",
    ]


def test_the_dictionary_is_loaded_from_the_installed_package() -> None:
    names = given_names()
    assert len(names) > 30_000
    assert {"wojciech", "siobhan", "tadhg", "iacopo"} <= names  # folded: no accents
    assert not any(map(is_given_name, ["June", "August", "Will", "May", "Victoria"]))
    assert is_given_name("Siobhán")


def test_a_name_before_a_number_is_still_a_name_and_a_label_is_not(analyzer: Any) -> None:
    out = redact_text("Wojciech Brzęczyszczykiewicz 12/03/1950; NMC PIN 12A3456E").text
    assert "Wojciech" not in out
    assert "NMC PIN" in out


def test_a_dictionary_word_with_an_unknown_surname_is_a_person(analyzer: Any) -> None:
    out = redact_text("Milan Przybyszewski and I met at the branch.").text
    assert "Milan" not in out
    assert "Przybyszewski" not in out


def test_names_listed_after_a_semicolon_keep_their_first_word(analyzer: Any) -> None:
    out = redact_text("Attendees: Anna Kowal; Camillus Ó Caoileáin-Breathnach").text
    assert "Camillus" not in out


def test_a_complaint_after_a_name_in_capitals_stays_readable(analyzer: Any) -> None:
    out = redact_text("TESFAYE WOLDEMARIAM - fall at home").text
    assert "TESFAYE" not in out
    assert out.endswith(" - fall at home")


def test_a_given_name_that_is_also_a_word_starts_a_sentence(analyzer: Any) -> None:
    out = redact_text("Peace Onyekachukwu (patient) attended with her carer.").text
    assert "Peace" not in out


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("ok thanks radoslava, see you tuesday", "radoslava"),
        ("hi eilidh, the bloods are back", "eilidh"),
        ("@thandiwe: bloods back?", "thandiwe"),
        ("Also present: his son (Wiśniewski-Olanrewaju's son).", "Olanrewaju"),
        ("Okonjo-Ferreira's claim was reopened.", "Okonjo"),
    ],
)
def test_chat_names_in_lower_case_mentions_and_possessors(
    analyzer: Any, text: str, secret: str
) -> None:
    assert secret not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    ["hi there, ok great", "thanks will do", "yes mark the box", "The Patient's wife called"],
)
def test_greetings_before_ordinary_words_change_nothing(analyzer: Any, text: str) -> None:
    assert redact_text(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Cordialement, et merci",
        "Trân trọng, cảm ơn",
        "Thanks, the ward team",
        "Adı Soyadı: (not given)",
        "Driver's licence was checked.",
    ],
)
def test_sign_offs_labels_and_roles_are_not_names(analyzer: Any, text: str) -> None:
    assert "<PERSON" not in redact_text(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Next of kin: Daughter Femke Blom-Hazenberg", "Daughter"),
        ("Name: Nienke Vos-Terpstra\nDate of birth unknown", "Date of birth"),
        ("Danielle Okoro-Bernard    DOB on file", "DOB on file"),
    ],
)
def test_a_person_finding_stops_at_role_words_line_ends_and_column_gaps(
    analyzer: Any, text: str, kept: str
) -> None:
    out = redact_text(text).text
    assert kept in out
    assert "<PERSON_1>" in out
