"""A text's runs of letters, folded: the set of words that cheap gates test before a
finder's patterns run (`structured.find_structured` builds it once per text and hands it
to the finders that take `words`)."""

from __future__ import annotations

from app.redaction import fast_regex

_LETTERS = fast_regex.compile(r"[^\W\d_]+")


def text_words(text: str) -> set[str]:
    """The text's runs of letters, folded."""
    return set(_LETTERS.findall(text.casefold()))
