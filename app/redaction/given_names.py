"""Person names spaCy's NER misses, found from what a word is and how the tagger read it:
a capitalised proper noun that is a known given name, or that the model's vocabulary does
not know at all, together with the capitalised words around it.

The given names are the ~45,000 first names of 50-odd countries in Jörg Michael's name
dictionary (`nam_dict.txt`, GNU FDL, shipped by the `gender-guesser` package; only its
data file is read). It is independent of everything the evaluation generates names
from (Faker, names-dataset), so the evaluation still measures generalisation.

The rules work on `Word`s (what `text.py` takes from the spaCy doc the analyzer already
made), so this module needs no model and its rules are tested without one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Final

from app.redaction import fast_regex
from app.redaction.name_forms import COMMON
from app.redaction.name_guards import FOREIGN_COMMON, ROLE_NOUNS, looks_like_drug
from app.redaction.names import CUE, KIND, is_cue_word, is_title
from app.redaction.patterns import MONTHS, WEEKDAYS
from app.redaction.spans import Span
from app.redaction.surname_sets import KOREAN_LATIN
from app.redaction.wordtrie import word_list

GIVEN_RULE: Final = "given_name_gazetteer"
UNKNOWN_RULE: Final = "unknown_proper_nouns"
FIELD_RULE: Final = "lower_case_name_field"
_GIVEN_SCORE: Final = 0.45  # below the structured rules: a date read as a name stays a date


@dataclass(frozen=True)
class Word:
    """One token of the analysed text, as the rules need it."""

    start: int
    end: int
    text: str
    tag: str  # Penn tag ("NNP")
    ent: str  # spaCy's entity label, "" when none
    known: bool  # the model's vocabulary has a vector for it (a common word or name)


# Pure functions of one word that the name rules ask of every token, many times per
# document: answered once each (the same words come back in every document).
@functools.lru_cache(maxsize=8192)
def fold_accents(word: str) -> str:
    """`word` in lower case without its accents ("Łucja" -> "łucja", "José" -> "jose")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def given_names() -> frozenset[str]:
    """Folded given names (accents stripped, lower case) from the name dictionary, words
    that are more often something else ("June") included; `_is_given` leaves those out."""
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    names: set[str] = set()
    with data.open(encoding="iso-8859-1") as lines:
        for line in lines:
            if line[:1] in "#=" or len(line) < 30:
                continue
            name = line[3:29].strip()
            if len(name) < 2 or "<" in name:  # "<" starts the dictionary's own escapes
                continue
            names.add(fold_accents(name.replace("+", "-")))
            names.update(fold_accents(part) for part in name.split("+") if len(part) > 1)
    return frozenset(names)


# Words the dictionary lists as given names that stand in notes as ordinary words, places
# or calendar names far more often than as a person.
_NOT_GIVEN: Final = frozenset(
    word_list(
        """
    may june april august will mark grace hope faith joy patience charity mercy honor
    honour rose iris ivy holly dawn summer autumn winter sunny sky rain storm ward bay van
    major art jack chase hunter carter page sterling guy bill pat sue don gene ray man
    boy son young king long gray grey angel christian victoria florence paris georgia
    virginia jordan israel india china kenya sydney lincoln austin dallas houston denver
    chelsea london milan roma berlin vienna adelaide regina carolina dakota asia africa
    america europe sierra nevada memory harmony unity liberty justice baby doctor nurse
    sister brother father mother patient monday tuesday wednesday thursday friday
    saturday sunday nil ad royal general western eastern northern southern central
    national regional university memorial bell stroke due visa
    """
    )
) | frozenset(fold_accents(m) for m in MONTHS)

