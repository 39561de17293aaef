"""Names spelt out letter by letter: what a caller, a witness or an interviewee says when
asked how a name is written, as transcripts, subtitles and call notes write it down
("that's G-A-R-C-I-A", "Johansson stavas J-O-H-A-N-S-S-O-N", "Park, that's P A R K",
"It's M-A-R" ... "T-I-N"). No capital-letter rule and no model reads single letters
joined by hyphens as a word, let alone a name.

A run of three or more single letters of one case, joined by hyphens (or by single
blanks), is a spelt word. It is a name's:
- when the word it spells is a word of a person found in the same text ("Mike Möller.
  Mit "M-I-K-E" vorne"), whatever English makes of it;
- joined by hyphens, when the word has four letters or more, English does not know it
  and no closed class holds it (`lower_case_names.name_word`): a hyphen between single
  letters is how speech is spelt in writing, and the words so spelt are names, codes and
  the odd "L-A-S-T";
- or when a spelling cue comes shortly before it ("spell your surname", "stavas", "se
  escribe", "buchstabiert"), unless the word is a function word or a common one; the
  spelling may then be a part of the name, cut by a pause ("It's M-A-R" ... "T-I-N").
Letters joined by blanks are also how forms and headings space out capitals ("F A X
C O V E R", "D O B"): only the first and last reasons hold for them.

A text without a letter, a hyphen or blank and a letter again costs one regex search.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import fold_accents
from app.redaction.lower_case_names import name_word
from app.redaction.name_forms import COMMON
from app.redaction.names import KIND
from app.redaction.spans import Span

SPELT_RULE: Final = "spelt_name"
_SCORE: Final = 0.6

# Three or more single letters of one case joined by one kind of joint: hyphens (or the
# dashes speech-to-text writes) or single blanks; not inside a longer word or code.
_SPELT = fast_regex.compile(
    r"(?<![\w\-‐‑])(?:"
    r"(?P<hu>\p{Lu}(?:[\-‐‑]\p{Lu}){2,})|(?P<hl>\p{Ll}(?:[\-‐‑]\p{Ll}){2,})"
    r"|(?P<bu>\p{Lu}(?: \p{Lu}){2,})|(?P<bl>\p{Ll}(?: \p{Ll}){2,})"
    r")(?![\w\-‐‑]|\.\w)"
)
# Words that ask for or announce a spelling, by language: English spell/spelt/spelled/
# spelling, Swedish, Norwegian and Danish stava/stave/stavet, Spanish "se escribe" and
# deletrear, Portuguese soletrar, German buchstabieren and "schreibt sich", French
# "s'écrit" and épeler, Italian "si scrive", Dutch spellen/gespeld, Polish literować.
_CUE = fast_regex.compile(
    r"(?i)(?<!\w)(?:spell|spelt|stav(?:a|as|e|es|et|ar)\b|se escribe|deletre|soletr"
    r"|buchstabi|schreibt sich|geschrieben|s['’]écrit|épel|epel|si scrive|gespeld|spellen"
    r"|literuj)"
)
_CUE_REACH: Final = 160  # about two subtitle cues back: the question, then the answer


def spelt_names(text: str, spans: list[Span]) -> list[Span]:
    """Names spelt letter by letter (see the module's docstring); `spans` are the findings
    so far, whose persons' words a spelling may repeat."""
    m = _SPELT.search(text)
    if m is None:
        return []
    persons: set[str] | None = None
    found = []
    while m is not None:
        group = m.lastgroup or ""
        letters = m.group().replace(" ", "")
        word = fold_accents("".join(c for c in letters if c.isalpha()).casefold())
        if persons is None:
            persons = _person_words(text, spans)
        hyphens = group[0] == "h"
        if word in persons or (
            hyphens
            and _has_vowel(word)
            and ((len(word) >= 4 and name_word(word) is not None) or _cued(text, m.start(), word))
        ):
            found.append(Span(m.start(), m.end(), KIND, SPELT_RULE, _SCORE))
        m = _SPELT.search(text, m.end())
    return found


_WORD = fast_regex.compile(r"\w+")


def _person_words(text: str, spans: list[Span]) -> set[str]:
    """The words of the persons found so far, folded: what a spelling may repeat."""
    return {
        fold_accents(w.group().casefold())
        for s in spans
        if s.kind == KIND
        for w in _WORD.finditer(text, s.start, s.end)
        if len(w.group()) >= 3
    }


def _has_vowel(word: str) -> bool:
    """A vowel letter: no name is spelt without one, acronyms are ("Q-T-C")."""
    return any(c in "aeiouyåäöæøüéáíóú" for c in word)


def _cued(text: str, start: int, word: str) -> bool:
    """A spelling cue shortly before, and a word that may be a name's (not a function word
    or a common one: "spell it L-A-S-T name")."""
    if _CUE.search(text, max(0, start - _CUE_REACH), start) is None:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415 - loaded with the model

    return word not in COMMON and word not in STOP_WORDS
