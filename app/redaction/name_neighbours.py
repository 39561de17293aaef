"""Names that stand beside what identifies them, and the handles people are known by.

- A user handle is a name in lower case joined by a dot or an underscore: "first.last",
  "last.f", "f.last" ("maria.bernal", "padilla.j", "j.okafor"), as e-mail headers, chats,
  ticket logs and audit trails write it. A one-letter part, or a part the given-name
  dictionary knows, makes it a person's; a domain, a file name or code ("example.org",
  "report.pdf", "os.path") is none.
- Before a phone number, after a spaced dash or "on": a capitalised name no word list
  knows is the number's holder ("son back - Guerrier - (11) 2341-2321").
- Beside a person finding: a dictionary given name right before it ("Per Vestergaard",
  where "Per" is also a word), a given name after "Surname," ("Lange, Andre", where both
  are also words of other languages) and a capital without its dot before it
  ("M Garrido") belong to the same name; so does a word English lacks, typed in lower
  case after two capitalised given names ("Davorin Jure žagar,").

Pure `regex` and the name dictionary; the callers gate nothing, so each pattern is led by
the separator or the finding it hangs on (cheap on text that holds neither).
"""

from __future__ import annotations

import functools
import mimetypes
import re
import unicodedata
from collections.abc import Callable
from typing import Final

from app.redaction import fast_regex
from app.redaction.field_names import field_kind
from app.redaction.given_names import fold_accents, given_names, is_given_name
from app.redaction.lower_case_names import GIVEN, STRANGE, english_senses, name_word
from app.redaction.machine_keys import machine_key
from app.redaction.name_forms import COMMON
from app.redaction.name_guards import (
    FOREIGN_COMMON,
    HEADING_WORDS,
    ROLE_NOUNS,
    eponym_noun_after,
    looks_like_drug,
    other_language_word,
)
from app.redaction.names import (
    KIND,
    is_acronym,
    is_caps_section_word,
    is_cue_word,
    is_not_name,
    is_title,
)
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

HANDLE_RULE: Final = "user_handle"
NEIGHBOUR_RULE: Final = "name_beside_person"

# A lower-case handle of two or three parts joined by "." or "_". Not inside an address,
# a path or a longer dotted token ("www.x.org", "a.b.c.d"), not a call ("os.path(").
_HANDLE = fast_regex.compile(
    r"(?<![\w.@/\\:%+=-])(?P<handle>\p{Ll}[\p{Ll}'’-]*(?:[._]\p{Ll}[\p{Ll}'’-]*){1,2})"
    r"(?![\w@/\\(]|[.][\w])"
)
# Last parts that make a dotted word a domain or a file, and first parts that make it code.
_NOT_HANDLE_TAILS: Final = frozenset(
    word_list(
        """
    com org net edu gov mil int info biz name pro io co uk us de fr nl pl it es pt eu be
    ch at se no dk fi ie cz sk hu ro bg gr tr ru ua in cn jp kr au nz ca br mx ar za ng ke
    gh eg ma sa ae il ir pk bd lk vn th my sg id ph tw hk ly me tv cc ai app dev cloud
    online site web local lan intra corp internal
    pdf doc docx xls xlsx csv txt json xml yaml yml html htm png jpg jpeg gif zip gz tar
    exe dll py js ts md log dot cfg conf ini dcm tif tiff bmp svg rtf odt ods msg eml dat bak
    tmp sh bat sql db mp3 mp4 wav avi mov heic webp key pem crt p12 pfx ps1 jar war rar
    apk iso img bin lock toml env
    nr nro nrs num
    """
    )
)
_NOT_HANDLE_HEADS: Final = frozenset(
    word_list(
        """
    www ftp mail smtp imap api app os np pd sys self this config settings re math json
    cls obj args kwargs request response ctx db img vs viz approx ref fig vol dept incl
    max min etc misc resp cf ca ie eg nb ps pp reg tel fax nr no
    """
    )
)
# Roles a help desk's chat puts before a staff member's given name ("agent_carl").
_ROLE_HEADS: Final = frozenset(
    word_list("agent support helpdesk help staff nurse dr doc pharmacist pharm rep csr cs tech")
)
# "e.coli", "s.aureus": an organism abbreviated, not "f.last".
_EPITHET = fast_regex.compile(
    r"(?:us|ae|ii|um|osa|ica|ensis|genes|ilis|ile|alis|atus|ata|oides|iae|idis|coli)$"
)


@functools.cache
def _file_extensions() -> frozenset[str]:
    """File extensions Python's own MIME table knows ("pdf", "jpeg", "wsdl"), without the
    machine's extra tables (same answer everywhere)."""
    table = mimetypes.MimeTypes()  # built-in defaults only
    known = {*table.types_map[True], *table.types_map[False]}
    return frozenset(e.lstrip(".").casefold() for e in known)


# One-letter tails that are a file's, not an initial: C sources and headers.
_LETTER_TAILS: Final = frozenset({"c", "h"})


def _handle_parts(handle: str) -> list[str] | None:
    parts = [p for p in handle.replace("_", ".").split(".") if p]
    return parts if len(parts) >= 2 else None


def _is_handle(handle: str) -> bool:
    """A person's handle: "last.f", "f.last", or "first.last" with a dictionary name."""
    parts = _handle_parts(handle)
    if parts is None:
        return False
    head, tail = parts[0], parts[-1]
    if head in _NOT_HANDLE_HEADS or tail in _LETTER_TAILS or tail in _NOT_HANDLE_TAILS:
        return False
    if len(tail) >= 2 and tail in _file_extensions() and not is_given_name(tail):
        return False  # "report.pdf", "scan.jpeg"; "sita.ram" stays a handle
    if len(parts) == 2 and head in _ROLE_HEADS and is_given_name(tail):
        return True  # a chat's staff handle: the role, then the given name ("agent_carl")
    longer = [p for p in parts if len(p) >= 2]
    if not longer or any(p in COMMON for p in longer):
        return False
    if len(tail) == 1:  # "padilla.j", "kaur_s"
        return len(head) >= 3
    if len(head) == 1:  # "j.okafor", but not "e.coli"
        return len(tail) >= 3 and not _EPITHET.search(tail)
    names = given_names()
    if any(p in names for p in parts):
        return True  # "maria.bernal", "robin.gillespie"
    # "first.last" of names no dictionary holds ("omotoun.bakare"): two words that English,
    # the closed classes and the drug names all lack, one of five letters or more (a drug
    # pair cut to a syllable each, "amox.clav", stays)
    if len(parts) != 2 or min(map(len, parts)) < 4 or max(map(len, parts)) < 5:
        return False
    return all(name_word(p) is not None for p in parts)


# The same handle with its capitals ("Ben.Parsons", "Parsons_Ben"): directory and mail
# systems that build "Given.Surname" keep the name's case (Exchange's default alias form).
_CAPITALISED_HANDLE = fast_regex.compile(
    r"(?<![\w.@/\\:%+=-])(?P<handle>\p{Lu}\p{Ll}+[._]\p{Lu}\p{Ll}+)(?![\w@/\\(]|[.][\w])"
)


