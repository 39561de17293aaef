"""A capitalised word right after a German article ("kein Erbrechen", "im Briefkasten") is a
noun, no person, in a German text; a given name after an article, a name after a title, a
name in a text of another language and a name found again elsewhere stay masked
(`article_nouns.py`, split G, session 40). The sentences here are invented."""

from __future__ import annotations

import pytest

from app.redaction.article_nouns import german_text, without_article_nouns
from app.redaction.spans import Span
from app.redaction.text import redact_text

_CHECKED = frozenset({"SpacyRecognizer"})
_GERMAN = " Die Patientin ist mit dem Sohn da und nicht allein."


def _span(text: str, value: str, rule: str = "SpacyRecognizer") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Übelkeit, kein Erbrechen." + _GERMAN, "Erbrechen"),
        ("Der Brief liegt im Briefkasten." + _GERMAN, "Briefkasten"),
        ("Bitte an die Krankenkasse senden." + _GERMAN, "Krankenkasse"),
        ("Nach dem Umzug, Wohnung gekündigt." + _GERMAN, "Umzug"),
    ],
    ids=["kein", "im", "die", "dem"],
)
def test_noun_after_an_article_is_dropped(text: str, value: str) -> None:
    assert without_article_nouns(text, [_span(text, value)], _CHECKED) == []


def test_a_noun_before_a_name_is_trimmed_off() -> None:
    text = "In der Vormundschaftssache Jonas Brehmer wird entschieden." + _GERMAN
    span = _span(text, "Vormundschaftssache Jonas Brehmer")
    (kept,) = without_article_nouns(text, [span], _CHECKED)
    assert text[kept.start : kept.end] == "Jonas Brehmer"


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("Heute kam die Maria aus Zimmer 3." + _GERMAN, "Maria", "SpacyRecognizer"),  # given
        ("Termin mit Herrn Brehmer am Montag." + _GERMAN, "Brehmer", "SpacyRecognizer"),
        ("Notiz: Ewald Brehmer." + _GERMAN, "Ewald Brehmer", "SpacyRecognizer"),  # no article
        ("Heute kam die Brehmer vorbei." + _GERMAN, "Brehmer", "name_after_title"),  # a cue
        ("We saw the Brehmer file and the notes.\n", "Brehmer", "SpacyRecognizer"),  # English
        ("Gespräch mit derBrehmer." + _GERMAN, "Brehmer", "SpacyRecognizer"),  # glued
    ],
    ids=["given-name", "after-title", "no-article", "cue-rule", "not-german", "glued"],
)
def test_other_findings_stay(text: str, value: str, rule: str) -> None:
    span = _span(text, value, rule)
    assert without_article_nouns(text, [span], _CHECKED) == [span]


def test_german_text_needs_three_function_words() -> None:
    assert german_text("Er ist mit der Tochter da.")
    assert not german_text("Die Hard is a film with Bruce Willis.")
    assert not german_text("die die die")


def test_redacted_german_note_keeps_its_nouns() -> None:
    text = "Übelkeit seit gestern, kein Erbrechen. Der Brief liegt im Briefkasten." + _GERMAN
    out = redact_text(text).text
    assert "kein Erbrechen" in out
    assert "im Briefkasten" in out


def test_a_surname_after_an_article_found_elsewhere_is_still_masked() -> None:
    text = "Patientin: Anna Kowalczyk, geb. 1.2.1950\nRückruf mit der Kowalczyk." + _GERMAN
    out = redact_text(text).text
    assert "Kowalczyk" not in out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Das Haus geht an meine Lieblingsnichte." + _GERMAN, "Lieblingsnichte"),
        ("Bitte reichen Sie Ihre Lohnabrechnung ein." + _GERMAN, "Lohnabrechnung"),
        ("Wir kündigen hiermit diesen Wartungsvertrag." + _GERMAN, "Wartungsvertrag"),
        ("Zum Nachlassverwalter ernenne ich den Sohn." + _GERMAN, "Zum Nachlassverwalter"),
        ("Die Sachbearbeiterin: bitte warten." + _GERMAN, "Die Sachbearbeiterin"),
    ],
    ids=["possessive", "formal-possessive", "demonstrative", "opens-fused", "opens-article"],
)
def test_noun_after_a_determiner_is_dropped(text: str, value: str) -> None:
    assert without_article_nouns(text, [_span(text, value)], _CHECKED) == []


def test_a_finding_opened_by_an_article_keeps_the_name_after_its_noun() -> None:
    text = "Der Nachlassverwalter Jonas Brehmer wird bestellt." + _GERMAN
    span = _span(text, "Der Nachlassverwalter Jonas Brehmer")
    (kept,) = without_article_nouns(text, [span], _CHECKED)
    assert text[kept.start : kept.end] == "Jonas Brehmer"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_GERMAN + "\nMit herzlichen Grüßen\nIhre Brehmer\n", "Brehmer"),
        (_GERMAN + "\nViele Grüße, Deine Zeynep Brehmer", "Deine Zeynep Brehmer"),
        ("Die Erbin ist meine Maria." + _GERMAN, "Maria"),  # a given name
    ],
    ids=["sign-off", "sign-off-in-finding", "given-name"],
)
def test_a_name_after_a_determiner_stays(text: str, value: str) -> None:
    span = _span(text, value)
    assert without_article_nouns(text, [span], _CHECKED) == [span]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kündigungstermin: 30.06.2025  zum Quartalsende\n", "Quartalsende"),
        ("Rückgabe beim Vermieter: Schlüssel\n", "Vermieter"),
        ("Zur Nachlasspflegerin: bestellt\n", "Zur Nachlasspflegerin"),
    ],
    ids=["zum", "beim", "opens-zur"],
)
def test_a_fused_preposition_marks_a_noun_in_a_terse_form(text: str, value: str) -> None:
    assert not german_text(text)
    assert without_article_nouns(text, [_span(text, value)], _CHECKED) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Anschrift: Haus vom Brocke, Lindenweg 3\n", "Brocke"),  # "vom": a name's particle
        ("Kontakt: die Brehmer, Tel. 030 1234\n", "Brehmer"),  # an article, not German text
    ],
    ids=["vom-particle", "plain-article"],
)
def test_outside_german_text_only_a_fused_preposition_counts(text: str, value: str) -> None:
    span = _span(text, value)
    assert without_article_nouns(text, [span], _CHECKED) == [span]
