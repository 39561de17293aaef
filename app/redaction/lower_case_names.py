"""Person names written all in lower case: speech-to-text transcripts, chat turns, notes
typed without capitals and lower-cased exports ("pt siân meredith seen on ward round",
"wife uğur at bedside", "clinic letter for giacinto gualtieri"). The capital-letter rules
and spaCy see nothing there; what is left is what each word is.

A lower-case word reads as part of a name when the name dictionary (`given_names`) holds
it and English does not, or when English does not know it at all. English is the lemma
index of WordNet 3.0 (nouns, verbs, adjectives, adverbs, ~91,000 lemmas with their
irregular forms and inflection rules) that the installed spaCy model ships for its
lemmatizer, and spaCy's English stop words: no new data, no download. WordNet lists some
given names as nouns ("john", "simon", "meredith"); a dictionary given name that WordNet
holds only as a noun is still a name's word, one it holds as a verb or an adjective is
not ("mark", "will", "grace", "dawn", "bill", "rose").

A run of such words (up to three, at most one of them unknown to English) is a person:
- after a word that says a person follows: a relative ("wife", "husband", "son"), the
  patient or client, a title of address ("mr", "dr", "doctor") — one given name alone
  will do there; after a title also one word English does not know ("dr galdikas"), after
  a relative one the model's vocabulary lacks as well ("wife uğur");
- or alone on a line after a sign-off dash ("-- julia", "— alice"): the signature
  delimiter of mail and news (RFC 3676 section 4.3) and of handwritten notes and sticky
  notes, after which the writer signs; a dictionary given name there is the writer's;
- or, two or three together with a given name among them, on a line written in lower case
  (no capitalised word but a month or weekday name, which dates bring in) and in English
  (no fewer of its function words than of another language's): the capital-letter rules
  failed there, so the words themselves must tell.
Other languages' function words, drugs, roles, headings and the common words are never a
name's; nor is a Vietnamese syllable the given name of a run (each is a word).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import fold_accents, given_names, is_given_name
from app.redaction.name_forms import COMMON
from app.redaction.name_guards import (
    FOREIGN_COMMON,
    HEADING_WORDS,
    ROLE_NOUNS,
    any_other_language_stop_words,
    clinical_phrase,
    looks_like_drug,
    other_language_word,
)
from app.redaction.names import KIND, is_title
from app.redaction.patterns import MONTHS, WEEKDAYS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

LOWER_RULE: Final = "lower_case_name"
_SCORE: Final = 0.5


def _knows_nothing(word: str) -> bool:
    return False


@dataclass(frozen=True)
class _Lexicon:
    """WordNet's lemmas by part of speech, its irregular forms, and the suffix rules that
    take a regular form back to its lemma ("reviewed" -> "review")."""

    nouns: frozenset[str]
    others: frozenset[str]  # verbs, adjectives and adverbs
    noun_forms: frozenset[str]
    other_forms: frozenset[str]
    noun_rules: tuple[tuple[str, str], ...]
    other_rules: tuple[tuple[str, str], ...]
    stop_words: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    from spacy.lookups import Lookups  # noqa: PLC0415 - only once a lower-case text comes

    from app.redaction.analyzer import model_path  # noqa: PLC0415

    tables = Lookups().from_disk(model_path() / "lemmatizer" / "lookups")
    index = tables.get_table("lemma_index")
    forms = tables.get_table("lemma_exc")
    rules = tables.get_table("lemma_rules")
    others = ("verb", "adj", "adv")
    stop_words = importlib.import_module("spacy.lang.en.stop_words").STOP_WORDS
    return _Lexicon(
        nouns=frozenset(index["noun"]),
        others=frozenset(w for pos in others for w in index[pos]),
        noun_forms=frozenset(forms["noun"]),
        other_forms=frozenset(f for pos in others for f in forms[pos]),
        noun_rules=tuple((old, new) for old, new in rules["noun"]),
        other_rules=tuple((old, new) for pos in ("verb", "adj") for old, new in rules[pos]),
        stop_words=frozenset(stop_words),
    )


def _holds(
    word: str, lemmas: frozenset[str], forms: frozenset[str], rules: tuple[tuple[str, str], ...]
) -> bool:
    if word in lemmas or word in forms:
        return True
    return any(
        word.endswith(old) and len(word) > len(old) and word[: len(word) - len(old)] + new in lemmas
        for old, new in rules
    )


def english_senses(word: str) -> tuple[bool, bool]:
    """Whether English (WordNet, spaCy's stop words) holds lower-case `word` as a noun, and
    as anything else (a verb, an adjective, an adverb or a function word)."""
    lex = _lexicon()
    other = word in lex.stop_words or _holds(word, lex.others, lex.other_forms, lex.other_rules)
    return _holds(word, lex.nouns, lex.noun_forms, lex.noun_rules), other


_CALENDAR: Final = frozenset(fold_accents(w) for w in (*MONTHS, *WEEKDAYS))


def known_word(word: str) -> bool:
    """English holds lower-case `word` in some sense, or it is of a closed class: a word,
    no one's name."""
    return any(english_senses(word)) or closed_class_word(word)


def closed_class_word(word: str) -> bool:
    """A word of a closed class that is no name's: common, a role, a heading, a title,
    another language's function word or document noun, a drug, a month."""
    return (
        word in COMMON
        or word in FOREIGN_COMMON
        or word in ROLE_NOUNS
        or word in HEADING_WORDS
        or word in _CALENDAR
        or word in any_other_language_stop_words()
        or is_title(word)
        or looks_like_drug(word)
        or other_language_word(word)
    )


GIVEN: Final = "given"
STRANGE: Final = "strange"


@functools.lru_cache(maxsize=8192)
def name_word(word: str) -> str | None:
    """`GIVEN` for a dictionary given name English holds at most as a noun ("siân",
    "simon"), `STRANGE` for a word English does not know ("gualtieri", "uğur"), None for
    any other word. Every part of a hyphenated word must be one of the two."""
    parts = word.split("-")
    kinds = [_part_kind(p) for p in parts]
    if any(k is None for k in kinds):
        return None
    return GIVEN if GIVEN in kinds else STRANGE


def _latin(part: str) -> bool:
    """Letters of the Latin script only (other scripts' runs are `script_runs`' to read)."""
    return all(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in part)


# Letters only Vietnamese writes (its tone marks and horned vowels): every syllable of the
# language is a word, and without its marks many read as a dictionary name ("viện").
_VIETNAMESE = fast_regex.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def _part_kind(part: str) -> str | None:
    bare = part.replace("'", "").replace("’", "")
    if len(part) < 2 or not bare.isalpha() or not _latin(bare):
        return None
    if closed_class_word(part):
        return None
    noun, other = english_senses(part)
    if other:
        return None
    if is_given_name(part) and len(part) >= 3 and not _VIETNAMESE.search(part):
        return GIVEN
    if noun or fold_accents(part) in given_names():
        return None  # a noun, or a dictionary name that is more often a word ("june")
    return STRANGE


# A lower-case word standing alone: not part of a handle, an address, a path or a domain.
_WORD = fast_regex.compile(
    r"(?<![\w.@/\\_'’-])(?P<word>\p{Ll}[\p{Ll}\p{M}]*(?:['’]\p{Ll}[\p{Ll}\p{M}]*)?"
    r"(?:-\p{Ll}[\p{Ll}\p{M}]*){0,2})(?![\w@/\\_]|[.'’-]\w)"
)
# Words after which a person is named: a relative, the patient or client, a title of
# address, written in lower case as transcripts and quick notes write them.
_RELATIVES: Final = frozenset(
    word_list(
        """
    wife husband partner spouse son daughter mother father mum mom dad brother sister
    sibling grandson granddaughter grandmother grandfather grandma grandpa aunt uncle
    niece nephew cousin fiance fiancee boyfriend girlfriend friend neighbour neighbor
    carer caregiver guardian widow widower stepson stepdaughter stepmother stepfather
    """
    )
)
# Titles of address: what follows one is a surname ("dr galdikas"), a word no list knows.
# Those of French, Italian, Spanish, Portuguese and German too, which their speakers' own
# transcripts write in lower case ("du docteur tardif", "la dottoressa gallo").
_TITLES: Final = frozenset(
    word_list(
        """
    mr mrs ms miss mx dr doctor prof professor docteur dottore dottoressa dott doctora
    doutor doutora doktor monsieur madame mademoiselle señor señora senhor senhora
    """
    )
)
# A speaker naming themself, as voicemail and call transcripts begin ("bonjour c'est
# alexis savard du cabinet", "hola soy marta ibarra", "hi this is dana"): a run with a
# given name in it after one is the speaker, in any language's line.
_INTRODUCTIONS: Final = frozenset(
    {"c'est", "c’est", "je suis", "soy", "sono", "ich bin", "hier ist", "this is"}
)
_CUES: Final = (
    _RELATIVES | _TITLES | _INTRODUCTIONS | frozenset(word_list("pt patient client resident"))
)
# A cue and the lower-case word after it, found with `re` (a word list leads: see fast_regex).
# The name may stand in brackets, as an apposition: "wife (elyas) says", "son (tom)".
_CUE = fast_regex.compile(
    rf"(?<![\w])(?P<cue>(?i:{trie_pattern(sorted(_CUES))}))"
    r"(?:[.:]?[ \t]{1,2}|[ \t]{0,2}\((?=[^\W\d_A-Z]+\)))(?=[^\W\d_A-Z])",
    word_led=True,
)
_CAPITALISED = fast_regex.compile(r"(?<![\w])\p{Lu}\p{Ll}+")


def _lower_case_line(line: str) -> bool:
    """A line written in lower case: it starts with a lower-case letter and no word in it
    is capitalised but a month's or weekday's name (a date format brings those in)."""
    first = next((c for c in line if c.isalpha()), "")
    if not first or not first.islower():
        return False
    return all(fold_accents(m.group()) in _CALENDAR for m in _CAPITALISED.finditer(line))


Run = list[tuple[int, int, str]]


def _runs(line: str, pos: int = 0, endpos: int | None = None) -> Iterator[Run]:
    """Runs of name words (start, end, kind) joined by one space, at most three long and
    with at most one word English does not know (a name is given names and a surname:
    "consuelo ramirez", not the verb after it)."""
    run: Run = []
    for m in _WORD.finditer(line, pos, len(line) if endpos is None else endpos):
        kind = name_word(m.group("word"))
        joined = bool(run) and line[run[-1][1] : m.start()] == " " and len(run) < 3
        joined = joined and not (kind == STRANGE and any(k == STRANGE for _, _, k in run))
        if kind is not None and (joined or not run):
            run.append((m.start(), m.end(), kind))
            continue
        if run:
            yield run
        run = [(m.start(), m.end(), kind)] if kind is not None else []
    if run:
        yield run


def lower_case_names(text: str, known: Callable[[str], bool] = _knows_nothing) -> list[Span]:
    """Persons written in lower case (see the module's docstring); `known` says whether
    the model's vocabulary holds a word (a relative's name may be a word no list has, but
    not one the vocabulary knows, as another language's label would be)."""
    spans: list[Span] = []
    at = 0
    for line in text.splitlines(keepends=True):
        if line.lstrip()[:1] in _DASHES and (signed := _signed(line)):
            found = signed
        elif _lower_case_line(line):
            found = _line_names(line, known)
        elif (cue := _CUE.search(line)) is not None:
            found = _cue_names(line, cue.start(), known)
        else:
            found = []
        spans += [Span(at + s, at + e, KIND, LOWER_RULE, _SCORE) for s, e in sorted(set(found))]
        at += len(line)
    return spans


# A signature: a sign-off dash ("--", an en or em dash) and one lower-case word alone on
# its line. A single hyphen is left out: it opens list items too.
_DASHES: Final = "-\u2013\u2014"
_SIGNED = fast_regex.compile(
    r"[ \t]*(?:--|\u2013|\u2014)[ \t]*(?P<word>\p{Ll}[\p{Ll}\p{M}]+)[ \t]*\r?\n?\Z"
)


def _signed(line: str) -> list[tuple[int, int]]:
    """The given name a writer signs with, alone after a sign-off dash ("-- julia")."""
    m = _SIGNED.match(line)
    if m is None or name_word(m.group("word")) != GIVEN:
        return []
    return [m.span("word")]


def _anchored(line: str, run: Run) -> bool:
    """A given name among the run's words; beside a Vietnamese syllable, one written in
    plain letters ("jane đặng", not "bệnh nhân")."""
    given = [line[s:e] for s, e, kind in run if kind == GIVEN]
    if any(_VIETNAMESE.search(line[s:e]) for s, e, _ in run):
        given = [g for g in given if g.isascii()]
    return bool(given)


_LETTERS = fast_regex.compile(r"\p{L}+")


def _english_line(line: str) -> bool:
    """The line holds no fewer English function words than another language's: a lower-
    case line of Spanish or Italian ("consuelo refiere dolores") is left alone, its
    content words are too often given names."""
    lex = _lexicon()
    others = any_other_language_stop_words()
    english = foreign = 0
    for m in _LETTERS.finditer(line.casefold()):
        word = m.group()
        if word in lex.stop_words or word in COMMON:
            english += 1
        elif word in others:
            foreign += 1
    return english >= foreign


def _line_names(line: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """On a line written in lower case: the names after cues, and, in English, runs of
    two or three name words with a given name among them."""
    found = _cue_names(line, 0, known)
    if not _english_line(line):
        return found
    for run in _runs(line):
        if len(run) >= 2 and _anchored(line, run):
            found.append((run[0][0], run[-1][1]))
    return found


_STREET_BEFORE = fast_regex.compile(r"\d+\p{L}?[ \t]+\p{L}[\p{L}'’-]*[ \t]+$")


def _cue_names(line: str, pos: int, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The name words right after each cue: a run with a given name; after a title one
    word English does not know ("dr galdikas"), after a relative one the model's
    vocabulary lacks too ("wife uğur")."""
    found = []
    for cue in _CUE.finditer(line, pos):
        run = next(_runs(line, cue.end(), min(len(line), cue.end() + 80)), None)
        if run is None or run[0][0] != cue.end():
            if (word_end := _word_surname(line, cue)) > 0:
                found.append((cue.end(), word_end))
            continue
        start, end = run[0][0], run[-1][1]
        word = cue.group("cue").casefold()
        if word == "dr" and _STREET_BEFORE.search(line, max(0, cue.start() - 40), cue.start()):
            continue  # "12 oak dr": the street type "drive", not a doctor
        alone = len(run) == 1 and _ends_phrase(line, end)
        value = line[start:end]
        if word in _RELATIVES and len(run) == 1 and run[0][2] == STRANGE:
            second = _second_strange(line, end, known)
            if second:
                found.append((start, second))  # "my mother smail mimo", "mother sk bhuiyan"
                continue
        if word in _RELATIVES and len(run) == 1 and (second := _surname_then_pronoun(line, end)):
            found.append((start, second))  # "my mom betty sharp uh she's": any surname
            continue
        if (
            _anchored(line, run)
            or (alone and word in _TITLES)
            or (alone and word in _RELATIVES and (not known(value) or _abjad_skeleton(value)))
        ):
            found.append((start, end))
    return found


# A surname that is also an English word ("ms tailor", "doctor price"), told from the
# title's noun phrase ("the doctor visit") by what comes after it: the clause or the
# sentence moves on (a question word, a verb of speech, a dictation command or a stop).
_CLAUSE_AFTER = fast_regex.compile(
    r"[ \t]*(?:[,.;:!?)\n]|$|(?:what|who|where|when|how|is|was|said|says|asked|please"
    r"|new paragraph|new line|full stop|period|comma|thank|thanks)(?![\p{L}]))"
)
_ARTICLE_BEFORE = fast_regex.compile(
    r"(?:^|[^\p{L}])(?:the|a|an|my|your|his|her|our|their|this|that|of|ms|ms\.)[ \t]+$"
)
_ENGLISH_TITLES: Final = frozenset(word_list("mr mrs ms miss mx dr doctor"))


def _word_surname(line: str, cue: re.Match[str]) -> int:
    """Where a one-word surname English holds as a noun ends, right after an English title
    of address and before the clause moves on (`_CLAUSE_AFTER`); else 0. Not after an
    article or a possessive ("the doctor visit", "my doctor said"), not a function word,
    a common or clinical word or a verb's form."""
    if cue.group("cue").casefold() not in _ENGLISH_TITLES:
        return 0
    m = _WORD.match(line, cue.end())
    if m is None or len(word := m.group("word")) < 3 or "-" in word:
        return 0
    if _CLAUSE_AFTER.match(line, m.end()) is None:
        return 0
    if _ARTICLE_BEFORE.search(line, max(0, cue.start() - 12), cue.start()):
        return 0
    lex = _lexicon()
    if word in lex.stop_words or closed_class_word(word) or clinical_phrase(word):
        return 0
    if word in lex.other_forms or not _holds(word, lex.nouns, lex.noun_forms, ()):
        return 0
    end: int = m.end()
    return end


def _second_strange(line: str, end: int, known: Callable[[str], bool]) -> int:
    """Where a second word English does not know ends, one blank after the first, when
    the model's vocabulary lacks it too and the clause goes on after it: a relative's name
    is a given name and a surname, both strange to English ("mother smail mimo"); else 0."""
    if line[end : end + 1] != " ":
        return 0
    m = _WORD.match(line, end + 1)
    if m is None or name_word(m.group("word")) != STRANGE or known(m.group("word")):
        return 0
    return m.end() if _ends_phrase(line, m.end()) else 0


# What resumes a transcript's clause after a relative's name: a filler or a subject
# pronoun ("my mom betty sharp uh she's 92", "mother smail mimo she was born").
_RESUMES = fast_regex.compile(r"[ ,]{1,2}(?:uh|um|er|erm|she|he|they|who)(?![\p{L}])")
_NOT_SURNAMES: Final = frozenset(word_list("upstairs downstairs tonight outside inside"))


def _surname_then_pronoun(line: str, end: int) -> int:
    """Where the word one blank after a relative's one-word name ends, when a filler or a
    subject pronoun follows it: the name's surname, whatever English makes of the word
    ("sharp", "mimo"); else 0. A function word, a common word or a title is none."""
    if line[end : end + 1] != " ":
        return 0
    m = _WORD.match(line, end + 1)
    if m is None or _RESUMES.match(line, m.end()) is None:
        return 0
    word = m.group("word")
    lex = _lexicon()
    if word in lex.stop_words or word in COMMON or word in _CUES or word in _NOT_SURNAMES:
        return 0
    # an inflected verb ("my wife anna said she", "says he", "called they"): no surname
    inflected = word in lex.other_forms or (
        word not in lex.others and _holds(word, lex.others, lex.other_forms, lex.other_rules)
    )
    return 0 if inflected or is_title(word) or "-" in word else m.end()


# A romanised name of an abjad (Hebrew, Arabic, Persian) written letter by letter: the
# short vowels are not written, a long i and the consonant yod/ya are "y" (ISO 259's and
# the simple ASCII schemes' "y"), so "y" is its only vowel letter ("dvyd" for דויד).
_ABJAD_SKELETON = fast_regex.compile(r"[b-df-hj-np-tv-z]*y[b-df-hj-np-tv-z]*")


def _abjad_skeleton(word: str) -> bool:
    """A word of three letters or more whose only vowel letter is "y" (English's such
    words, "gym", "myth", "shy", are known to it and never reach here)."""
    return len(word) >= 3 and _ABJAD_SKELETON.fullmatch(word) is not None


# What may follow a relative's name: the clause goes on or ends; not a label's colon.
_PHRASE_GOES_ON = fast_regex.compile(r"[ \t]*(?:[,.;!?)\n]|$|\p{Ll})")


def _ends_phrase(line: str, end: int) -> bool:
    return _PHRASE_GOES_ON.match(line, end) is not None