def _is_capitalised_handle(handle: str) -> bool:
    """A "Given.Surname" or "Surname.Given" handle: a dictionary given name and a part that is no
    common word, no domain or file ending and no code's head ("Max.Dose", "Fig.Results")."""
    parts = handle.casefold().replace("_", ".").split(".")
    if any(len(p) < 3 for p in parts):
        return False  # an abbreviation's dot ("St.Mary", "Dr.Li")
    if any(p in COMMON or p in _NOT_HANDLE_TAILS or p in _NOT_HANDLE_HEADS for p in parts):
        return False
    if any(p in _file_extensions() or is_title(p) for p in parts):
        return False
    return any(is_given_name(p) for p in parts)


def handle_names(text: str) -> list[Span]:
    """Person handles in lower case ("maria.bernal", "padilla.j", "j.okafor"), and
    "Given.Surname" with its capitals ("Ben.Parsons")."""
    if "." not in text and "_" not in text:
        return []
    return [
        Span(m.start("handle"), m.end("handle"), KIND, HANDLE_RULE, 0.6)
        for m in _HANDLE.finditer(text)
        if _is_handle(m.group("handle"))
        and not _field_key(text, m.end("handle"))
        and not machine_key(text, m.start("handle"), m.end("handle"))
    ] + [
        Span(m.start("handle"), m.end("handle"), KIND, HANDLE_RULE, 0.6)
        for m in _CAPITALISED_HANDLE.finditer(text)
        if _is_capitalised_handle(m.group("handle"))
    ]


def _field_key(text: str, end: int) -> bool:
    """A dotted key before "=" that names a field ("nam.fn=" of an EU vaccination
    certificate's payload): the key of its value, no one's handle."""
    if text[end : end + 1] != "=":
        return False
    line = text.rfind("\n", 0, end) + 1
    words = text[line:end].rsplit(maxsplit=1)
    return bool(words) and field_kind(words[-1]) is not None


# A capitalised word right before a finding ("Per " of "Per Vestergaard"), a capital
# letter without a dot ("M " of "M Garrido"), and ", Given" right after one.
_WORD_BEFORE = fast_regex.compile(r"(?<![\w.'’-])(?P<word>\p{Lu}\p{Ll}*)[ \t]$")
# "ローマ字：INOUE Yui", "Name:\tNGUYEN Lan": a surname in capitals opening a field, before
# a found given name (the family-name-first order of East Asian and administrative forms).
_CAPS_SURNAME_BEFORE = fast_regex.compile(
    r"(?:^|(?<=[\n\t|:;\uff1a\uff1b]))[ \t]*(?P<word>\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ \t]$"
)
# "JOSEPH BOAKYE PALMER": a given name in capitals before a found name in capitals (forms,
# policies and bank references write the whole name so).
_CAPS_GIVEN_BEFORE = fast_regex.compile(r"(?<![\w.'’-])(?P<word>\p{Lu}{2,})[ \t]$")
_GIVEN_AFTER_COMMA = fast_regex.compile(r",[ \t]{1,2}(?P<given>\p{Lu}\p{Ll}[\p{Ll}'’-]+)(?![\w])")
# Before the single letter: a line start, punctuation, or a word that leads to a person.
_LETTER_LEAD_MARKS: Final = ("\n", ";", ",", "(", "|", "\t", "-", "–", "—", "/", "")
# The titles of address of the languages that abbreviate them ("dhr. J Willems", "Hr. K
# Weber", "Sra. M Ruiz") lead to a person as "Mr" does.
_LETTER_LEAD_WORDS: Final = frozenset(
    word_list("by to from with and for cc per dr mr mrs ms dhr mevr mw hr fr sr sra sig")
)


def _letter_may_start_name(text: str, at: int, letter: str) -> bool:
    """A capital letter without a dot at `at` stands for a given name: it follows a line
    start, punctuation or a date ("Signed: M Garrido", "— T Fekete", "12/03/2024 M
    Garrido"), a role ("Radiographer R Young", "nurse I Henriques") or, unless it is "A"
    or "I" (words of their own), a word that leads to a person ("seen by T Fekete");
    never another capitalised word ("Hepatitis B Vaccine") nor a lower-case word
    ("vitamin D Deficiency")."""
    before = text[max(0, at - 24) : at].rstrip(" \t")
    if text[at - 1 : at] == "?":
        return True  # a query written onto a guessed signature: "?AS Nina", "?J Okoro"
    if before[-1:] == ":" or (letter != "I" and before[-1:] in _LETTER_LEAD_MARKS):
        return True
    last = before.rsplit(None, 1)[-1] if before.split() else ""
    if _DATE_OR_TIME.fullmatch(last):
        return True
    folded = last.casefold().rstrip(".")
    if folded in ROLE_NOUNS or (len(folded) >= 4 and is_cue_word(folded)):
        return True
    return letter not in "AI" and (folded in _LETTER_LEAD_WORDS or is_title(folded))


# A date or a time standing before a signature ("12/03/2024 M Garrido", "10:15 T Fekete").
_DATE_OR_TIME = fast_regex.compile(r"\d{1,4}(?:[./:-]\d{1,4}){1,2}")


def _plain_word(folded: str, *, given: bool = False) -> bool:
    """A word that is no name's: common, a role, a heading, a cue or a drug. A `given`
    name may be a word that never starts a name elsewhere ("Per", "Will")."""
    return (
        (folded in COMMON and not given)
        or folded in FOREIGN_COMMON
        or folded in ROLE_NOUNS
        or folded in HEADING_WORDS
        or (is_not_name(folded) and not given)
        or is_cue_word(folded)
        or is_title(folded)
        or looks_like_drug(folded)
    )


def plain_word(folded: str) -> bool:
    """True when `folded` (a word in lower case) is no name's: a common, role, heading,
    cue or other-language word, a title or a drug."""
    return _plain_word(folded)


def _caps_surname_before(text: str, span: Span) -> Span | None:
    m = _CAPS_SURNAME_BEFORE.search(text, max(0, span.start - 40), span.start)
    if m is None:
        return None
    word = m.group("word")
    if _plain_word(word.casefold()):
        return None
    first = text[span.start : span.end].split(maxsplit=1)[0]
    if len(word) < 3 and not is_given_name(first):
        return None  # "HA Yu-jin": a two-letter surname needs a dictionary given name
    return Span(m.start("word"), span.end, KIND, NEIGHBOUR_RULE, span.score)


# Two or three initials written without dots ("RE Sousa", "JR Hartley"), as British and
# Irish clinical signatures write them, before a found surname.
_LETTERS_BEFORE = fast_regex.compile(r"(?<![\w.'’&/-])(?P<letters>\p{Lu}{2,3})[ \t]$")


def _letters_before(text: str, span: Span) -> Span | None:
    value = text[span.start : span.end]
    if " " in value.strip() or not value[:1].isupper():
        return None  # only a lone surname takes initials before it
    m = _LETTERS_BEFORE.search(text, max(0, span.start - 8), span.start)
    if m is None:
        return None
    letters = m.group("letters")
    if (
        is_title(letters)
        or is_acronym(letters)
        or not _letter_may_start_name(text, m.start(), letters[0])
    ):
        return None  # "GP Sousa", "MRI Sousa"
    return Span(m.start(), span.end, KIND, NEIGHBOUR_RULE, span.score)