# Capitalised words that end a name or stand before one without being part of it.
_STOP: Final = frozenset(
    word_list(
        """
    hospital clinic centre center medical health healthcare street st road rd avenue ave
    lane ln way drive dr close court ct place square park ward unit bank building house
    trust university college school group ltd inc llc plc gmbh foundation insurance
    church station airport hall department dept team office service services practice
    surgery pharmacy institute infirmary hospice home nursing care lab laboratory
    patient client customer employee applicant claimant member mother father sister
    brother daughter son wife husband partner guardian consultant doctor nurse manager
    agent analyst officer adviser advisor clerk supervisor investigator handler assessor
    caseworker engineer technician therapist physio midwife surgeon registrar resident
    intern student teacher pharmacist dentist paramedic caller rep representative
    director head lead chair secretary coordinator approver reviewer author owner
    dear hi hello thanks regards from to cc subject re fwd date signed witness attendees
    approvals message reference account room fraud callback next kin gp md phd rn
    mbbs frcp jr jnr sr snr ii iii
    """
    )
)
_PARTICLES: Final = frozenset(
    word_list(
        "van der den de da di del della dos das du le la von zu bin binti bint al el ap ab "
        "ben ter ten mac o ó ní nic ui y e"
    )
)
_FOREIGN_OR_ROLE: Final = frozenset(fold_accents(w) for w in FOREIGN_COMMON | ROLE_NOUNS)
_PROPER: Final = frozenset({"NNP", "NNPS"})
_CONTENT_TAGS: Final = frozenset({"NN", "JJ", "FW", "XX", "VB"})
# A name word the model placed as one of these is a place or a date ("Florence", "June").
# Other labels on a name (EVENT, PRODUCT, ORG, and FAC once a surname follows) are the
# model misreading rare names; a lone word it calls a building stays a building.
_NOT_PERSON_ENTS: Final = frozenset({"GPE", "LOC", "DATE", "TIME"})
_NOT_LONE_PERSON_ENTS: Final = _NOT_PERSON_ENTS | {"FAC"}
# A clock time right before a word: the model then reads the word as the time's too ("12:15
# Donna — lunch" is one TIME), as a care log, a visit log or a rota writes an entry's
# author after its time. The word itself is no time.
_CLOCK_BEFORE = fast_regex.compile(
    r"(?<![\d:])\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?[ \t]{1,3}\Z"
)


def _barred(text: str, word: Word, barred: frozenset[str]) -> bool:
    """The model placed `word` as a place or a date (`barred`), not only because a clock
    time stands before it."""
    if word.ent not in barred:
        return False
    if word.ent not in ("DATE", "TIME"):
        return True
    return _CLOCK_BEFORE.search(text, max(0, word.start - 16), word.start) is None


def _capitalised(text: str) -> bool:
    # (the first letter first: most words are in lower case, and that answers at once)
    return (
        text[:1].isupper()
        and all(c.isalpha() or c in "'’-" for c in text)
        and sum(c.isalpha() for c in text) >= 2
    )


# Cyrillic letters in Latin, twice: as English-language passports and registers write them
# (BGN/PCGN: "Юлия" -> "yuliya") and as the Slavic Latin alphabets do ("julija"), since the
# name dictionary lists a name in its country's spelling. Letters of Russian, Ukrainian,
# Belarusian, Bulgarian, Serbian and Macedonian.
_CYRILLIC_BGN: Final = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэіўјґ", "abvgdeziyklmnoprstufyeiujg", strict=True)),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"},
        **{"ъ": "", "ь": "", "ю": "yu", "я": "ya", "ї": "yi", "є": "ye", "љ": "lj", "њ": "nj"},
        **{"ћ": "c", "ђ": "dj", "џ": "dz", "ќ": "k", "ѓ": "g", "ѕ": "dz"},
    }
)
_CYRILLIC_SLAVIC: Final = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэіўјґ", "abvgdezijklmnoprstufyeiujg", strict=True)),
        **{"ё": "e", "ж": "z", "х": "h", "ц": "c", "ч": "c", "ш": "s", "щ": "sc"},
        **{"ъ": "", "ь": "", "ю": "ju", "я": "ja", "ї": "ji", "є": "je", "љ": "lj", "њ": "nj"},
        **{"ћ": "c", "ђ": "dj", "џ": "dz", "ќ": "k", "ѓ": "g", "ѕ": "dz"},
    }
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _spellings(text: str) -> tuple[str, ...]:
    """`text` folded, and for a capitalised Cyrillic word its Latin spellings too (a
    lower-case one is an ordinary word: "день" is no "Den")."""
    folded = fold_accents(text)
    if not _CYRILLIC.match(folded) or not text[:1].isupper():
        return (folded,)
    lower = text.casefold()
    return folded, lower.translate(_CYRILLIC_BGN), lower.translate(_CYRILLIC_SLAVIC)


