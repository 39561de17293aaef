"""A capitalised word right after a German article is a noun, no name.

German writes every noun with a capital, and spaCy and the unknown-word rule read the
nouns they do not know as persons: "Schwindel beim Aufstehen, kein Sturz", "ich bin im
Krankenhaus", "In der Betreuungssache Marcus Wirth". An article (or a preposition fused
with one: "beim", "zum", "im") before the word says it is a noun: German puts none before
a name in writing ("Frau Wirth", "mit Herrn Wirth", never "der Wirth" outside speech).

So, in a German text (three of its function words at least), a person finding made from the
word itself whose first word follows an article loses that word: the finding is dropped
when the word was all of it, and keeps its other words otherwise ("der Betreuungssache
Marcus Wirth" keeps "Marcus Wirth"). A given name after the article stays ("die Maria aus
Zimmer 3"), and findings of a cue, a title or a field are not asked.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

# Articles and the prepositions fused with one, right before the word (one blank between).
_ARTICLE_BEFORE = fast_regex.compile(
    r"(?<![\w-])(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|"
    r"keinen|keinem|keiner|beim|zum|zur|vom|im|ins|ans)[ ]$"
)
_FIRST_WORD = fast_regex.compile(r"\p{Lu}[\p{L}\p{Mn}'’-]*")
_NEXT_WORD = fast_regex.compile(r"[ \t]+(?=\p{L})")
_WORDS = fast_regex.compile(r"(?<![\w])[\p{Ll}]+(?![\w])")
# Function words of German that other languages written in Latin letters rarely share.
_GERMAN: Final = frozenset(
    word_list("und der die das nicht mit ist für wird ein eine bei von auf sich dem den im zum")
)
_GERMAN_MIN = 3
_LOOK_BACK = 8


def german_text(text: str) -> bool:
    """Three different German function words at least stand in `text`."""
    if " der " not in text and " die " not in text and " das " not in text and " und " not in text:
        return False
    seen: set[str] = set()
    for m in _WORDS.finditer(text):
        if m.group() in _GERMAN:
            seen.add(m.group())
            if len(seen) >= _GERMAN_MIN:
                return True
    return False


def without_article_nouns(text: str, spans: list[Span], checked: frozenset[str]) -> list[Span]:
    """`spans` with each person finding of a rule in `checked` rid of a capitalised first
    word that a German article precedes, in a German text (see the module's docstring)."""
    if not any(s.rule in checked and s.kind in _KINDS for s in spans) or not german_text(text):
        return spans
    out = []
    for span in spans:
        kept = _without_noun(text, span) if span.rule in checked and span.kind in _KINDS else span
        if kept is not None:
            out.append(kept)
    return out


_KINDS: Final = frozenset({"PERSON", "NRP"})


def _without_noun(text: str, span: Span) -> Span | None:
    """`span` as it is, or without its first word when an article precedes that word and
    it is no given name: None when that word was the whole finding."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - a cycle

    if _ARTICLE_BEFORE.search(text, max(0, span.start - _LOOK_BACK), span.start) is None:
        return span
    word = _FIRST_WORD.match(text, span.start, span.end)
    if word is None or is_given_name(word.group().casefold()):
        return span
    gap = _NEXT_WORD.match(text, word.end(), span.end)
    if gap is None:
        return None if not text[word.end() : span.end].strip(" \t.,;:") else span
    return span.moved(gap.end(), span.end)
