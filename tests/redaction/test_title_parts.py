"""A document's first-line title of several parts joined by a spaced dash or slash
("ATESTADO - DENUNCIA", "Amtsgericht - Ladung") is no person, nor is a two-word title in
capitals that holds a document noun of another language ("NOTATKA SŁUŻBOWA", "LÉKAŘSKÁ
ZPRÁVA"); a part that is not a title (a name, a number, a date) keeps the finding masked,
and so does any finding off line 1 (title_segments.py, label_guards.py)."""

from __future__ import annotations

import pytest

from app.redaction.label_guards import title_line
from app.redaction.name_guards import not_a_person
from app.redaction.spans import Span
from app.redaction.title_segments import across_title_parts


def _span(text: str, value: str, rule: str = "SpacyRecognizer") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ATESTADO - DENUNCIA n.º 4711/25\nEn Murcia, a 3 de mayo", "ATESTADO - DENUNCIA"),
        ("Landgericht - Ladung\nIn dem Verfahren", "Landgericht - Ladung"),
        ("Strafanzeige / Vernehmung\nAm 3. Mai erschien", "Strafanzeige / Vernehmung"),
        ("  Befund – Bericht   Seite 2\nText", "Befund – Bericht"),
    ],
)
def test_finding_across_title_parts_is_no_one(text: str, value: str) -> None:
    assert across_title_parts(text, _span(text, value))
    assert not_a_person(text, _span(text, value, "spacy_on_capitals"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Befund - Okonkwo Adaeze\nText", "Befund - Okonkwo Adaeze"),  # a name in a part
        ("Bericht - Marta Kowalczyk\nText", "Bericht - Marta"),  # a given name
        ("Ladung - 12.03.2025\nText", "Ladung - 12"),  # a date as a part
        ("Einleitung\nATESTADO - DENUNCIA\nText", "ATESTADO - DENUNCIA"),  # not line 1
        ("Amtsgericht Ladung\nText", "Amtsgericht Ladung"),  # no part boundary: not this rule
        # several records on one line: a part past the titles holds a name
        ("Ladung - Vernehmung - Okafor Chidi - Anzeige\nText", "Vernehmung - Okafor Chidi"),
        # a slash without spaces joins no parts ("Name/Vorname")
        ("Vernehmung/Okafor\nText", "Vernehmung/Okafor"),
    ],
)
def test_finding_across_a_part_that_is_no_title_stays(text: str, value: str) -> None:
    assert not across_title_parts(text, _span(text, value))


@pytest.mark.parametrize(
    "title",
    ["NOTATKA SŁUŻBOWA", "LÉKAŘSKÁ ZPRÁVA", "CERTIFICAT MÉDICAL", "ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ"],
)
def test_two_word_capitals_title_with_a_document_noun_is_no_one(title: str) -> None:
    text = f"{title}\nDnia 3 maja 2025 o godz. 10:00 w Opolu\n"
    assert title_line(text, _span(text, title, "spacy_on_capitals"))


@pytest.mark.parametrize(
    "title",
    ["OKONKWO ADAEZE", "ZPRÁVA ANNA", "URZĘDOWA SŁUŻBOWA"],
)
def test_two_capitals_words_without_a_document_noun_or_with_a_given_name_stay(
    title: str,
) -> None:
    text = f"{title}\nul. Polna 3, 45-001 Opole\n"
    assert not title_line(text, _span(text, title, "spacy_on_capitals"))