@functools.lru_cache(maxsize=8192)
def is_given_name(text: str) -> bool:
    """`text` is a given name, not a word that is more often something else."""
    names = given_names()
    return any(f in names and f not in _NOT_GIVEN and f not in _STOP for f in _spellings(text))


def _is_given(word: Word) -> bool:
    return is_given_name(word.text)


def _in_dictionary(word: Word) -> bool:
    """In the name dictionary, even as a word that is more often something else."""
    names = given_names()
    return any(f in names for f in _spellings(word.text))


def _name_word(word: Word) -> bool:
    """A word that may be part of a person's name."""
    if not _capitalised(word.text) or is_title(word.text) or fold_accents(word.text) in _STOP:
        return False
    if is_cue_word(word.text) and not is_given_name(word.text):
        return False  # "Cordialement", "Adı Soyadı", "Paciente": a sign-off or a label
    if fold_accents(word.text) in _FOREIGN_OR_ROLE and not is_given_name(word.text):
        return False  # "Dziękuję", "Teşekkür": a word of another language, not a name
    if looks_like_drug(word.text):
        return False  # "Rosuvastatin", "Adalimumab": an INN stem
    if word.tag in _PROPER or word.text.isupper() or not word.known:
        return True
    # A given name the tagger reads as a function word is that word ("Per", "Will").
    return _is_given(word) and word.tag[:2] in _CONTENT_TAGS


def _runs(text: str, words: Sequence[Word]) -> Iterator[list[Word]]:
    """Maximal runs of name words on one line, joined by spaces, hyphens or particles
    ("Ana dos Santos-Lima")."""
    run: list[Word] = []
    pending: list[Word] = []  # particles and hyphens waiting for the next name word
    for word in words:
        if run:
            gap = text[(pending or run)[-1].end : word.start]
            if "\n" in gap or len(gap) > 2 or "," in gap:
                yield run
                run, pending = [], []
        if _name_word(word):
            run.extend(pending)
            pending = []
            run.append(word)
        elif run and (word.text in ("-", "‐") or fold_accents(word.text) in _PARTICLES):
            pending.append(word)
        elif run:
            yield run
            run, pending = [], []
    if run:
        yield run


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"  # not ":" or ";": lists of names follow those


# Words that open a sentence and are then read as proper nouns ("Later Eze-Okonkwo rang").
_SENTENCE_OPENERS: Final = frozenset(
    word_list(
        """
    later then today yesterday tonight also still after afterwards before when once
    sadly overall however meanwhile subsequently unfortunately fortunately additionally
    next finally initially eventually again here there now since while although though
    unless please kindly urgent note update recently previously currently today's
    """
    )
)


def _trimmed(text: str, run: list[Word]) -> list[Word]:
    """The run without a sentence opener that only stands capitalised because it starts
    the sentence ("Later Eze-Okonkwo rang")."""
    first = run[0]
    if (
        len(run) > 1
        and first.text.casefold() in _SENTENCE_OPENERS
        and _sentence_start(text, first.start)
    ):
        rest = run[1:]
        while rest and not _capitalised(rest[0].text):  # a particle left in front
            rest = rest[1:]
        return rest
    return run


_COLON = re.compile(r"[ \t]*:(?!//)")  # "Kennzeichen:", "Alter:": a form's label


