"""Lower-case names closed by a bracket of age or birth date after a person cue (session
37, bracketed_age_names): a surname English knows as a word, or one in Cyrillic, Greek or
Armenian letters. Negatives: common words before a bracket of a dose or a count."""

from __future__ import annotations

import pytest

from app.redaction.bracketed_age_names import names_before_age_brackets
from app.redaction.text import redact_text


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names_before_age_brackets(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("patient maria heath (88 y/o) seen today", "maria heath", id="english word"),
        pytest.param("pt светлана орлова (67) on ward 4", "светлана орлова", id="cyrillic"),
        pytest.param("husband ηλίας ζερβός (70) present", "ηλίας ζερβός", id="greek"),
        pytest.param("wife hanna moss (b. 1951) rang", "hanna moss", id="birth year"),
    ],
)
def test_names_before_an_age_bracket_are_found(text: str, name: str) -> None:
    assert _values(text) == [name]
    assert name not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        "patient education (2 sessions) given",
        "patient tolerated (5 mg) well",
        "patient mark (3) on the chart",
        "son tom (12)",
    ],
)
def test_common_words_before_brackets_stay(text: str) -> None:
    assert names_before_age_brackets(text) == []
