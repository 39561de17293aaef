"""Georgian and Armenian surnames known by their endings (session 37, surname_suffixes):
-შვილი and -ძე, -յան and -յանց, wherever they stand; kinship nouns of -შვილი and the
endings alone are words."""

from __future__ import annotations

import pytest

from app.redaction.surname_suffixes import suffix_surnames
from app.redaction.text import redact_text


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in suffix_surnames(text)]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        pytest.param("ნინო: ნინო ბერიძე\n", "ბერიძე", id="ka dze"),
        pytest.param("პაციენტი თამარ ქავთარაშვილი მოვიდა\n", "ქავთარაშვილი", id="ka shvili"),
        pytest.param("hi it's Անի Պետրոսյան here\n", "Պետրոսյան", id="hy yan"),
        pytest.param("mother անուշ մարտիրոսյանց called\n", "մարտիրոսյանց", id="hy yants"),
    ],
)
def test_surnames_by_ending_are_found(text: str, surname: str) -> None:
    assert surname in _values(text)
    assert surname not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ჩემი ძმისშვილი მოვიდა\n", id="nephew"),
        pytest.param("შვილი ავად არის\n", id="child"),
        pytest.param("Plain English text only.\n", id="no script"),
        pytest.param("Ծննդյան ամսաթիվ՝ 02.03.1950\n", id="hy of birth"),
        pytest.param("Հիվանդության պատմություն\n", id="hy genitive"),
    ],
)
def test_words_with_the_endings_stay(text: str) -> None:
    assert suffix_surnames(text) == []