def _without_cue(text: str, run: list[Word]) -> list[Word]:
    """The run without a cue phrase of several words at its start ("Trân trọng",
    "Bien à vous"): each word may be a given name; together they are a sign-off."""
    if not run:
        return run
    m = CUE.match(text, run[0].start)
    cue = m.group("strong") or m.group("weak") if m else None
    if not cue or not any(c.isspace() for c in cue):
        return run
    end = run[0].start + len(cue)
    return [w for w in run if w.start >= end]


# After a label word, a number: "PESEL 44051401359", "Kimlik No: ...".
_LABEL_BEFORE_NUMBER = re.compile(
    r"[ \t]*(?:No\.?|Nr\.?|n[º°o]\.?|#|number)?[ \t]*:?[ \t]*[A-Z]{0,3}[-/]?\d"
)


def find_given_names(text: str, words: Sequence[Word]) -> list[Span]:
    """Persons found from given names and from proper nouns the model does not know."""
    spans: list[Span] = []
    for found in _runs(text, words):
        run = _without_cue(text, _trimmed(text, found))
        if not run:
            continue
        names = [w for w in run if _capitalised(w.text)]
        barred = _NOT_PERSON_ENTS if len(names) >= 2 else _NOT_LONE_PERSON_ENTS
        # A short word in capitals is an acronym ("NMC PIN") here; names in capitals
        # are read by the capitals pass (text.caps_names).
        names = [w for w in names if not (w.text.isupper() and len(w.text) <= 4)]
        given = [w for w in names if _is_given(w) and not _barred(text, w, barred)]
        unknown = [w for w in names if not w.known and not _barred(text, w, barred)]
        label = _LABEL_BEFORE_NUMBER.match(text, run[-1].end) or _COLON.match(text, run[-1].end)
        if (len(names) == 1 and names[0].text.isupper()) or (label and not given):
            continue  # an acronym or a label ("IBAN", "PESEL 4405...", "NMC PIN 12A..")
        # A dictionary name and a word the model has never seen read as a person even where
        # the model placed them ("Milan Jagarinec"): no place is named like that.
        if (
            len(names) >= 2
            and not given
            and any(_in_dictionary(w) for w in names)
            and any(not w.known for w in names)
        ):
            given = names
        if given and (len(names) >= 2 or given[0].tag in _PROPER):
            spans.append(Span(run[0].start, run[-1].end, KIND, GIVEN_RULE, _GIVEN_SCORE))
        elif unknown and (len(names) >= 2 or unknown[0].tag in _PROPER):
            spans.append(Span(run[0].start, run[-1].end, KIND, UNKNOWN_RULE, _GIVEN_SCORE))
    return spans


# "ok thanks daniel", "hi maria,", "Thanks - marie": a lower-case given name after a
# greeting or thanks.
_LOWER_AFTER_GREETING = fast_regex.compile(
    # A look-behind (variable length: the `regex` module) so "ok thanks daniel" is read
    # at "daniel" even though "ok thanks" is a greeting followed by a word too.
    r"(?<=(?i:(?<![\w])(?:thanks|thank[ \t]you|thx|ty|hi|hey|hiya|hello|bye|cheers|"
    r"morning|evening|night|sorry|ok|okay|sure|yes|no|dear|welcome|congrats|love|regards|"
    r"rgds|sincerely|warmly|best))"
    # a comma, or a dash before a sign-off's name ("Thanks - marie", "cheers — tom"), or
    # the line's end: a sign-off's name alone on the next line ("thanks!\nmarie")
    r"(?:(?:,|[ \t]{0,2}[-–—])?[ \t]{1,3}|(?P<eol>[,.!]?[ \t]*\r?\n[ \t]*)))"
    r"(?P<name>\p{Ll}[\p{Ll}'’-]{1,30})(?![\w@])"
)
_LINE_END = fast_regex.compile(r"[ \t.!]*(?:\r?\n|$)")


