"""A capitalised word right after a German article is a noun, no name.

German writes every noun with a capital, and spaCy and the unknown-word rule read the
nouns they do not know as persons: "Schwindel beim Aufstehen, kein Sturz", "ich bin im
Krankenhaus", "In der Betreuungssache Marcus Wirth". An article (or a preposition fused
with one: "beim", "zum", "im") before the word says it is a noun: German puts none before
a name in writing ("Frau Wirth", "mit Herrn Wirth", never "der Wirth" outside speech).

So, in a German text (three of its function words at least, or else a preposition fused
with an article: "zum", "beim", which only German writes), a person finding made from the
word itself whose first word follows an article loses that word: the finding is dropped
when the word was all of it, and keeps its other words otherwise ("der Betreuungssache
Marcus Wirth" keeps "Marcus Wirth"). A given name after the article stays ("die Maria aus
Zimmer 3"), and findings of a cue, a title or a field are not asked.

A possessive or a demonstrative determiner does the same ("zu meiner Haupterbin", "Ihre
Krankenversicherung", "dieser Vertrag"), and so does an article or a determiner that the
finding itself opens at a sentence's start ("Zum Nachlassverwalter bestimme ich ...",
"Die Sachbearbeiterin: ..."). A letter's sign-off is a name after a possessive ("Ihre
Petra Haas", "Deine Aylin" on a line of their own), so a finding that ends its line after
"Ihr", "Dein", "Euer" or "Unser" stays.
"""

from __future__ import annotations

import functools
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

# Articles and the prepositions fused with one, right before the word (one blank between).
_DETERMINERS = (
    r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|"
    r"keiner|beim|zum|zur|vom|im|ins|ans|"
    r"(?:mein|dein|sein|ihr|unser|euer|dies)(?:e|en|em|er|es)?|(?:eur|jed)(?:e|en|em|er|es)"
)
_ARTICLE_BEFORE = fast_regex.compile(rf"(?<![\w-])(?i:{_DETERMINERS})[ ]$")
# The finding opens with the determiner, a capitalised word after it ("Zum Nachlassverwalter").
_ARTICLE_OPENS = fast_regex.compile(rf"(?i:{_DETERMINERS})[ ](?=\p{{Lu}})")
# Prepositions fused with an article ("zum", "beim"): German's alone, so a form too terse
# for `german_text` ("Portierungstermin: 05.10.2023 zum Vertragsende") is read by them.
_FUSED = r"zum|zur|beim"  # not "vom": a particle of names too ("vom Stein")
_FUSED_BEFORE = fast_regex.compile(rf"(?<![\w-])(?i:{_FUSED})[ ]$")
_FUSED_OPENS = fast_regex.compile(rf"(?i:{_FUSED})[ ](?=\p{{Lu}})")
# Possessives a letter is signed with, before the writer's name on the line's last words.
_SIGN_OFF = fast_regex.compile(r"(?<![\w-])(?i:ihr|ihre|dein|deine|euer|eure|unser|unsere)[ ]$")
_FIRST_WORD = fast_regex.compile(r"\p{Lu}[\p{L}\p{Mn}'’-]*")
_NEXT_WORD = fast_regex.compile(r"[ \t]+(?=\p{L})")
_WORDS = fast_regex.compile(r"(?<![\w])[\p{Ll}]+(?![\w])")
# Function words of German that other languages written in Latin letters rarely share.
_GERMAN: Final = frozenset(
    word_list("und der die das nicht mit ist für wird ein eine bei von auf sich dem den im zum")
)
_GERMAN_MIN = 3
_LOOK_BACK = 8


@functools.lru_cache(maxsize=4)  # guarded_persons asks twice of the same text
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
    after = _after_article if german_text(text) else _after_fused
    asked = {s for s in spans if s.rule in checked and s.kind in _KINDS and after(text, s)}
    if not asked:
        return spans
    out = []
    for span in spans:
        kept = _without_noun(text, span) if span in asked else span
        if kept is not None:
            out.append(kept)
    return out


def _after_fused(text: str, span: Span) -> bool:
    """A preposition fused with an article, which only German writes, stands right before
    the finding or opens it: German enough in a terse form ("zum Vertragsende")."""
    if _FUSED_OPENS.match(text, span.start, span.end):
        return True
    return _FUSED_BEFORE.search(text, max(0, span.start - _LOOK_BACK), span.start) is not None


def _after_article(text: str, span: Span) -> bool:
    before = max(0, span.start - _LOOK_BACK)
    if _ARTICLE_OPENS.match(text, span.start, span.end):
        return not _signed(text, text.index(" ", span.start) + 1, span)
    return _ARTICLE_BEFORE.search(text, before, span.start) is not None and not _signed(
        text, span.start, span
    )


def _signed(text: str, start: int, span: Span) -> bool:
    """A sign-off possessive stands right before `start` and the finding ends its line."""
    if _SIGN_OFF.search(text, max(0, start - _LOOK_BACK), start) is None:
        return False
    eol = text.find("\n", span.end)
    return not text[span.end : eol if eol >= 0 else len(text)].strip(" \t.,!")


_KINDS: Final = frozenset({"PERSON", "NRP"})


def _without_noun(text: str, span: Span) -> Span | None:
    """`span` (an article before it) as it is when its first word is a given name, else
    without that word: None when that word was the whole finding."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - a cycle

    opens = _ARTICLE_OPENS.match(text, span.start, span.end)
    word = _FIRST_WORD.match(text, opens.end() if opens else span.start, span.end)
    if word is None or is_given_name(word.group().casefold()):
        return span
    gap = _NEXT_WORD.match(text, word.end(), span.end)
    if gap is None:
        return None if not text[word.end() : span.end].strip(" \t.,;:") else span
    return span.moved(gap.end(), span.end)
