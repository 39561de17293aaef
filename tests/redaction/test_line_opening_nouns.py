"""A foreign noun opening its line before a function word of its language ("Heckschaden,
keine ...", "Ricoverato dal ...") is no person; a name going on in English, a word
inside the line, a given name's finding, two words and a word alone on its line stay
(`line_opening_nouns.py`, splits V, W, X, session 42). Values are invented."""

from __future__ import annotations

import pytest

from app.redaction.given_names import GIVEN_RULE, UNKNOWN_RULE
from app.redaction.line_opening_nouns import without_line_opening_nouns
from app.redaction.spans import Span


def _span(text: str, value: str, rule: str = UNKNOWN_RULE) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.45)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unfallgegner: Jörn Kessler\nFrontschaden, keine Verletzten", "Frontschaden"),
        ("Ricoverato dal 3 marzo al 9 marzo", "Ricoverato"),
        ("Kontrolle am Montag.\n  Arbeitgeber seit 2019 bekannt", "Arbeitgeber"),
        ("Hospitalisation du 2 au 5 mai", "Hospitalisation"),
    ],
    ids=["de-comma", "it", "de-indented", "fr"],
)
def test_a_line_opening_foreign_noun_is_dropped(text: str, value: str) -> None:
    assert without_line_opening_nouns(text, [_span(text, value)]) == []


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("Okafor rang back about the results", "Okafor", UNKNOWN_RULE),  # English after it
        ("Befund: Frontschaden, keine Verletzten", "Frontschaden", UNKNOWN_RULE),  # mid-line
        ("Maria ist heute da", "Maria", GIVEN_RULE),  # a given name's finding
        ("Jan Wrona jest w domu", "Jan Wrona", UNKNOWN_RULE),  # two words
        ("Okafor Ngozi", "Okafor", UNKNOWN_RULE),  # a capital after it
        ("Frontschaden\nkeine Verletzten", "Frontschaden", UNKNOWN_RULE),  # alone on its line
        ("geregelt.\nLindenhain, den 04.03.2024\n", "Lindenhain", UNKNOWN_RULE),  # a dateline
        ("Villebrune, le 3 mai 2024", "Villebrune", UNKNOWN_RULE),
    ],
    ids=[
        "english",
        "mid-line",
        "given-name",
        "two-words",
        "capital-after",
        "own-line",
        "de-dateline",
        "fr-dateline",
    ],
)
def test_other_findings_stay(text: str, value: str, rule: str) -> None:
    span = _span(text, value, rule)
    assert without_line_opening_nouns(text, [span]) == [span]


def test_a_claim_keeps_its_opening_noun_and_masks_the_name() -> None:
    from app.redaction.text import redact_text

    text = "Schadenmeldung\nUnfallgegner: Jörn Kessler\nDienstreise vom 3. bis 5. Mai\n"
    out = redact_text(text).text
    assert "Dienstreise vom" in out
    assert "Kessler" not in out