def _caps_given_before(text: str, span: Span) -> Span | None:
    value = text[span.start : span.end]
    if not value[:1].isupper() or not value.isupper():
        return None
    m = _CAPS_GIVEN_BEFORE.search(text, max(0, span.start - 24), span.start)
    if m is None:
        return None
    word = m.group("word")
    if len(word) < 3 or not is_given_name(word) or _plain_word(word.casefold(), given=True):
        return None
    return Span(m.start("word"), span.end, KIND, NEIGHBOUR_RULE, span.score)


# The start of a field's value: a label's colon, a pipe or a tab before (not a line's
# start, where "Per Anna Smith, ..." may be "according to").
_FIELD_START = fast_regex.compile(r"[:：|\t][ \t]*\Z")


def _before(text: str, span: Span) -> Span | None:
    m = _WORD_BEFORE.search(text, max(0, span.start - 24), span.start)
    if m is None:
        return (
            _caps_given_before(text, span)
            or _caps_surname_before(text, span)
            or _letters_before(text, span)
        )
    word = m.group("word")
    # At the start of a field's value ("Next of kin: Per Bjørn Kristiansen", "| Line Erling
    # Eliassen") a dictionary given name before a found name is its first given name,
    # whatever else the word means: no preposition or noun opens a field before a name.
    opens_field = _FIELD_START.search(text, max(0, m.start("word") - 40), m.start("word"))
    if len(word) == 1:  # "M Garrido", not "Hepatitis B Vaccine" nor "I " of a sentence
        if not _letter_may_start_name(text, m.start("word"), word):
            return None
    elif not is_given_name(word) or (
        _plain_word(word.casefold(), given=True) and opens_field is None
    ):
        return None
    elif (
        _plain_word(word.casefold())
        and " " in text[span.start : span.end].strip()
        and opens_field is None
    ):
        return None  # "Per Anna Smith" is "according to"; "Per Vestergaard" a given name
    return Span(m.start("word"), span.end, KIND, NEIGHBOUR_RULE, span.score)


# The label of a name field, right before the surname: "Name Rodriguez, Dawn".
_NAME_FIELD = fast_regex.compile(
    r"(?<![\p{L}])(?i:name|patient|patient name|full name|surname)[ \t]*[:|]?[ \t]*\Z"
)


def _after(text: str, span: Span) -> Span | None:
    if " " in text[span.start : span.end].strip():
        return None  # only a lone surname takes its given name ("Lange" + ", Andre")
    m = _GIVEN_AFTER_COMMA.match(text, span.end)
    if m is None:
        return None
    given = m.group("given")
    surname = text[span.start : span.end].casefold()
    # In a name field ("Name Rodriguez, Dawn") a given name may also be a word.
    labelled = _NAME_FIELD.search(text, max(0, span.start - 24), span.start) is not None
    if labelled and given.casefold() in given_names() and not _plain_word(surname):
        return Span(span.start, m.end("given"), KIND, NEIGHBOUR_RULE, span.score)
    if _plain_word(given.casefold()) or _plain_word(surname):
        return None
    if not is_given_name(given) and (
        other_language_word(given) or not _NAME_ENDS.match(text, m.end("given"))
    ):
        return None  # a given name the dictionary lacks must close the name
    return Span(span.start, m.end("given"), KIND, NEIGHBOUR_RULE, span.score)


# What follows the given name of "Surname, Given" that closes the name: the line's end, a
# credential after a comma ("Demir, Gökhan, LCSW"), a dash, a bracket, a time or a date.
_NAME_ENDS = fast_regex.compile(r"[ \t]*(?:$|\r?\n|[,;|()\[\]]|[-–—][ \t]|\d)")


# The initial of the surname after a found given name ("Mandla N.", "Ngozi O.").
_INITIAL_AFTER = fast_regex.compile(r"[ \t]\p{Lu}\.(?![\p{L}\p{N}]|[ \t]?\p{Lu}\.)")


def _initial_after(text: str, span: Span) -> Span | None:
    value = text[span.start : span.end]
    if " " in value.strip() or not value[:1].isupper() or _plain_word(value.casefold()):
        return None
    m = _INITIAL_AFTER.match(text, span.end)
    return Span(span.start, m.end(), KIND, NEIGHBOUR_RULE, span.score) if m else None


# The nasab of an Arabic name written in its script: "بن" / "ابن" (son of) or "بنت" (daughter
# of) and the father's name, repeated for the grandfather ("سارة بن علي", "محمد بن علي بن
# حسن"); the Latin "bin", "binti", "ibn" are `_PARTICLE_RUN`'s.
_NASAB = fast_regex.compile(
    r"(?:[ \t](?:بن|ابن|بنت)[ \t]\p{Arabic}[\p{Arabic}\p{M}]*(?![\p{L}\p{M}])){1,3}"
)


def _nasab_after(text: str, span: Span) -> Span | None:
    if not "\u0600" <= text[span.end - 1 : span.end] <= "\u06ff":
        return None
    m = _NASAB.match(text, span.end)
    return Span(span.start, m.end(), KIND, NEIGHBOUR_RULE, span.score) if m else None


# A surname typed in lower case after capitalised given names ("Davorin Jure žagar,"): a
# word English does not know (`name_word`) that closes the name, after words that are all
# dictionary given names (after a full name such a word is another language's).
def _lower_surname_after(text: str, span: Span) -> Span | None:
    words = text[span.start : span.end].split()
    if len(words) < 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    if not all(is_given_name(w) for w in words):
        return None  # "Varga Tibor részére", "an Samim Rasooli wenden": a full name, a word
    m = _LOWER_SURNAME.match(text, span.end + 1) if text[span.end : span.end + 1] == " " else None
    if m is None or len(m.group()) < 4 or not _NAME_ENDS.match(text, m.end()):
        return None
    if name_word(m.group()) != STRANGE:
        return None
    return Span(span.start, m.end(), KIND, NEIGHBOUR_RULE, span.score)


# The particles written in lower case between a given name and a surname: the Dutch
# civil register's table of "voorvoegsels" (BRP Tabel 36: van, de, der, den, ter, ten,
# te, 't, die, d', l', la, le, du, dos, da, di, del, della, von, zu, op, in, uit ...),
# and the "y" and "e" of Spanish and Portuguese double surnames. Between two found
# persons on one line they are the name's too ("Aaron die Bont"), and so is the lower-case
# word English lacks after them when the found given name is in lower case too.
# So is the Irish and Scottish Gaelic article after "Mac"/"Nic" of a surname ("Mac an
# Bhaird", "Nic an tSaoir", "Mac a' Phearsain").
_PARTICLE_RUN = fast_regex.compile(
    r"[ \t](?:(?:van|de|der|den|ter|ten|te|'t|die|d'|l'|la|le|les|du|dos|das|da|di|del|"
    r"della|degli|von|vom|zu|zum|zur|uit|op|y|e|bin|binti|al|el|ibn)[ \t]){1,3}"
    r"|(?<=(?<![\p{L}])(?:Mac|Nic|Mhic|Mic|MAC|NIC))[ \t](?:an|a'|a’|AN)[ \t]"
)


