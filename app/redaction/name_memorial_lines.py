"""The deceased's name in a death notice, an obituary or a bereavement letter, read from
the formula that mourns or announces them, as these are written the world over:

- English: "the late" before the name ("Re: the late Ada Brennan", "estate of the late
  Mr Owen Price", "the late Thomas"); a given name alone, or words of which the first is
  a dictionary given name or none English ("the late Middle Ages", "the late Victorian
  house" stay);
- German and Dutch obituaries: the name alone on its line, the next line giving the birth
  and death dates with their signs ("* 3.4.1931  † 9.1.2020");
- Hebrew: the name before the blessing of the dead ('ז"ל', 'ע"ה', 'זצ"ל', 'הי"ד'), on its
  line or the next, or after "the passing of" ("פטירתו של", "פטירתה של");
- Arabic: the name after "passed into the mercy of God" ("انتقل إلى رحمة الله تعالى") or
  "the late" ("المرحوم", "المرحومة", "الفقيد", "الفقيدة"), on its line or the next.

Each formula is gated on a substring test, so a text without one costs a few of them.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.given_names import fold_accents, given_names, is_given_name
from app.redaction.lower_case_names import known_word
from app.redaction.name_neighbours import plain_word
from app.redaction.names import CAPITALISED_WORD, is_title
from app.redaction.script_names import SCRIPTS, STOP_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "memorial_name"
SCORE: Final = 0.8

_CAP_WORD = CAPITALISED_WORD
_THE_LATE: Final = re.compile(
    r"(?<![\w])[Tt]he[ \t]+late[ \t]+(?:(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?)[ \t]+)?"
    rf"(?P<name>{_CAP_WORD}(?:[ \t]{_CAP_WORD}){{0,3}})"
)
# A lower-case word after one capitalised word, but "and": the word was an adjective.
_ADJECTIVE_AFTER: Final = re.compile(r"[ \t]+(?!and\b)[a-zß-ÿ]")
# A name line, then a line with a star (born) and a dagger (died) and their dates.
_DATED_LINE: Final = re.compile(
    rf"^[ \t]*(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{1,3}})[ \t]*\r?\n"
    r"[ \t]*(?:\*|geb\.|geboren)[^\n†]{0,40}†",
    re.M,
)
_HEBREW = "[\u05d0-\u05ea]+"
_HEBREW_RUN = rf"{_HEBREW}(?:[ ]{_HEBREW}){{0,3}}"
_BLESSING = r"(?:ז[\"״]ל|ע[\"״]ה|זצ[\"״]ל|הי[\"״]ד)"
_HEBREW_MOURNED: Final = re.compile(
    rf"פטירת(?:ו|ה)[ \t]+של[ \t]*\r?\n?[ \t]*(?P<after>{_HEBREW_RUN})"
    rf"|^[ \t]*(?P<before>{_HEBREW_RUN})[ \t]*(?:\r?\n[ \t]*)?,?[ \t]*{_BLESSING}",
    re.M,
)
_ARABIC = f"[{SCRIPTS['arabic']}]+"
_ARABIC_MOURNED: Final = re.compile(
    r"(?:انتقل|انتقلت)[ \t]+(?:إلى|الى|إلي)[ \t]+رحمة[ \t]+الله(?:[ \t]+تعالى)?"
    r"(?:[ \t]+(?:المرحوم|المرحومة|الفقيد|الفقيدة))?[ \t]*[:،,]?[ \t]*\r?\n?[ \t]*"
    rf"(?P<name>{_ARABIC}(?:[ ]{_ARABIC}){{0,4}})"
    rf"|(?<!\w)(?:المرحوم|المرحومة|الفقيد|الفقيدة)[ \t]+(?P<late>{_ARABIC}(?:[ ]{_ARABIC}){{0,4}})"
)


# Offices a "the late" names instead of a person's name ("the late Queen").
_OFFICES: Final = frozenset(
    word_list(
        """
        queen king prince princess president pope duke duchess emperor empress lord lady
        sir dame chairman senator governor mayor
        """
    )
)


def _latin_name(words: list[str], *, dictionary: bool) -> bool:
    """Capitalised words that name someone: none a common, role, heading word or title,
    and with `dictionary` a given name alone, or two words or more, the first in the name
    dictionary (even a word that is more often something else: "the late Mark Black") or
    none an English word ("the late Middle Ages" stays)."""
    if any(plain_word(w.casefold()) or is_title(w) for w in words):
        return False
    first = fold_accents(words[0].casefold())
    if first in _OFFICES:
        return False
    if not dictionary:
        return True
    if len(words) == 1:  # "the late Thomas,"
        return is_given_name(words[0])
    return first in given_names() or not any(known_word(w.casefold()) for w in words)


def _script_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run's words up to the first grammar word of its script."""
    kept_end = start
    for m in re.finditer(r"\S+", text[start:end]):
        if m.group() in STOP_WORDS:
            break
        kept_end = start + m.end()
    return (start, kept_end) if kept_end > start else None


def _latin(text: str) -> list[Span]:
    spans = []
    if "late" in text:
        for m in _THE_LATE.finditer(text):
            words = m.group("name").split()
            while len(words) > 2 and known_word(words[-1].casefold()):
                if is_given_name(words[-1]):
                    break
                words.pop()  # "the late Ada Brennan Deceased": a heading after the name
            joined = " ".join(words)
            end = m.start("name") + len(joined)
            if len(words) == 1 and _ADJECTIVE_AFTER.match(text, end):
                continue  # "the late Georgian style": a word before its noun
            if _latin_name(words, dictionary=True) and text[m.start("name") : end] == joined:
                spans.append(Span(m.start("name"), end, KIND, RULE, SCORE))
    if "†" in text:
        for m in _DATED_LINE.finditer(text):
            if _latin_name(m.group("name").split(), dictionary=False):
                spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans


def memorial_names(text: str) -> list[Span]:
    """The deceased named by a formula of mourning (see the module)."""
    spans = _latin(text)
    if text.isascii():
        return spans
    runs: list[tuple[int, int]] = []
    if "של" in text or '"ל' in text or "״ל" in text or '"ה' in text or "״ה" in text:
        for m in _HEBREW_MOURNED.finditer(text):
            group = "after" if m.group("after") is not None else "before"
            runs.append((m.start(group), m.end(group)))
    if "رحمة" in text or "المرحوم" in text or "الفقيد" in text:
        for m in _ARABIC_MOURNED.finditer(text):
            group = "name" if m.group("name") is not None else "late"
            runs.append((m.start(group), m.end(group)))
    for start, end in runs:
        got = _script_words(text, start, end)
        if got is not None:
            spans.append(Span(*got, KIND, RULE, SCORE))
    return spans