def lower_case_given_names(text: str) -> list[Span]:
    """Given names written in lower case after a greeting or thanks, as chats write them;
    on the line after it, the name must stand alone."""
    spans = []
    for m in _LOWER_AFTER_GREETING.finditer(text):
        name = m.group("name")
        if not is_given_name(name) or name.casefold() in COMMON:
            continue
        if "\n" in text[max(0, m.start() - 4) : m.start()] and not _LINE_END.match(text, m.end()):
            continue
        spans.append(
            Span(m.start("name"), m.end("name"), KIND, "lower_case_given_name", _GIVEN_SCORE)
        )
    return spans


# "call Besarion on ...", "ask Ngozi", "tell Mehmet": the object of a verb of contacting
# is a person or a desk ("call Pharmacy"); a dictionary given name there is a person's.
_CONTACTED = fast_regex.compile(
    r"(?<![\w])(?i:call|phone|ring|text|page|bleep|ask|tell|contact|email|e-mail|message|"
    r"ping|inform|notify|remind|thank|thanks)[ \t]{1,2}(?P<name>\p{Lu}\p{Ll}{2,30})(?![\w@.]|\.\w)"
)


# "received by Dawn", "checked by Joy", "handed over by Andre": the agent of what a record
# says was done to a patient, a sample or a document is a person or a desk ("seen by
# Cardiology"). A capitalised word there that the dictionary holds is a given name, even one
# that is more often a word elsewhere ("Dawn", "Joy", "Will"); not a month or a weekday.
_DONE_BY = fast_regex.compile(
    r"(?<![\w])(?i:seen|received|handed[ \t]over|handed|checked|double-checked|witnessed|"
    r"signed|countersigned|verified|reviewed|authori[sz]ed|approved|prepared|dictated|"
    r"transcribed|examined|assessed|triaged|admitted|discharged|reported|completed|"
    r"collected|dispensed|administered|accompanied|relieved|covered|escorted)"
    r"[ \t]by[ \t](?P<name>\p{Lu}\p{Ll}{2,30})(?![\w@]|\.\w|[ \t]\p{Lu}\p{Ll})"
)
_CALENDAR: Final = frozenset(fold_accents(w) for w in (*MONTHS, *WEEKDAYS))


def _plain_word(name: str) -> bool:
    """A common word, a role, a cue or title, a drug or another language's word that the
    dictionary also holds."""
    folded = name.casefold()
    if folded in COMMON or folded in FOREIGN_COMMON or folded in ROLE_NOUNS:
        return True
    return is_cue_word(folded) or is_title(folded) or looks_like_drug(name)


def contacted_given_names(text: str) -> list[Span]:
    """A capitalised given name after a verb of contacting (`_CONTACTED`), and a dictionary
    name as the agent of what was done (`_DONE_BY`); never a common word, a role, a drug or
    another language's word that the dictionary also holds."""
    spans = []
    for m in _CONTACTED.finditer(text):
        name = m.group("name")
        if not _plain_word(name) and is_given_name(name):
            spans.append(Span(m.start("name"), m.end("name"), KIND, GIVEN_RULE, _GIVEN_SCORE))
    if " by " not in text:
        return spans
    for m in _DONE_BY.finditer(text):
        name = m.group("name")
        folded = fold_accents(name)
        if not _plain_word(name) and folded in given_names() and folded not in _CALENDAR:
            spans.append(Span(m.start("name"), m.end("name"), KIND, GIVEN_RULE, _GIVEN_SCORE))
    return spans


def words_of(doc: Iterable[object]) -> list[Word]:
    """`Word`s from a spaCy doc (duck-typed, so this module imports no spaCy). Only a word
    starting with a capital is asked whether the vocabulary knows it: the rules ask
    nothing else, and the lookup is most of this function's cost."""
    return [
        Word(
            t.idx,  # type: ignore[attr-defined]
            t.idx + len(t.text),  # type: ignore[attr-defined]
            t.text,  # type: ignore[attr-defined]
            t.tag_,  # type: ignore[attr-defined]
            t.ent_type_,  # type: ignore[attr-defined]
            not t.text[:1].isupper() or bool(t.has_vector),  # type: ignore[attr-defined]
        )
        for t in doc
    ]


