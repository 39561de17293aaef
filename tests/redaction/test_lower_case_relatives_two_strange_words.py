"""A relative's name in a lower-case transcript given as two words English and the model's
vocabulary do not know ("my mother <given> <surname> she was born"): both are the name.
Invented values; a relative followed by English words stays."""

from __future__ import annotations

from app.redaction.lower_case_names import lower_case_names


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in lower_case_names(text, lambda _w: False)]


def test_two_strange_words_after_relative() -> None:
    assert _found("calling about my mother zalika mbewe she was born on") == ["zalika mbewe"]


def test_abbreviated_given_name_and_surname() -> None:
    assert _found("about my mother sk okonkwo she was") == ["sk okonkwo"]


def test_english_after_relative_stays() -> None:
    assert _found("my wife said mother seems better") == []