# A surname in lower case after the particles of a name written all in lower case
# ("jan van der berg" of a transcript or a handwritten note): a word English lacks.
_LOWER_SURNAME = fast_regex.compile(r"\p{Ll}[\p{Ll}\p{M}'’-]+(?![\w@/])")


def _particle_between(text: str, span: Span, starts: dict[int, Span]) -> Span | None:
    m = _PARTICLE_RUN.match(text, span.end)
    if m is None:
        return None
    if (other := starts.get(m.end())) is not None:
        end = other.end
    elif text[span.start].islower() and (lower := _LOWER_SURNAME.match(text, m.end())):
        words = [*text[span.start : span.end].split(), lower.group()]
        if name_word(words[0]) != GIVEN or any(name_word(w) is None for w in words):
            return None  # "lo smarrimento della carta": Italian prose, no name
        end = lower.end()
    else:
        return None
    first = text[span.start : span.end].split(maxsplit=1)[0]
    if not is_given_name(first) or _plain_word(first.casefold(), given=True):
        return None  # "Aufnahme über die Notaufnahme": German articles join no name
    return Span(span.start, end, KIND, NEIGHBOUR_RULE, span.score)


# A nickname in quotation marks between the given name and the surname, as English and
# Spanish write one (Joaquin "Kino" Ruiz, Robert "Bob" Smith): the word after it closes
# the name.
_NICKNAME_SURNAME = fast_regex.compile(
    r"[ \t][\"“][\p{L}][\p{L}'’. -]{0,20}[\"”][ \t](?P<surname>\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?![\w])"
)


def _surname_after_nickname(text: str, span: Span) -> Span | None:
    value = text[span.start : span.end]
    if (
        " " in value.strip()
        or not value[:1].isupper()
        or text[span.end + 1 : span.end + 2] not in ('"', "“")
    ):
        return None
    m = _NICKNAME_SURNAME.match(text, span.end)
    if m is None or _plain_word(m.group("surname").casefold()):
        return None
    return Span(span.start, m.end(), KIND, NEIGHBOUR_RULE, span.score)


# A capitalised name in brackets right after a found person: the surname after a given
# name, a maiden name or the name the person is known by, as care logs, registers and
# NHS records write a preferred name ("Client Irena (Kask)", "Robert (Bob) …").
_BRACKETED_NAME = fast_regex.compile(
    r"[ \t]?\((?P<name>\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}{2,})?)\)"
)


def _name_in_brackets(text: str, span: Span) -> Span | None:
    """`_BRACKETED_NAME` whose every word is a dictionary given name or a word English
    lacks and no closed class holds: "(Kask)", "(Bob)"; not "(Mum)", "(Deceased)",
    "(Father)". Another language's function word counts (capitalised in brackets after
    a name it is a surname: Swedish "Allas", Dutch "Van")."""
    if text[span.end : span.end + 2].strip()[:1] != "(":
        return None
    m = _BRACKETED_NAME.match(text, span.end)
    if m is None:
        return None
    for word in m.group("name").replace("-", " ").split():
        folded = word.casefold()
        if _plain_word(folded) or is_title(word) or looks_like_drug(word):
            return None
        if not is_given_name(word) and any(english_senses(folded)):
            return None
    return Span(m.start("name"), m.end("name"), KIND, NEIGHBOUR_RULE, span.score)


# A name right before a phone number, set off by a spaced dash or "on": how a contact is
# written in a message or a list ("call the son - Guerrier - 020 7946 0000", "daughter
# Carwyn on +234 ..."). A colon is left out: "Tel:", "Handy:", "Móvil:" are labels.
_HOLDER_BEFORE = fast_regex.compile(
    r"(?<![\w.'’&/-])(?P<name>\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?)"
    r"[ \t]+(?:[-–—]|on)[ \t]+\Z"
)


def _phone_holders(text: str, spans: list[Span]) -> list[Span]:
    """The capitalised name before a found phone number (`_HOLDER_BEFORE`) whose every
    word English, the closed classes and the titles lack (`name_word`): "Guerrier", not
    "Pharmacy - 0161 ..." or "London on ..."."""
    out = []
    for span in spans:
        if span.kind != "PHONE_NUMBER" or span.start < 4:
            continue
        m = _HOLDER_BEFORE.search(text, max(0, span.start - 60), span.start)
        if m is None:
            continue
        words = m.group("name").split()
        if all(name_word(w.casefold()) is not None and not is_title(w) for w in words):
            out.append(Span(m.start("name"), m.end("name"), KIND, NEIGHBOUR_RULE, 0.6))
    return out


def names_beside_persons(text: str, spans: list[Span]) -> list[Span]:
    """Person findings grown by a given name before them, a capital letter standing for
    one, or ", Given" after a lone surname (see the module's docstring), and the same
    name written in another script beside them; two found persons joined by the
    particles between them; the holder named right before a phone number."""
    extra = _phone_holders(text, spans)
    starts = {s.start: s for s in spans if s.kind == KIND}
    for span in spans:
        if span.kind != KIND:
            continue
        if (joined := _particle_between(text, span, starts)) is not None:
            extra.append(joined)
        twin = _twin(text, span)
        found = (
            _before(text, span),
            _after(text, span),
            twin,
            _twin_before(text, span),
            # "mHmdmyn Srmy / محمدامین صارمی": the Latin writing's other words, read back
            # from the other script's twin that a part of it found
            _twin_before(text, twin) if twin is not None else None,
            _surname_after_nickname(text, span),
            _name_in_brackets(text, span),
        )
        for grown in (
            *found,
            _surname_column(text, span),
            _initial_after(text, span),
            _lower_surname_after(text, span),
            _nasab_after(text, span),
        ):
            if grown is not None:
                extra.append(grown)
    return extra


# A name given twice, in its own script and in Latin letters (ICAO 9303 has the Latin
# form beside the national one; bilingual forms write "村上太一（Murakami Taichi）",
# "KONDO, Sayuri / 近藤さゆり"): one to four words in brackets or after a slash. A word
# may hold an apostrophe: BGN/PCGN romanisation writes the Cyrillic soft and hard signs
# so ("Дементьева" -> "DEMENT'EVA", "Ольга" -> "Ol'ga"), the Georgian national system
# (2002) and ISO 9984 its ejectives ("ჭიჭინაძე" -> "Ch'ich'inadze"). Romanised Arabic,
# Persian and Hebrew write the ayin and the hamza as a backtick or a modifier letter, also
# at a word's start ("`Umar", "Ma`sumeh", "ʿAlī"), and the ASCII schemes (ArabTeX,
# Buckwalter) write some consonants as capitals inside a word in lower case ("mHmd" for
# محمد: H is ح), whatever the case of the rest.
_TWIN_SIGNS = "'’ʹʺ`ʿʾʻʼ"
_AYIN_SIGNS = "`ʿʾʻʼ"
_TWIN_WORD = (
    rf"[{_AYIN_SIGNS}]?[\p{{L}}\p{{M}}]+"
    rf"(?:(?:[{_TWIN_SIGNS}]|-[{_AYIN_SIGNS}]?)[\p{{L}}\p{{M}}]+)*[{_TWIN_SIGNS}]?"
)
_TWIN_AFTER = fast_regex.compile(
    r"[ \t\u3000]*(?:(?P<open>[(（])|[/／])[ \t\u3000]*"
    rf"(?P<twin>{_TWIN_WORD}(?:(?:,?[ \t\u3000]|[・·]){_TWIN_WORD}){{0,3}})"
    r"[ \t\u3000]*(?(open)[)）]|(?=$|[\n;,|]))"
)
# The same, the Latin writing first ("XELAZ'E, ivane / ივანე ხელაძე", "`yly s`d (עילאי
# סעד)"): the words right before the bracket or slash that opens the found name.
_TWIN_BEFORE = fast_regex.compile(
    rf"(?<![\p{{L}}\p{{M}}{_TWIN_SIGNS}-])"
    rf"(?P<twin>{_TWIN_WORD}(?:(?:,?[ \t\u3000]|[・·]){_TWIN_WORD}){{0,3}})"
    r"[ \t\u3000]*(?P<sep>[(（/／])[ \t\u3000]*\Z"
)
_TWIN_WORDS = fast_regex.compile(_TWIN_WORD)
_TWIN_WINDOW = 80
# What marks a word as a transliteration, as no English word is written: an ayin or hamza
# sign, or a capital after a small letter ("mHmdmyn").
_ROMANISATION_MARK = fast_regex.compile(rf"[{_AYIN_SIGNS}]|\p{{Ll}}\p{{Lu}}")


