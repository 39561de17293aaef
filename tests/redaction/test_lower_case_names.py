"""Person names written all in lower case, as speech-to-text, chats and quick notes write
them (app/redaction/lower_case_names.py): a given name the dictionary holds and English
does not, or a word English does not know, after a relative, the patient or a title, or
beside another such word on a line written in lower case. Every name here is made up for
this test; none comes from the evaluation's generator."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.lower_case_names import GIVEN, STRANGE, lower_case_names, name_word
from app.redaction.text import redact_text

# (class, text, values that must not survive)
LEAKS = [
    (
        "dictation: given and surname, no cue",
        "dictation begins clinic letter for ottavio brambilla date of birth 3 April 1961 "
        "new paragraph he was seen today full stop end of dictation",
        ["ottavio", "brambilla"],
    ),
    (
        "quick note: patient cue",
        "pt leocadia vuković seen on ward round, c/o dizziness.",
        ["leocadia", "vuković"],
    ),
    (
        "relative and a word no dictionary holds",
        "reviewed with ward team. husband gürkan at bedside.",
        ["gürkan"],
    ),
    (
        "relative and a given name",
        "daughter ermenegilda phoned about the discharge.",
        ["ermenegilda"],
    ),
    (
        "surname first, given name second",
        "pt brambilla ottavio for review",
        ["brambilla", "ottavio"],
    ),
    (
        "title of address in lower case",
        "Booked with dr fiorenzo scapinello for next week.",
        ["fiorenzo", "scapinello"],
    ),
    (
        "a lower-case title and a surname no dictionary holds",
        "i see dr wojtaszczyk at the practice on fridays",
        ["wojtaszczyk"],
    ),
    (
        "romanisation in brackets beside a name in hangul",
        "Consultation — 정민준 (minjun jeong)\nAge 61.",
        ["minjun", "jeong"],
    ),
    (
        "a given name alone later in the same text",
        "letter for leocadia vuković\nleocadia was seen again today",
        ["leocadia"],
    ),
]


@pytest.mark.parametrize(("text", "secrets"), [c[1:] for c in LEAKS], ids=[c[0] for c in LEAKS])
def test_lower_case_names_are_masked(analyzer: Any, text: str, secrets: list[str]) -> None:
    out = redact_text(text).text
    for secret in secrets:
        assert secret not in out, out


# Lower-case text that names nobody: it must stay readable.
KEPT = [
    (
        "words that are also given names",
        "the grace period ends in may. will mark the bill at dawn; the rose bush faded.",
        ["grace period", "may", "will mark the bill at dawn", "rose bush"],
    ),
    (
        "nouns that are also given names, beside English nouns",
        "olive oil and heather honey were on the tray",
        ["olive oil", "heather honey"],
    ),
    (
        "clinical prose in lower case",
        "pt afebrile, obs stable. plan: continue amlodipine, recheck bloods am.",
        ["afebrile", "obs stable", "amlodipine", "recheck bloods"],
    ),
    (
        "spanish prose in lower case",
        "tengo dolores de cabeza desde ayer y el paciente vive en la ciudad",
        ["dolores de cabeza", "vive en la ciudad"],
    ),
    (
        "vietnamese label in lower case",
        "| mã bệnh nhân | 12246801 |\n| số hồ sơ | 55 |",
        ["mã bệnh nhân", "số hồ sơ"],
    ),
    (
        "a relative before another language's label",
        "my grandmother idade: 97 and has a cough",
        ["idade"],
    ),
    (
        "a street type that is also a title",
        "lives at 123 oak dr smithfield since may",
        ["smithfield"],
    ),
    (
        "a lower-case line in another language",
        "la paciente refiere dolores abdominales desde ayer",
        ["dolores abdominales"],
    ),
    (
        "english in brackets beside a name in another script",
        "王芳（female）",
        ["female"],
    ),
]


@pytest.mark.parametrize(("text", "kept"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_lower_case_prose_is_no_name(analyzer: Any, text: str, kept: list[str]) -> None:
    vocab = analyzer.nlp_engine.get_nlp("en").vocab
    found = [text[s.start : s.end] for s in lower_case_names(text, vocab.has_vector)]
    for phrase in kept:
        assert not any(f in phrase or phrase in f for f in found), found


def test_lower_case_clinical_note_stays_readable(analyzer: Any) -> None:
    text = "pt afebrile, obs stable. plan: continue amlodipine, recheck bloods am."
    assert redact_text(text).text == text


# (word, kind): the word classes the rules build on.
WORDS = [
    ("ottavio", GIVEN),  # a dictionary name English does not hold
    ("simon", GIVEN),  # WordNet holds it only as a noun (a name)
    ("brambilla", STRANGE),  # English does not know it
    ("brambilla-vuković", STRANGE),
    ("mark", None),  # a verb too
    ("grace", None),
    ("will", None),
    ("olive", None),  # an adjective too
    ("nausea", None),  # an English noun, no name
    ("amlodipine", None),  # a drug by its INN stem
    ("de", None),  # another language's function word
    ("june", None),  # a month
    ("viện", None),  # a Vietnamese syllable without its marks reads as a name
]


@pytest.mark.parametrize(("word", "kind"), WORDS, ids=[w for w, _ in WORDS])
def test_word_classes(word: str, kind: str | None) -> None:
    assert name_word(word) == kind


def test_capitalised_text_is_left_to_the_other_rules() -> None:
    assert lower_case_names("Ottavio Brambilla was seen today.") == []


def test_mixed_case_line_needs_a_cue() -> None:
    # A line with capitalised words: capitals did their work, a bare pair is not enough.
    assert lower_case_names("Seen in Clinic with ottavio brambilla today.") == []
    found = lower_case_names("Seen in Clinic with wife ottavio today.")
    assert [(s.start, s.end) for s in found] == [(25, 32)]


_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDS = st.sampled_from(
    ["pt", "wife", "dr", "ottavio", "brambilla", "mark", "de", "the", "viện", "Seen", "March"]
)


@_SETTINGS
@given(st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=12), st.sampled_from(" \n:,."))
def test_spans_are_lower_case_words_inside_the_text(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for span in lower_case_names(text):
        assert 0 <= span.start < span.end <= len(text)
        value = text[span.start : span.end]
        assert value == value.strip()
        assert "\n" not in value
        assert not any(c.isupper() or c.isdigit() for c in value), value