# A "name" field of a note typed in lower case ("name otman malak // dob ..."): its value
# runs to the field's separator or the line's end.
# Letters that romanisations write for a sound Latin has no letter for: ayin and aleph
# (ISO 259 for Hebrew, ALA-LC and DIN 31635 for Arabic and Persian: "`", "'", "ʿ", "ʾ"),
# a Georgian aspirate or ejective ("`", "'", "ʼ"), the Hawaiian ʻokina. A word holding one
# is no English word ("y`l", "'bd").
_MARKS: Final = "'’`ʼʻʿʾ"
_MARKED: Final = frozenset(_MARKS)
_FIELD_WORD = rf"[{_MARKS}]?\p{{Ll}}[\p{{Ll}}\p{{M}}{_MARKS}-]*"
_LOWER_NAME_FIELD = fast_regex.compile(
    r"(?m:^[ \t]*(?:(?i:(?:full|patient|pt|client|customer|caller)[ \t])?(?i:name)"
    r"|(?P<party>(?i:claimant|applicant|insured|policyholder|beneficiary)(?=[ \t]*:)))"
    rf"[ \t]*[:=-]?[ \t]+(?P<name>{_FIELD_WORD}(?:[ \t]{_FIELD_WORD}){{1,3}})"
    r"(?:[ \t]*(?=$|//|[|;,]|[ \t]-[ \t])|(?P<gap>[ \t]{2,}(?=\S)|[ \t]+(?=\()))"
    ")"
)
_FIELD_TRIGGER = fast_regex.Trigger(
    _LOWER_NAME_FIELD, ("name", "claimant", "applicant", "insured", "policyholder", "beneficiary")
)


def _answer_word(word: str) -> bool:
    """A word that may stand in a name: no function word ("no", "of", "not") unless it is
    also a name ("An", "Jo")."""
    folded = word.casefold()
    return folded not in COMMON or fold_accents(word) in given_names() or folded in KOREAN_LATIN


def lower_case_name_fields(text: str) -> list[Span]:
    """The value of a lower-case "name" field (`_LOWER_NAME_FIELD`), as quick notes and
    chats type it: two to four words, one of them a dictionary given name and none a
    function word that is no name ("name badge missing", "name of the drug" stay). A
    value that fills its field (the line's end, a column gap before the next field, a
    gloss in brackets) and is a party's ("Claimant:") or follows "name" and a colon may
    instead be a romanisation no dictionary holds ("Name: mrym `zry   ID: …"): each word
    then unknown to English or holding a romanisation's ayin or aleph mark."""
    if not _FIELD_TRIGGER.holds(text):
        return []
    spans = []
    for m in _LOWER_NAME_FIELD.finditer(text):
        words = m.group("name").split()
        if not all(_answer_word(w) for w in words):
            continue
        given = m.group("party") is None and any(is_given_name(w) for w in words)
        labelled = bool(m.group("party")) or ":" in text[m.start() : m.start("name")]
        if given or (labelled and all(_romanised_word(w) for w in words)):
            spans.append(Span(m.start("name"), m.end("name"), KIND, FIELD_RULE, _GIVEN_SCORE))
    return spans


def _romanised_word(word: str) -> bool:
    """A word of a romanised name no dictionary holds: one with an ayin or aleph mark
    ("y`l", "'b"), or one English does not know (WordNet, spaCy's stop words), even when
    another language writes it as a function word (a romanised syllable often is one)."""
    from app.redaction.lower_case_names import english_senses, name_word  # noqa: PLC0415

    if _MARKED.intersection(word.strip("'’")) or word[:1] in _MARKED:
        return any(c.isalpha() for c in word)
    if name_word(word) is not None:
        return True
    return word.isalpha() and len(word) >= 2 and not any(english_senses(word))
