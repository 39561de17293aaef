"""A word finding without a letter or a digit, no one.

The NER model now and then tags a run of punctuation as a person, a place or a group: the
"---" cells of a Markdown table's separator row ("|---|---|"), a lone ";" or quote between
two names. Nothing in such a run can name anyone; the names beside it are findings of
their own. Only the word kinds (spans.WORD_KINDS) are second-guessed so, and only when the
run holds neither a letter nor a digit (a number the model tags as a person stays masked).
"""

from __future__ import annotations

from app.redaction.spans import WORD_KINDS, Span


def letterless_finding(text: str, span: Span) -> bool:
    """`span` is a person, place or group finding of punctuation and blanks alone."""
    if text[span.start : span.start + 1].isalnum() or span.kind not in WORD_KINDS:
        return False  # cheap: nearly every finding starts with a letter or a digit
    return not any(c.isalnum() for c in text[span.start : span.end])
