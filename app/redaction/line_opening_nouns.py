"""A foreign noun that opens its line, no name.

German writes every noun with a capital, and other languages capitalise a line's first
word: "Heckschaden, keine Personenschäden", "Empfängerkonto lautet auf ...", "Séjour du
10/11 au 15/11", "Ricoverato dal 2 febbraio". The unknown-proper-noun rule
(`given_names.find_given_names`) reads such a word, which the English model has never
seen, as a person. A name opening a line and going on in prose looks much the same
("Okafor rang back"), so the word is let go only when a function word of another language
follows it (a stop word of spaCy's other languages that English lacks: "keine", "du",
"dal", "seit"). An English continuation, a capital after it, a given name, a finding of
two words and a word inside the line keep the finding, and so does a letter's place
before its date ("Querfurt, den 30.10.2023": a comma, a function word, a number).
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.given_names import UNKNOWN_RULE
from app.redaction.spans import Span

# After the word: a comma or not, blanks, then a lower-case word of letters.
_LOWER_AFTER = fast_regex.compile(r",?[ \t]{1,2}(\p{Ll}[\p{Ll}\p{Mn}'’-]*)(?![\w])")
_DIGIT_ON_LINE = fast_regex.compile(r"[^\n\d]*\d")


def line_opening_noun(text: str, span: Span) -> bool:
    """`span` is one word opening its line, a function word of another language after it
    (see above)."""
    from app.redaction.name_guards import any_other_language_stop_words  # noqa: PLC0415

    value = text[span.start : span.end]
    if not value[:1].isupper() or any(c.isspace() for c in value):
        return False
    line = text.rfind("\n", 0, span.start) + 1
    if text[line : span.start].strip(" \t"):
        return False  # inside the line
    after = _LOWER_AFTER.match(text, span.end)
    if after is None or after.group(1) not in any_other_language_stop_words():
        return False
    # a letter's place before its date stays: "Querfurt, den 30.10.2023", "Lyon, le 3 mai"
    return not (text.startswith(",", span.end) and _DIGIT_ON_LINE.match(text, after.end()))


def without_line_opening_nouns(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the unknown-word rule's findings that are such nouns (see above);
    a given name's finding stays ("Maria kommt morgen")."""
    return [s for s in spans if s.rule != UNKNOWN_RULE or not line_opening_noun(text, s)]