# Forms set the surname and given-name fields side by side ("Nazwisko: DRELA     Imię:
# TOMASZ"): a word in capitals before the given-name label, a column's gap apart, is the
# surname, whatever its own label became in the scan ("Nazwisk o:").
_SURNAME_COLUMN = fast_regex.compile(
    r"(?<![\p{L}\p{N}])(?P<surname>\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ \t]{2,}"
    r"(?i:imię|imie|vorname|prénom|prenom|nombre|nombres|nome|voornaam|jméno|meno|"
    r"first[ ]name|given[ ]names?|förnamn|fornavn|etunimi|utónév|keresztnév|ime|имя|ім'я)"
    r"[ \t]*[:|][ \t]*\Z"
)


def _surname_column(text: str, span: Span) -> Span | None:
    m = _SURNAME_COLUMN.search(text, max(0, span.start - 60), span.start)
    if m is None or _plain_word(m.group("surname").casefold()):
        return None
    return Span(m.start("surname"), m.end("surname"), KIND, NEIGHBOUR_RULE, span.score)


def _latin(value: str) -> bool:
    """Latin letters only; the romanisations' modifier letters ("ʿ", "ʹ") count as Latin."""
    return all(
        c.isascii() or not c.isalpha() or c in _TWIN_SIGNS or "LATIN" in unicodedata.name(c, "")
        for c in value
    )


# The particles romanised names join with a hyphen: the Arabic article in its assimilated
# forms (ALA-LC, DIN 31635: "al-Raḥmān", "ash-Shami", "ud-Din") and "son of", "father of".
_JOINED_PARTICLES: Final = frozenset(
    word_list("al el ul il ad ar as ash at az an ud ed ibn bin bint binti ben bat ould abu")
)


def _romanised_word(word: str) -> bool:
    """`word`, of a name's Latin writing beside it, may be a name's, in any case mix
    ("XELAZ'E, ivane", "jiweon gim", "AL `WD"): a word marked as a transliteration, a
    lower-case word the name dictionary holds or English does not know ("김지원 (jiweon
    gim)"), or a capitalised word that is no common, role or heading word ("Female"); a
    hyphenated word part by part, its particles aside ("al-Raḥmān", "Min-jun"; not
    "follow-up", "Non-smoker")."""
    parts = word.split("-")
    names = [p for p in parts if p.casefold() not in _JOINED_PARTICLES] or parts
    return all(_romanised_part(p) for p in names)


def _romanised_part(part: str) -> bool:
    if _ROMANISATION_MARK.search(part):
        return True
    if part.islower():
        return name_word(part) is not None
    return part[:1].isupper() and not (_plain_word(part.casefold()) and not is_given_name(part))


def _twin_before(text: str, span: Span) -> Span | None:
    """The Latin writing right before a found name in another script, in the form
    `_TWIN_BEFORE` reads; its leading words that are no name's are left out ("Patient
    Ali Hasan (علي حسن)" gives "Ali Hasan")."""
    head = text[max(0, span.start - 3) : span.start].rstrip(" \t\u3000")
    if not head.endswith(("(", "（", "/", "／")) or _latin(text[span.start : span.end]):
        return None
    m = _TWIN_BEFORE.search(text, max(0, span.start - _TWIN_WINDOW), span.start)
    if m is None or not _latin(m.group("twin")):
        return None
    if m.group("sep") in "(（" and not text[span.end : span.end + 2].lstrip(" \t").startswith(
        (")", "）")
    ):
        return None
    words = list(_TWIN_WORDS.finditer(text, m.start("twin"), m.end("twin")))
    while words and not _romanised_word(words[0].group()):
        words.pop(0)
    if not words or not all(_romanised_word(w.group()) for w in words):
        return None
    return Span(words[0].start(), m.end("twin"), KIND, NEIGHBOUR_RULE, span.score)


def _twin(text: str, span: Span) -> Span | None:
    m = _TWIN_AFTER.match(text, span.end)
    if m is None:
        return None
    twin, found = m.group("twin"), text[span.start : span.end]
    if _latin(twin) == _latin(found):
        return None  # "Dr Smith (Cardiology)": one script, so no second writing
    if _latin(twin) and not all(_romanised_word(w) for w in twin.replace(",", " ").split()):
        return None  # "王芳（female）", "王芳（Female）", "（Outpatient）": English words
    return Span(m.start("twin"), m.end("twin"), KIND, NEIGHBOUR_RULE, span.score)


# "T Fekete", "Signed: M Garrido": a capital without its dot and a surname, where nothing
# else found the surname.
_LETTER_SURNAME = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’&/-])(?P<letter>\p{Lu})[ \t]"
    r"(?P<surname>\p{Lu}\p{Ll}[\p{L}'’]+(?:-\p{Lu}\p{Ll}[\p{L}'’]+)?)(?![\p{L}\p{N}])"
)


# The Rhesus factor as blood groups are written after their ABO letter (ISBT 128 labels,
# transfusion and donor records: "O RhD negative", "B Rhd pos", "AB Rhesus positive").
_RHESUS: Final = frozenset(("rhd", "rhesus"))


# A table cell's edges: a pipe or a tab opens it; a pipe, a tab, a column's gap of two
# spaces or the line's end closes it.
_CELL_OPEN = fast_regex.compile(r"[|\t][ \t]*\Z")
_CELL_CLOSE = fast_regex.compile(r"[ \t]*(?:$|\||\t|[ ]{2})", re.M)


def _fills_cell(text: str, start: int, end: int) -> bool:
    """The letter and the surname are a table cell's whole value ("| I Henriques |"): the
    pronoun "I" there opens a clause of one verb ("| I Agree |"), which the caller bars."""
    return (
        _CELL_OPEN.search(text, max(0, start - 8), start) is not None
        and _CELL_CLOSE.match(text, end) is not None
    )


