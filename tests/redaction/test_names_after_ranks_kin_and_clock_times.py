"""A single name that only its neighbour gives away (session 31):

- a police rank after "OIC:" (the officer in charge of a British police case), as after
  "Officer:"; a judge's abbreviated title (the US Immigration Judge and Administrative Law
  Judge, England's His or Her Honour Judge), Maître abbreviated "Me" where a French
  field's value starts, and the dotted professional titles of Italian and Spanish papers
  ("Avv.", "Lic.", "Licda.");
- a relative or member of the household before the name, as the kin words ("lodger",
  "nephew"), and the doctor Dutch and German notes name by role ("huisarts", "Hausarzt");
- a quoted logfmt value with a dictionary given name under any key (`for="…"`), and the
  ServiceNow "caller" key;
- a given name after a clock time, which the model reads as part of the time ("09:40
  Beatrice — dressing changed").

Negatives: "Me" and ranks as English words and computer words, keys with quoted values
that are no one's, and times before ordinary words stay readable.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.given_names import Word, find_given_names
from app.redaction.name_forms import key_value_people
from app.redaction.names import find_names, is_title
from app.redaction.text import redact_text


def _names(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in find_names(text) if s.kind == "PERSON"})


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("OIC: PC Abernethy (collar no. on file)", ["Abernethy"]),
        ("OIC: DS O'Halloran", ["O'Halloran"]),
        ("Officer in charge: DC Varga", ["Varga"]),
        ("Hearing before IJ Castellano on 3 May", ["Castellano"]),
        ("Decision of ALJ Whitcombe", ["Whitcombe"]),
        ("Listed before HHJ Pemberton", ["Pemberton"]),
        ("Avocat : Me Lefebvre, barreau de Lyon", ["Lefebvre"]),
        ("Me Garnier-Roux, notaire", ["Garnier-Roux"]),
        ('abuse alleged by lodger "Zubair"', ["Zubair"]),
        ("Collected by nephew Tariq at noon", ["Tariq"]),
        ("Parere dell'Avv. Ferraresi, foro di Torino", ["Ferraresi"]),
        ("Atendió la Licda. Quesada", ["Quesada"]),
        ("Lic. No. 4432 on file", []),  # a licence's abbreviation before its number
        ("Rag Week collection", []),  # the word, without the title's dot
        # a relative's word is also a surname: in a name field it stays the name
        ("Nom : NEVEU\nPrénom : Odette", ["NEVEU", "Odette"]),
        ("Nom : COUSIN\nPrénom : Odette", ["COUSIN", "Odette"]),
        ("afspraak met huisarts Dekker", ["Dekker"]),
        ("Dr. Brouwer, huisarts, AGB-code 01234567", ["Brouwer"]),  # a label's compound
        ("Rücksprache mit Hausarzt Brandauer", ["Brandauer"]),
        # negatives: the English word, computer words, a river, a lower-case word
        ("Give Me Strength was the song", []),
        ("Me and my wife came in", []),
        ("PC World sold the PC Monitor", []),
        ("OIC: pending allocation", []),
        ("lodger in the back room", []),
    ],
)
def test_names_after_ranks_titles_and_kin(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_maitre_stays_readable_as_a_title() -> None:
    assert is_title("Me")
    out = redact_text("Avocat : Me Lefebvre, barreau de Lyon").text
    assert "Me <PERSON_1>" in out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('ts=2024 action=proxy for="Marcus Oyelaran" status=403', ["Marcus Oyelaran"]),
        ('channel=voice caller="Ingrid Solberg" ani=hidden', ["Ingrid Solberg"]),
        ("caller=k_lindqvist queue=2", ["k_lindqvist"]),
        # negatives: quoted values that are no one
        ('note="Password Reset" status=ok', []),
        ('for="Annual Review" team="Ward Clerks"', []),
        ('label="Mark Complete"', []),
    ],
)
def test_quoted_key_values_with_a_given_name(text: str, names: list[str]) -> None:
    assert sorted({text[s.start : s.end] for s in key_value_people(text)}) == names


def _words(text: str, tagged: list[tuple[str, str, str, bool]]) -> list[Word]:
    words, pos = [], 0
    for token, tag, ent, known in tagged:
        start = text.index(token, pos)
        words.append(Word(start, start + len(token), token, tag, ent, known))
        pos = start + len(token)
    return words


def test_a_given_name_the_model_reads_into_a_clock_time_counts() -> None:
    text = "09:40  Beatrice — dressing changed"
    words = _words(
        text,
        [("09:40", "CD", "TIME", True), ("Beatrice", "NNP", "TIME", True), ("—", ":", "", True),
         ("dressing", "NN", "", True), ("changed", "VBD", "", True)],
    )  # fmt: skip
    assert [text[s.start : s.end] for s in find_given_names(text, words)] == ["Beatrice"]


def test_a_date_word_without_a_clock_before_it_stays_a_date() -> None:
    text = "on Christmas Eve"
    words = _words(
        text,
        [("on", "IN", "", True), ("Christmas", "NNP", "DATE", True), ("Eve", "NNP", "DATE", True)],
    )  # fmt: skip
    assert find_given_names(text, words) == []


@pytest.mark.parametrize(
    ("text", "secrets", "kept"),
    [
        (
            "CARE LOG\n08:10  Beatrice — washed and dressed\n13:05  Leopold — lunch given\n",
            ["Beatrice", "Leopold"],
            ["washed and dressed", "lunch given"],
        ),
        ("08:00  Breakfast — ate well\n12:30  Ward round — no change\n", [], ["Breakfast"]),
    ],
)
def test_care_log_authors_after_a_time(
    analyzer: Any, text: str, secrets: list[str], kept: list[str]
) -> None:
    out = redact_text(text).text
    for secret in secrets:
        assert secret not in out
    for phrase in kept:
        assert phrase in out


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet='ABIJMPCOeinrsa 0123456789:="\n', max_size=80))
def test_finders_never_raise_and_stay_in_text(text: str) -> None:
    for span in (*find_names(text), *key_value_people(text)):
        assert 0 <= span.start < span.end <= len(text)
