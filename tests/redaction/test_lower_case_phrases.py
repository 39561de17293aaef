"""Phrases of common words in lower case that spaCy reads as a person, and the lower-case
particle of a name that is no name alone (values invented for this test)."""

from __future__ import annotations

import pytest

from app.redaction.lower_phrases import lower_case_phrase
from app.redaction.name_guards import not_a_person
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _span(text: str, value: str, rule: str = "SpacyRecognizer") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pedido: autorização para custeio de prótese auditiva.\n", "custeio de prótese auditiva"),
        ("Besøg: medicin blev dispenseret, sår uændret\n", "medicin blev dispenseret"),
        ("Notiz:\nPostoperative schmerzen kaum spürbar.\n", "Postoperative schmerzen kaum"),
    ],
)
def test_lower_case_phrase_is_no_person(text: str, value: str) -> None:
    span = _span(text, value)
    assert lower_case_phrase(text, span)
    assert not_a_person(text, span)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hi this is maria okonkwo from ward 3", "maria okonkwo"),  # a given name in it
        ("Seen by Okonkwo adeyemi today", "Okonkwo adeyemi"),  # capital mid-sentence
        ("Contact: Okonkwo Adeyemi", "Okonkwo Adeyemi"),  # capitals: a name
        ("ref: ada lu", "ada lu"),  # short words
        ("telemed f/u - pt nnamdi okwuosa joined video", "nnamdi okwuosa"),  # two words
        ("seen: okafor de souza today", "okafor de souza"),  # three short words
        ("Anamnèse : toux sèche, ancien fumeur\n", "ancien fumeur"),
    ],
)
def test_names_stay(text: str, value: str) -> None:
    assert not lower_case_phrase(text, _span(text, value))


def test_only_spacy_findings_are_asked() -> None:
    text = "Pedido: autorização para custeio de prótese auditiva.\n"
    value = "custeio de prótese auditiva"
    assert not not_a_person(text, _span(text, value, "lower_case_name"))


def test_particle_of_a_name_is_not_searched_alone() -> None:
    text = (
        "Vraag: beoordeling van een moedervlek op de rug\n"
        "Huisarts: Ilse van Oordt, tel. 06 1234 5678\n"
        "Ilse belt terug.\n"
    )
    out = redact_text(text).text
    assert out.startswith("Vraag: beoordeling van een moedervlek op de rug\n")
    assert "Oordt" not in out
    assert "Ilse" not in out