def initial_without_dot(text: str) -> list[Span]:
    """A capital letter without a dot and a surname ("seen by T Fekete", "Signed: M
    Garrido"); the letter must stand where a name starts (see `_letter_may_start_name`)
    and the surname must be no common, role, heading or other-language word."""
    spans = []
    for m in _LETTER_SURNAME.finditer(text):
        surname = m.group("surname")
        folded = surname.casefold()
        if _plain_word(folded) or other_language_word(surname) or folded in _RHESUS:
            continue  # "Blood group: O RhD negative": the ABO group and its RhD antigen
        letter = m.group("letter")
        if letter == "A" or not (
            _letter_may_start_name(text, m.start(), letter)
            or (_fills_cell(text, m.start(), m.end()) and not english_senses(folded)[1])
        ):
            continue  # "Grade: A Positive": the article
        if eponym_noun_after(text, m.end()):
            continue  # "B Hodgkin lymphoma"
        spans.append(Span(m.start(), m.end(), KIND, NEIGHBOUR_RULE, 0.55))
    return spans


# An initial and a surname in capitals ("B. JANEVA", "J.-P. LEFÈVRE"), where the letter
# stands where a name starts (see `_letter_may_start_name`).
_INITIAL_CAPS_SURNAME = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’&/-])(?P<letter>\p{Lu})\.(?:-\p{Lu}\.)?(?:[ \t]?\p{Lu}\.){0,2}[ \t]?"
    r"(?P<surname>\p{Lu}{2}[\p{Lu}'’]+(?:-\p{Lu}{2}[\p{Lu}'’]+)?)(?![\p{L}\p{N}])"
)
# A given name and the initial of the surname ("Asma’u S.", "Anna K."), the given name a
# dictionary one or written with an inner apostrophe as Hausa, Arabic and Hebrew names
# are ("Asma’u", "Ja'far", "Sa'adatu").
_GIVEN_INITIAL = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’-])(?P<given>\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?)[ \t]\p{Lu}\."
    r"(?![\p{L}\p{N}]|[ \t]?\p{Lu}\.)"
)


# An initial closed up to the surname ("E.Sison", "J.Okafor-Bello"), as signatures and
# prescribing systems write it; not inside a host name, an address or a path.
_GLUED_INITIAL = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’&/@_-])(?P<letter>\p{Lu})\."
    r"(?P<surname>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}@/_]|\.[\p{L}\p{N}])"
)
# A surname and the initial of the given name ("Guzman-Fields S.", "— Moreau D."): a
# double-barrelled surname anywhere a name may start, a single one after a sign-off dash
# or "by".
_SURNAME_INITIAL = fast_regex.compile(
    r"(?<![\p{L}\p{N}.'’-])(?P<surname>\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)[ \t]\p{Lu}\."
    r"(?![\p{L}\p{N}]|[ \t]?\p{Lu}\.)"
)


def initial_forms_more(text: str) -> list[Span]:
    """ "B. JANEVA" (an initial and a surname in capitals) and "Asma’u S." (a given name
    and an initial); neither a heading, role or common word ("A. NOTE", "Hepatitis B.")."""
    spans = []
    for m in _INITIAL_CAPS_SURNAME.finditer(text):
        surname = m.group("surname").casefold()
        if _plain_word(surname) or other_language_word(surname) or is_caps_section_word(surname):
            continue  # "A. NORMAL", "B. REPORT"
        if _letter_may_start_name(text, m.start(), m.group("letter")):
            spans.append(Span(m.start(), m.end(), KIND, NEIGHBOUR_RULE, 0.55))
    for m in _GLUED_INITIAL.finditer(text):
        surname = m.group("surname")
        if _plain_word(surname.casefold()) or other_language_word(surname):
            continue
        if _letter_may_start_name(text, m.start(), m.group("letter")):
            spans.append(Span(m.start(), m.end(), KIND, NEIGHBOUR_RULE, 0.55))
    for m in _SURNAME_INITIAL.finditer(text):
        surname = m.group("surname")
        words = surname.replace("-", " ").split()
        if any(_plain_word(w.casefold()) for w in words):
            continue
        lead = text[max(0, m.start() - 24) : m.start()].rstrip(" \t")
        last = lead.rsplit(None, 1)[-1].casefold() if lead.split() else ""
        signed = lead.endswith(("—", "–", "-")) or last in ("by", "per") or last in ROLE_NOUNS
        # After a role a surname may be another language's words ("Sachbearbeiter Casa
        # Grande L."); elsewhere they are a phrase ("Hepatitis B.", "Casa B.").
        if not signed and any(other_language_word(w) for w in words):
            continue
        barrelled = "-" in surname  # "Guzman-Fields S."; "Casa Grande L." after a role
        if (barrelled or signed) and _letter_may_start_name(text, m.start(), words[0][0]):
            spans.append(Span(m.start(), m.end(), KIND, NEIGHBOUR_RULE, 0.55))
    for m in _GIVEN_INITIAL.finditer(text):
        given = m.group("given")
        apostrophe = "'" in given or "’" in given
        if not (apostrophe or is_given_name(given)) or _plain_word(given.casefold(), given=True):
            continue
        spans.append(Span(m.start(), m.end(), KIND, NEIGHBOUR_RULE, 0.55))
    return spans


# Parts of a login that name a machine, a service or a role, not a person ("svc-backup",
# "www-data", "ward7-kiosk"): a handle holding one is no person's.
_SYSTEM_PARTS: Final = frozenset(
    word_list(
        """
    svc service services admin administrator root backup backups sys system daemon www
    data bot test guest nobody app api web sql db dev ops prod cron batch auto noreply
    mail jenkins ci build deploy monitor nagios zabbix ansible docker print printer scan
    scanner kiosk shared generic lab iphone ipad android laptop pc desktop phone tablet
    host server local user default temp tmp demo sa dba sync job task agent support help
    helpdesk desk ward nurses station reception office team group
    """
    )
)
# A login after the word that says one follows: "Login OK: [paulo-nascimento]" (FreeRADIUS
# writes the user in brackets), "user=ana-lima", "uid: k_nowak", "logon by j.smith",
# "logged in as l.moreau", Windows' security log "Account Name:\t\tjsmith", sshd's
# "Accepted password for jdoe", a case's staff role ("Reviewer a.tesfaye"), a JSON key
# ("user":"ana.lima").
_LOGIN_WORDS = (
    r"(?<![\w])(?i:login(?:[ \t]+(?:ok|incorrect|failed|failure|succeeded|successful))?|"
    r"logon|log[ \t]in|user(?:[ _]?(?:name|id))?|uid|sam[ _]?account[ _]?name|upn|"
    r"account(?:[ _]?name)?|operator|by|(?:logged|signed)[ \t](?:in|on)[ \t]as|"
    r"reviewer|approver|analyst|agent|officer|handler|assignee|owner|clerk|caseworker|"
    r"investigator|author|requester|reporter|"
    # OpenSSH's sshd: "Accepted publickey for jdoe", "Failed password for invalid user x"
    r"(?P<sshd>(?:password|publickey|keyboard-interactive(?:/pam)?)[ \t]for"
    r"(?:[ \t]invalid[ \t]user)?))"
)
# The login words alone, compiled by `re` (a word list: see fast_regex), find where the
# full pattern is tried.
_LOGIN_GATE = fast_regex.compile(_LOGIN_WORDS, word_led=True)
_LOGIN = fast_regex.compile(
    _LOGIN_WORDS + r"(?:[ \t]*\([^()\n]{0,40}\))?(?P<sep>[\"']?[ \t]*[:=]?[ \t]*[\[(\"'<]?)"
    r"(?P<handle>\p{Ll}[\p{Ll}\d]*(?:[._-]\p{Ll}[\p{Ll}\d]*){0,2})"
    r"(?=[\]/)\"'>]|[ \t,;]|$)",
    re.M,
)


