"""A title in capitals on a document's first line whose short preposition is also a given
name ("OM", "PER") is no person: the finding that opens the title, or opens at that
preposition, is let go (`label_guards.caps_title`). A given name elsewhere in the title,
a surname later in it and a name of short words in capitals stay. The titles are
invented."""

from __future__ import annotations

import pytest

from app.redaction.label_guards import caps_title
from app.redaction.name_guards import not_a_person
from app.redaction.spans import Span


def _span(text: str, value: str, rule: str = "spacy_on_capitals") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SØKNAD OM BARNETRYGD\nSøker: ...\n", "SØKNAD OM BARNETRYGD"),
        ("SØKNAD OM BARNETRYGD\nSøker: ...\n", "OM BARNETRYGD"),
        ("RICHIESTA PER RIMBORSO SPESE  - Ufficio\n", "RICHIESTA PER"),
        ("ANSØGNING OM TILSKUD TIL BRILLER\nNavn: ...\n", "ANSØGNING OM TILSKUD"),
    ],
    ids=["whole", "from-preposition", "before-column-gap", "two-prepositions"],
)
def test_a_caps_title_with_a_preposition_name_is_no_person(text: str, value: str) -> None:
    span = _span(text, value)
    assert caps_title(text, span)
    assert not_a_person(text, span)


def test_a_grown_finding_over_the_title_is_let_go_too() -> None:
    text = "SØKNAD OM BARNETRYGD\nSøker: ...\n"
    assert not_a_person(text, _span(text, "OM BARNETRYGD", "name_beside_person"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PER OLSSON HANSEN\nStorgata 4\n", "PER OLSSON HANSEN"),  # short words: a name
        ("RICHIESTA PER MARIA ROSSINELLI\n", "MARIA ROSSINELLI"),  # a given name
        ("RICHIESTA PER ADEYEMIWALE OKONKWO\n", "ADEYEMIWALE OKONKWO"),  # a later surname
        ("Note\nSØKNAD OM BARNETRYGD\n", "SØKNAD OM BARNETRYGD"),  # not the first line
        ("RICHIESTA DI RIMBORSO SPESE\n", "RICHIESTA DI RIMBORSO"),  # no given name at all
    ],
    ids=["short-name", "given-name", "later-surname", "second-line", "no-preposition-name"],
)
def test_other_caps_lines_are_not_this_title(text: str, value: str) -> None:
    assert not caps_title(text, _span(text, value))