def _person_login(handle: str) -> bool:
    """A login joined by ".", "_" or "-" whose parts name no system, file or domain and
    are no common words."""
    parts = [p for p in handle.replace("_", ".").replace("-", ".").split(".") if p]
    if len(parts) < 2 or parts[-1] in _NOT_HANDLE_TAILS or parts[0] in _NOT_HANDLE_HEADS:
        return False
    if any(c.isdigit() for p in parts for c in p):
        return False
    if any(p in _SYSTEM_PARTS or (len(p) > 1 and p in COMMON) for p in parts):
        return False  # an initial ("a.tesfaye") is no word
    letters = [p for p in parts if len(p) >= 2]
    return bool(letters) and not (len(parts[-1]) >= 2 and parts[-1] in _file_extensions())


def login_names(text: str, known: Callable[[str], bool]) -> list[Span]:
    """Logins after a user or login word (`_LOGIN`): joined by ".", "_" or "-", or after a
    colon, "=" or a bracket one word the model's vocabulary lacks ("uid=jsmith")."""
    spans = []
    end = 0
    for gate in _LOGIN_GATE.finditer(text):
        if gate.start() < end or (m := _LOGIN.match(text, gate.start())) is None:
            continue
        end = m.end()
        handle = m.group("handle")
        keyed = any(c in m.group("sep") for c in ":=[(\"'<") or m.group("sshd") is not None
        if _person_login(handle) or (keyed and _lone_login(handle, known)):
            spans.append(Span(m.start("handle"), m.end("handle"), KIND, HANDLE_RULE, 0.7))
    return spans


# A chat's message header as Slack and Teams copy it: the sender's handle and the time,
# alone on the line ("jozsef.gyorgy  07:02").
_HANDLE_HEADER = fast_regex.compile(
    r"^[ \t]{0,4}(?P<handle>\p{Ll}[\p{Ll}\d]*(?:[._-]\p{Ll}[\p{Ll}\d]*){0,2})[ \t]{1,4}"
    r"\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*$",
    re.M,
)


def chat_handle_headers(text: str) -> list[Span]:
    """Senders' handles on chat header lines, where two such lines or more stand (a
    chat); a handle of one word must be a dictionary given name ("lunch 12:30" stays)."""
    if ":" not in text:
        return []
    found = list(_HANDLE_HEADER.finditer(text))
    if len(found) < 2:
        return []
    spans = []
    for m in found:
        handle = m.group("handle")
        if not (_person_login(handle) or (handle.isalpha() and is_given_name(handle))):
            continue
        if handle in COMMON:
            continue
        spans.append(Span(m.start("handle"), m.end("handle"), KIND, HANDLE_RULE, 0.7))
    return spans


# Header cells of a column of logins or names ("user", "login", "operator", "Sample_Name").
_LOGIN_HEADERS: Final = frozenset(
    word_list(
        """
    user username user_name userid user_id login logon uid operator account owner staff
    handle by performed_by entered_by created_by modified_by
    ordering ordering_user ordered_by ordering_provider
    """
    )
)
_GAP_SPLIT = fast_regex.compile(r"[ ]{2,}|\t")
_LABEL_CELL = fast_regex.compile(r"[\p{L}][\p{L}_ ./-]{0,30}")
_LONE_LOGIN = fast_regex.compile(r"\p{Ll}{4,30}")


def _login_column(header: str) -> bool:
    folded = header.strip().casefold()
    words = folded.replace("-", "_").replace(" ", "_")
    return words in _LOGIN_HEADERS or words.endswith("_name") or words == "name"


def _lone_login(value: str, known: Callable[[str], bool]) -> bool:
    """One lower-case word of four letters or more that the model's vocabulary lacks and
    that names no system ("svandenbroeck", not "root" or "pending")."""
    if not _LONE_LOGIN.fullmatch(value) or value in COMMON or value in _SYSTEM_PARTS:
        return False
    return value not in _NOT_HANDLE_HEADS and not known(value)


def column_login(value: str, known: Callable[[str], bool]) -> bool:
    """A cell of a login or name column that is a person's login: joined by ".", "_" or
    "-", or one lower-case word the model's vocabulary lacks ("svandenbroeck")."""
    return _person_login(value) or _lone_login(value, known)


def _cells(line: str) -> tuple[str, list[tuple[int, str]]]:
    """The separator of a table row (a column gap of blanks or a tab, or a CSV comma) and
    its cells with their offsets in the line."""
    if line.count(",") >= 2 and "  " not in line.strip():
        sep = ","
        pieces = line.split(",")
        offsets = []
        at = 0
        for piece in pieces:
            offsets.append((at, piece))
            at += len(piece) + 1
        return sep, offsets
    out = []
    at = 0
    for gap in _GAP_SPLIT.finditer(line):
        out.append((at, line[at : gap.start()]))
        at = gap.end()
    out.append((at, line[at:]))
    return "gap", [(o, c) for o, c in out if c.strip() or o == 0]


def _one_split_cell(sep: str, cells: list[tuple[int, str]], shape: tuple[str, int]) -> bool:
    """A CSV row with one cell more than its header (see `login_columns`)."""
    return sep == "," == shape[0] and len(cells) == shape[1] + 1


def login_columns(text: str, known: Callable[[str], bool]) -> list[Span]:
    """Cells under a login or name column of a table aligned by blanks or tabs, or of a
    CSV export (`_LOGIN_HEADERS`, any "..._name"), that are a person's login."""
    spans: list[Span] = []
    columns: list[int] = []
    shape = ("", 0)
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        sep, cells = _cells(body)
        values = [c.strip() for _, c in cells]
        heads = [i for i, v in enumerate(values) if _login_column(v)]
        if len(cells) >= 3 and heads and all(_LABEL_CELL.fullmatch(v) for v in values):
            columns, shape = heads, (sep, len(cells))
        elif columns and ((sep, len(cells)) == shape or _one_split_cell(sep, cells, shape)):
            # a CSV row a cell longer than its header holds a "Last, First" cell that was
            # not quoted ("Moore, H."): the columns are then counted from the row's end
            shift = len(cells) - shape[1]
            for i in columns:
                offset, cell = cells[i + shift] if shift and i >= 1 else cells[i]
                value = cell.strip()
                if value and column_login(value, known):
                    start = pos + offset + cell.index(value)
                    spans.append(Span(start, start + len(value), KIND, HANDLE_RULE, 0.7))
        else:
            columns = []  # a blank line or a line of another shape ends the table
        pos += len(line)
    return spans


def logins(text: str, known: Callable[[str], bool]) -> list[Span]:
    """Logins after a login word, on chat header lines and in login columns."""
    return login_names(text, known) + chat_handle_headers(text) + login_columns(text, known)


BIRTH_NAME_RULE: Final = "birth_name"
BIRTH_CAPTION_RULE: Final = "birth_name_caption"  # name_guards.FIELD_RULES reads it
# A birth (maiden) name after the word that marks it, as civil registers, obituaries and
# forms of each language write it: née/nee (English, French), geb./geborene (German),
# z d./z domu (Polish), roz./rozená (Czech, Slovak), rođ./rođena (Croatian, Serbian),
# szül. (Hungarian), född/født (Swedish, Danish, Norwegian), o.s. (Finnish "omaa sukua"),
# nata (Italian), урожд./урождённая (Russian), dz. (Latvian "dzimusi").
_BIRTH_NAME = fast_regex.compile(
    r"(?<![\p{L}.])(?:[Nn][ée]e|geb\.|geborene|z[ \t]d\.|z[ \t]domu|roz\.|rozen[áa]|rođ\.|"
    r"rođena|szül\.|född|født|o\.[ \t]?s\.|nata|урожд\.|урожд[её]нная|dz\.)[ \t]{1,2}"
    # a surname's particle before it: Irish Ó/Ní/Mac/Nic/Uí, Dutch, German, Italian,
    # Spanish and French ones ("née Ó BHALDRAITHE", "geb. von Arnim", "née de La Tour")
    r"(?P<name>(?:(?:Ó|O|Ní|Ni|Nic|Mac|Mc|Uí|Ua|Mhic|[Dd]e|[Vv]an|[Vv]on|[Dd]a|[Dd]i|[Dd]el|[Ll]a|[Ll]e)"
    r"[ \t])?\p{Lu}[\p{L}\p{M}'’]+(?:-\p{Lu}[\p{L}\p{M}'’]+)?)(?![\p{L}\p{M}])"
)
_BIRTH_GATE = re.compile(r"[ée]e |geb|z d|domu|roz|rođ|szül|född|født|o\.|nata|урожд|dz\.")
# ... and the form's caption that asks for it ("Maiden surname: WARD", "Previous surname
# Papa", "Name at birth ___ Ellis", "Geburtsname: Bauer", "nom de naissance : ROY",
# "apellido de soltera: Leal", "nazwisko rodowe: Kos"): the caption names the field a
# surname, so its value is one whatever else the word means (Ward, Baker, Papa), when it
# fills the field: the line or the column ends after it.
_BIRTH_CAPTION = fast_regex.compile(
    r"(?<![\p{L}])(?i:(?:maiden|previous|former|prior|birth|other)[ \t]"
    r"(?:sur|family[ \t]|last[ \t])?names?(?:\(s\))?|names?[ \t]at[ \t]birth|birth[ \t]?name|"
    r"geburtsname|mädchenname|nom[ \t]de[ \t]naissance|nom[ \t]de[ \t]jeune[ \t]fille|"
    r"apellidos?[ \t]de[ \t]soltera|nome[ \t]de[ \t]solteira|cognome[ \t]da[ \t]nubile|"
    r"nazwisko[ \t]rodowe|rodné[ \t]příjmení|rodné[ \t]priezvisko|meisjesnaam|geboortenaam|"
    r"flicknamn|födelsenamn|pigenavn|fødenavn|syntymänimi|születési[ \t]név|"
    r"leánykori[ \t]név|djevojačko[ \t]prezime)(?:[ \t]*\([^()\n]{1,20}\))?"
    # (a spaced dash too, as a form filled in on one line sets its fields apart:
    # "NOM de naissance -- ROY ; prénom(s) -- Léa")
    r"(?:[ \t]*[:：][ \t]*|[ \t]{0,2}[._…·]{2,40}[:：]?[ \t]{0,3}|[ \t]{2,}|\t[ \t]*|"
    r"[ \t]{1,2}(?:--|—|–)[ \t]{1,2}|[ ])"
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’]+(?:[- ]\p{Lu}[\p{L}\p{M}'’]+)?)"
    r"(?=[ \t]*(?:\r?\n|$|[,;|])|[ \t]{2,}|\t)"
)
_BIRTH_CAPTION_WORDS: Final = word_list(
    """
    name geburts mädchen naissance jeune soltera solteira nubile rodow rodné meisjes
    geboorte flick födelse pige føde syntymä születési leánykori djevojačko
    """
)
# (a trigger: the pattern runs only on a text whose lowered form holds one of the words)
_BIRTH_CAPTION_GATE = fast_regex.Trigger(
    re.compile(f"(?i:{'|'.join(_BIRTH_CAPTION_WORDS)})"), _BIRTH_CAPTION_WORDS
)
# What a form writes in the field when there is no such name.
_NO_NAME: Final = frozenset(
    word_list("none unknown same n/a na nil not no yes as see above below tbc tba required")
)


def birth_names(text: str) -> list[Span]:
    """A surname after a birth-name marker ("Karin Vik (née Schneider)", "geb. Müller");
    not a title, a role or a word in capitals of a heading."""
    if not _BIRTH_GATE.search(text):
        return _birth_captions(text)
    spans = []
    for m in _BIRTH_NAME.finditer(text):
        name = m.group("name")
        if is_title(name) or is_cue_word(name) or name.casefold() in COMMON:
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, BIRTH_NAME_RULE, 0.6))
    return spans + _birth_captions(text)


def _birth_captions(text: str) -> list[Span]:
    """The value of a birth-name caption (`_BIRTH_CAPTION`), common word or not."""
    if not _BIRTH_CAPTION_GATE.search(text):
        return []
    spans = []
    for m in _BIRTH_CAPTION.finditer(text):
        name = m.group("name")
        if is_title(name) or any(w.casefold() in _NO_NAME for w in name.replace("-", " ").split()):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, BIRTH_CAPTION_RULE, 0.6))
    return spans


DISPLAY_NAME_RULE: Final = "mail_display_name"
# RFC 5322's display name before an address in angle brackets, and the same written with
# round or square brackets ("Sophie Hall (hallso91@yahoo.com)"): capitalised words right
# before the bracket.
_DISPLAY_NAME = fast_regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){0,3})"
    r"[ \t]*[<(\[](?:mailto:)?(?P<local>[\w.+-]{2,64})@"
)


def _folded_ascii(word: str) -> str:
    """`word`'s ASCII letters once its accents are folded, as an e-mail's local part holds them."""
    return "".join(c for c in fold_accents(word) if c.isascii() and c.isalpha())


def display_names(text: str) -> list[Span]:
    """The display name before an e-mail address whose local part holds one of its words
    of three letters or more ("Sophie Hall (hallso91@...)", "Ana Ruiz <ana.r@...>"): the
    address names the person the words name. A desk ("Claims Team <claims@...>") is
    kept: its words are roles or common words."""
    if "@" not in text:
        return []
    spans = []
    for m in _DISPLAY_NAME.finditer(text):
        local = _folded_ascii(m.group("local"))
        words = m.group("name").split()
        folded = [w.casefold() for w in words]
        if any(_plain_word(w) and not is_given_name(w) for w in folded[-1:]):
            continue
        if any(len(f) >= 3 and f in local for f in map(_folded_ascii, words)):
            spans.append(Span(m.start("name"), m.end("name"), KIND, DISPLAY_NAME_RULE, 0.6))
    return spans
