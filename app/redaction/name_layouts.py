"""Person names that the layout of a form, a board or a record gives away, where the name
itself may be any word in any case:

- a travel document's or a registration card's field caption and the value beside it,
  a column's gap apart or in capitals after one space ("SURNAME / NOM   GALDIKAS",
  "Surname PELLI   First name Ludovica"): the captions of ICAO 9303's visual inspection
  zone (Doc 9303 part 4: the issuing state's language, then English, French or Spanish)
  and of national forms;
- a ward board's or handover's occupant in capitals after the bed or bay that holds them
  ("C2 BENITEZ — d/c today", "bed 12 ALVES still spiking"), as the patient status boards
  of wards write them; the board's own words (NBM, DNACPR, EMPTY, SIDE ROOM) stay;
- a given name alone after a spaced dash at a line's end, as the owner of a note or list
  ("MUM'S MEDS — SHANE");
- a person-named JSON key whose value has a name's shape (`"display_name":"Arif Gül"`),
  and HL7 FHIR's Reference.display beside a reference to a Patient, Practitioner,
  RelatedPerson or Person (`"reference":"Patient/123","display":"Esraa Samy"`);
- a lower-case login or surname after a staff role's caption ("Hygienist: louissaint"),
  and a nickname in quotes after "known as" ("a man I know as \"jaroslav\"");
- the name that a national identity number's caption follows ("Junior Bello,
  fødselsnummer 15010661428", "Jan Nowak, PESEL 44051401359"), or that opens a line whose
  number has its caption in brackets ("Berg, Ingrid: 24035007926 (fødselsnummer)");
- the given name of the person met after a meeting noun and "with" ("counselling with
  Grace booked");
- a surname in capitals before a patient's number in a mail subject or a list item
  ("MDT outcome - KAMAL 0091715848"), or after it closing the line ("claim CLM-2046-2052718
  - KOWALCZYK").

Every finder checks for a character or a word it needs before running its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from app.redaction import fast_regex
from app.redaction.caps_name_slots import caps_names_in_slots, payment_parties
from app.redaction.field_names import NATIONAL, PERSON, RECORD, field_kind
from app.redaction.given_names import fold_accents, given_names, is_given_name
from app.redaction.lower_case_names import english_senses, known_word
from app.redaction.name_forms import COMMON
from app.redaction.name_guards import HEADING_WORDS, ROLE_NOUNS
from app.redaction.name_neighbours import plain_word
from app.redaction.names import is_acronym, is_caps_section_word, is_not_name
from app.redaction.record_numbers import WORDS as ID_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
# The words that caption an identifier ("IMEI", "AMKA", "LANR"): never a surname before one.
_ID_WORDS: Final = frozenset(w for w in ID_WORDS if "-" not in w)
CAPTION_RULE: Final = "name_caption"
BOARD_RULE: Final = "board_occupant"
LAYOUT_RULE: Final = "name_layout"
_SCORE: Final = 0.8

# Field captions of a surname and of given names (ICAO 9303 part 4's VIZ captions in the
# languages of the issuing states, and the same fields of national forms and hotel
# registration cards). Multi-word captions are written with "_".
_SURNAME_CAPTIONS: Final = word_list(
    """
    surname surnames last_name family_name name nom nom_de_famille apellido apellidos
    primer_apellido cognome nachname familienname achternaam naam nazwisko příjmení
    prijmeni priezvisko pavardė pavarde uzvārds uzvards perekonnanimi sukunimi efternamn
    etternavn efternavn vezetéknév családi_név családnév nume prezime priimek soyadı
    soyadi soyad фамилия прізвище презиме επώνυμο apelido sobrenome sloinne cyfenw
    eftirnafn
    """
)
_GIVEN_CAPTIONS: Final = word_list(
    """
    given_name given_names first_name first_names forename forenames prénom prénoms
    prenom prenoms nombre nombres nome nomi vorname vornamen voornaam voornamen imię
    imiona imie jméno jména jmeno meno vardas vardai vārds vards eesnimi eesnimed
    etunimi etunimet förnamn fornavn utónév utónevek keresztnév prenume ime adı adi
    имя ім'я име όνομα nome_próprio nomes_próprios réamhainm enwau_cyntaf
    first_name_and_initial first_name_and_middle_initial
    """
)
# A signature's caption on a printed form: its value is the name the signer wrote on the
# line ("Signature ........ A Okafor ........").
_SIGNATURE_CAPTIONS: Final = word_list(
    """
    signature signature_of_applicant applicant's_signature unterschrift handtekening
    podpis assinatura underskrift namnteckning allekirjoitus aláírás
    """
)
_ALL_CAPTIONS: Final = (*_SURNAME_CAPTIONS, *_GIVEN_CAPTIONS, *_SIGNATURE_CAPTIONS)
_CAPTIONS: Final = trie_pattern(w.replace("_", " ") for w in _ALL_CAPTIONS)
_CAPTION_WORDS: Final = frozenset(part for w in _ALL_CAPTIONS for part in w.split("_"))
_NAME_WORD = r"\p{L}[\p{L}\p{M}'’-]*\.?"
# A value written one letter to a box, as scanned forms and ID cards print it and OCR
# reads it back with a blank between the letters ("M A R I C").
_SPACED = r"\p{Lu}(?:[ ]\p{Lu}){2,29}(?![\p{L}\p{N}.])"
# A caption (bilingual ones joined by "/"), a colon or a column's gap or one blank, and the
# value up to the next gap, the line's end or a delimiter; or the caption alone on its line
# and the value in capitals alone on the next (a passport's data page prints the caption
# above its field).
_CAPTION = fast_regex.compile(
    rf"(?<![\p{{L}}\p{{N}}_])"
    rf"(?i:(?P<caption>(?:{_CAPTIONS})(?:[ \t]*/[ \t]*(?:{_CAPTIONS})){{0,3}}))"
    # ICAO 9303 part 4 prints each caption in the issuing state's language and in English,
    # French or Spanish: the other half of a bilingual caption may be a language no list
    # holds ("Surname / Apelyido:"); then the value must be in capitals, as the VIZ prints it.
    r"(?:[ \t]*/[ \t]*(?P<other>\p{L}{3,20}(?:[ ]\p{L}{2,20}){0,2})(?=[ \t]*[:：]))?"
    r"(?:[ \t]*\([^()\n]{1,20}\))?"
    # a printed form's leader of underscores or dots ("Forename(s) ______ ADA", "Surname
    # ....... OKAFOR"), as place, postcode and age captions read it (places.py, postcodes.py)
    r"(?P<sep>[ \t]*[:：][ \t]*|[ \t]{0,2}[._…·]{2,40}[:：]?[ \t]{0,3}|[ \t]{2,}|\t[ \t]*|[ ]"
    r"|[ \t]*\r?\n[ \t]*|[ \t]*/[ \t]*)"
    rf"(?P<value>{_SPACED}|{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}})"
    r"(?=[ \t]{2,}|\t|[ \t]*(?:$|\n|[,;|/])|[ \t]+[-–—]{1,2}[ \t]|[._…·]{2})"
)


_LINE_END = fast_regex.compile(r"[ \t]*(?:\r?\n|$)")


def _name_value(value: str) -> bool:
    """Words that can be a name: none a common, heading, role, cue or caption word."""
    words = value.replace("/", " ").split()
    return bool(words) and not any(
        plain_word(w.casefold().strip(".'’-"))
        or is_caps_section_word(w.strip(".'’-"))
        or w.casefold().strip(".") in _CAPTION_WORDS
        for w in words
    )


def _other_caption(other: str, value: str) -> bool:
    """The unlisted half of a bilingual caption names no other field (an address, a
    number), and the value after it is in capitals."""
    found = field_kind(other)
    if found is not None and found[0] != PERSON:
        return False
    return value.isupper() and not is_acronym(value) and other.casefold() not in _ID_WORDS


# The captions alone, compiled by `re` (a trie of words: see fast_regex), find where the
# full pattern is tried.
_CAPTION_GATE = fast_regex.compile(rf"(?<![\w])(?i:{_CAPTIONS})(?![^\W\d_])", word_led=True)


def caption_names(text: str) -> list[Span]:
    """Values of surname and given-name captions (see the module docstring)."""
    spans = []
    end = 0
    for gate in _CAPTION_GATE.finditer(text):
        if gate.start() < end:
            continue
        m = _CAPTION.match(text, gate.start())
        if m is None:
            continue
        end = m.end()
        value = m.group("value")
        if len(value) > 2 and value[1] == " " and value.replace(" ", "").isupper():
            value = value.replace(" ", "")  # "M A R I C": one letter to a box
        sep = m.group("sep")
        if not value[0].isupper() or (
            (sep == " " or "\n" in sep or "/" in sep) and not value.isupper()
        ):
            continue  # "surname was changed": after one blank only a value in capitals
        if "/" in sep and (is_acronym(value) or value.casefold() in _ID_WORDS):
            continue  # "Name / DOB", "Nom / NIR": a header's other column, not a value
        if (other := m.group("other")) is not None and not _other_caption(other, value):
            continue  # "Name / Address: 12 …", "Surname / Initials: JK"

        if "\n" in sep and not _LINE_END.match(text, m.end("value")):
            continue  # under a caption alone on its line, the value fills its own line
        if not _name_value(value) or any(c.isdigit() for c in value):
            continue
        if not sep.strip() and len(sep) > 1 and field_kind(value) is not None:
            continue  # "NAME   CONS   EDD": a column gap, then the next column's label
        spans.append(Span(m.start("value"), m.end("value"), KIND, CAPTION_RULE, _SCORE))
    return spans


# A bed, a bay or a room and its number ("bed 12", "Rm 4b", "Bay 3"), or a bay's letter
# and bed number at a line's start ("C1", "B12", "3A"), as ward boards and handovers write
# them.
_BED = (
    r"(?i:bed|bay|rm|room|cubicle|cub|side[ ]room|chair|trolley|cot|pod)\.?[ \t]*"
    r"(?i:no\.?[ \t]*)?\d{1,3}[A-Za-z]?"
)
# Names in capitals, and the initial of the given name after them ("KOWALSKA M").
_CAPS_RUN = (
    r"\p{Lu}[\p{Lu}\p{M}'’-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}'’-]+){0,2}"
    r"(?:[ ]\p{Lu}\.?(?![\p{L}\p{N}]))?"
)
# What follows an occupant: a dash, colon, comma or bracket, a lower-case word, a gap.
_OCCUPANT_END = r"(?![\p{L}\p{N}])(?=[ \t]*(?:[—–:,()/-]|$)|[ \t]+\p{Ll}|[ \t]{2,})"
# The bed and its occupant: a separator ("bed 4: ", "bed 4 (", "Bay 2 - ") or a blank.
_BED_OCCUPANT = fast_regex.compile(
    # the separator may be a copula, as a handover says it ("bed 6 is NAME, not …")
    rf"(?<![\p{{L}}\p{{N}}]){_BED}(?P<sep>[ \t]*[:.)(\-–—][ \t]*|[ \t]+(?:is|=)[ \t]+|[ \t]+)"
    rf"(?P<name>{_CAPS_RUN}){_OCCUPANT_END}",
    re.M,
)
# A patient in lower or title case in brackets right after the bed ("bed 9 (larsen)",
# "Bay 2 (Okafor)"), as a handover in a chat names them: one or two words.
_BRACKET_WORD = r"\p{L}[\p{Ll}\p{M}'’-]{2,30}"
_BED_BRACKET = fast_regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){_BED}[ \t]*\([ \t]*(?P<name>{_BRACKET_WORD}(?:[ ]{_BRACKET_WORD})?)"
    r"[ \t]*\)"
)
# A patient in capitals whose bed or home a visit goes to ("went to KOWALSKI's", "visited
# OKAFOR's"): handover notes write the possessive where a board writes the bed.
_VISITED = fast_regex.compile(
    r"(?i:(?<![\w])(?:at|to|from|leaving|visited))[ \t]+"
    r"(?P<name>\p{Lu}[\p{Lu}\p{M}-]{2,30})['’]s\b"
)
_BAY_OCCUPANT = fast_regex.compile(
    r"^[ \t]*(?:[-*•·][ \t]*)?(?P<bay>\p{Lu}\d{1,2}[a-z]?|\d{1,2}\p{Lu})[ \t]*[:.)\-–—]?[ \t]+"
    rf"(?P<name>{_CAPS_RUN}){_OCCUPANT_END}",
    re.M,
)
# A nursing kardex's entry: the shift that writes it, a dash or a colon, the patient in
# capitals ("nights -- OKAFOR settled", "Early: NOWAK mobilising"), as handwritten ward
# notes open each shift's entry.
_SHIFT_OCCUPANT = fast_regex.compile(
    r"^[ \t]*(?i:nights?|days?|lates?|earlies|early|twilight|long[ ]day|night[ ]shift|"
    r"day[ ]shift|late[ ]shift|early[ ]shift)[ \t]*(?P<sep>--|[—–:-])[ \t]*"
    rf"(?P<name>{_CAPS_RUN}){_OCCUPANT_END}",
    re.M,
)
# The words and abbreviations of a patient status board: a bed's state, a precaution, a
# plan ("NBM" nil by mouth, "DNACPR", "TTO" to take out, "MFFD" medically fit for discharge).
_BOARD_WORDS: Final = frozenset(
    word_list(
        """
    nbm npo nil by mouth dnr dnar dnacpr respect edd tto tta mffd mofd rfd salt falls fall
    risk empty closed blocked clean dirty home discharged discharge admitted eol eolc
    palliative bariatric diabetic sepsis transfer theatre theater awaiting isolation
    isolate isolated side room barrier mrsa cdiff cdt covid flu norovirus noro vre cpe
    esbl cpap niv bipap peg ng iv oxygen stable unwell query confused delirium dementia
    hoist assist pressure area obs bloods scan xray ct mri echo ecg pending ready
    reserved booked bed bay chair escalation stepdown step down hdu icu itu ward dols mca
    nok tbc tba new admission outlier boarder ooh out
    sau amu ccu iso male female ivi pca vte uti aki dka gcs news ews fbc ctpa ngt npa cdi
    """
    )
)
_PARTICLES: Final = frozenset(
    word_list("de da di du del della der den van von ter ten le la al el dos das do bin ibn")
)
_VOWELS: Final = frozenset("AEIOUY")


def _board_word(word: str) -> bool:
    """A board's word, not a name: its abbreviations, an acronym, a common or heading word,
    a short word or one without a vowel (ASCII letters only; other letters count as one)."""
    bare = word.strip("'’-")
    folded = bare.casefold()
    return (
        folded in _BOARD_WORDS
        or plain_word(folded)
        or is_caps_section_word(bare)
        or is_acronym(bare)
        or folded in HEADING_WORDS
        or (bare.isascii() and not _VOWELS.intersection(bare.upper()))
    )


_TITLES: Final = frozenset(word_list("mr mrs ms miss mx dr prof sr sra fr"))


def _without_title(text: str, start: int, end: int) -> int:
    """Where the name starts after a title in capitals ("MR OKAFOR" -> "OKAFOR")."""
    first = text[start:end].split(" ", 1)
    if len(first) == 2 and first[0].casefold().rstrip(".") in _TITLES:
        return start + len(first[0]) + 1
    return start


def _occupant(name: str, *, marked: bool = False) -> bool:
    """A name, not a board's word; a lone word of three letters only after a separator
    that marks a name ("bed 4 (COX)", "at JHA's"), not after a blank ("bed 2 NIV")."""
    words = [w for w in name.split() if w.casefold() not in _PARTICLES]
    if len(words) >= 2 and len(words[-1].rstrip(".")) == 1:
        words = words[:-1]  # the given name's initial
    if not words or len(words[-1]) < 3 or any(_board_word(w) for w in words):
        return False
    short = 2 if marked else 3
    return not (len(words) == 1 and len(words[0]) <= short)  # "NG", "ICU": a lone short word


def _bracketed_occupant(word: str) -> bool:
    """A word in brackets after a bed is a name's: no board, heading or common word, and
    no word of English but a dictionary given name ("bed 4 (isolation)", "(empty)" stay)."""
    folded = word.casefold()
    if _board_word(word) or is_not_name(word):
        return False
    return is_given_name(folded) or not known_word(folded)


def board_names(text: str) -> list[Span]:
    """Occupants in capitals after their bed or bay (see the module docstring), and a
    patient in capitals whose bed a visit goes to ("visited OKAFOR's"); a bay's letter
    and number count only where two lines or more open with one (a board)."""
    spans = []
    folded = text.casefold()
    found = []
    if any(
        w in folded for w in ("bed", "bay", "rm", "room", "cub", "chair", "trolley", "cot", "pod")
    ):
        found += list(_BED_OCCUPANT.finditer(text))
        if "(" in text:
            spans += [
                Span(m.start("name"), m.end("name"), KIND, BOARD_RULE, _SCORE)
                for m in _BED_BRACKET.finditer(text)
                if all(_bracketed_occupant(w) for w in m.group("name").split())
            ]
    bays = list(_BAY_OCCUPANT.finditer(text))
    if len({m.group("bay") for m in bays}) >= 2:
        found += bays
    if "'s" in text or "’s" in text:
        found += list(_VISITED.finditer(text))
    if any(w in folded for w in ("night", "day", "late", "earl", "twilight")):
        found += list(_SHIFT_OCCUPANT.finditer(text))
    for m in found:
        start = _without_title(text, m.start("name"), m.end("name"))
        marked = "sep" not in m.re.groupindex or any(c in m.group("sep") for c in "(:-–—")
        if _occupant(text[start : m.end("name")], marked=marked):
            spans.append(Span(start, m.end("name"), KIND, BOARD_RULE, _SCORE))
    return spans


# "Last, First" in a table cell that an export wrapped at its column width, the comma
# closing one line and the given name opening the next ("| King,\nDana | Baker J. |"):
# the cell's edge (a pipe or a tab) before the surname, and after the given name.
_CELL_WORD = r"\p{Lu}[\p{L}\p{M}'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}'’-]+)?"
_WRAPPED_CELL = fast_regex.compile(
    rf"(?<=[|\t][ \t]*)(?P<name>(?P<last>{_CELL_WORD}),[ \t]*\n[ \t]*(?P<first>{_CELL_WORD}))"
    r"(?=[ \t]*(?:[|\t]|$))",
    re.M,
)


def wrapped_cell_names(text: str) -> list[Span]:
    """ "Last,\nFirst" broken over a line inside a table cell; neither part a board's,
    heading or common word."""
    if ",\n" not in text or ("|" not in text and "\t" not in text):
        return []
    spans = []
    for m in _WRAPPED_CELL.finditer(text):
        words = m.group("last").split() + m.group("first").split()
        if any(_board_word(w) or is_not_name(w) for w in words):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, BOARD_RULE, _SCORE))
    return spans


# A given name (and one more name word) alone after a spaced dash at a line's end.
_DASH_TAIL = fast_regex.compile(
    r"(?<=\S[ \t]{1,3}[—–-][ \t]{1,3})"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?)[ \t]*$",
    re.M,
)


def dash_tail_names(text: str) -> list[Span]:
    """A dictionary given name after a spaced dash, last on its line ("— SHANE")."""
    if not any(d in text for d in ("—", "–", " - ")):
        return []
    spans = []
    for m in _DASH_TAIL.finditer(text):
        words = m.group("name").split()
        if not is_given_name(words[0]) or not _name_value(m.group("name")):
            continue
        if any(is_not_name(w) or is_acronym(w) for w in words):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, LAYOUT_RULE, 0.6))
    return spans


# A JSON string value and its key.
_JSON_PAIR = fast_regex.compile(
    r'"(?P<key>[A-Za-z][\w.-]{0,40})"\s*:\s*"(?P<value>[^"\\\n]{2,80})"'
)
# A name's shape: two to four capitalised words (particles between), no digit.
_SHAPE_WORD = r"\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*"
_NAME_SHAPE = fast_regex.compile(
    rf"{_SHAPE_WORD}(?:[ ](?:(?:de|da|di|van|von|der|del|dos|bin|al|el|le|la)[ ])?"
    rf"{_SHAPE_WORD}){{1,3}}"
)
# FHIR resources a Reference.display names a person for.
_PERSON_REFERENCE = fast_regex.compile(
    r'"reference"\s*:\s*"(?:[^"\n]*/)?(?:Patient|Practitioner|RelatedPerson|Person)/'
)


def _object_around(text: str, start: int, end: int) -> str:
    """The innermost JSON object's text around [start, end), within 400 characters."""
    left = text.rfind("{", max(0, start - 400), start)
    right = text.find("}", end, end + 400)
    return text[left + 1 if left >= 0 else max(0, start - 400) : right if right >= 0 else end]


def json_names(text: str) -> list[Span]:
    """Values of JSON keys that name a person, where the value has a name's shape, and
    FHIR Reference.display beside a reference to a person's resource."""
    if '":' not in text and '" :' not in text:
        return []
    spans = []
    for m in _JSON_PAIR.finditer(text):
        key, value = m.group("key"), m.group("value")
        if key.casefold() == "display":
            person = _PERSON_REFERENCE.search(_object_around(text, m.start(), m.end()))
        else:  # a bare "name" is any resource's (an organisation, a test, a device)
            found = field_kind(key) if key.casefold() not in ("name", "names") else None
            person = found is not None and found[0] == PERSON
        if person and _NAME_SHAPE.fullmatch(value) and _keyed_name(value):
            spans.append(Span(m.start("value"), m.end("value"), KIND, LAYOUT_RULE, _SCORE))
    return spans


def _keyed_name(value: str) -> bool:
    """A name-shaped value under a person's key is a name: no word a plain one, or a
    dictionary given name first and the plain words short surnames after it ("Moussa Na",
    "Minh Do", "Xuan An": Korean, Vietnamese and Chinese surnames of two letters that are
    words elsewhere)."""
    if _name_value(value):
        return True
    first, *rest = value.split()
    return (
        is_given_name(first)
        and _name_value(first)
        and all(len(w) <= 3 or _name_value(w) for w in rest)
    )


# "Hygienist: louissaint": a staff role's caption and a single lower-case word, alone to
# the line's end, as rotas and charts fill the field with a login or a surname.
_ROLE_VALUE = fast_regex.compile(
    r"(?<![\p{L}])(?P<role>\p{L}{3,30})[ \t]*:[ \t]*(?P<name>\p{Ll}[\p{Ll}'’]{3,30})"
    r"[ \t]*(?=$|[,;\n])",
    re.M,
)
_AGENT_ENDS: Final = ("ist", "ian", "grapher", "ician", "ologist")
_LIST_WORDS: Final = ("list",)  # "checklist", "waitlist": a list, not a role


def _staff_role(role: str) -> bool:
    folded = role.casefold()
    if folded in ROLE_NOUNS:
        return True
    if folded.endswith(_LIST_WORDS) and not folded.endswith(("alist", "ialist")):
        return False
    return folded.endswith(_AGENT_ENDS) and folded not in COMMON


def role_values(text: str, known: Callable[[str], bool]) -> list[Span]:
    """A lower-case word the model's vocabulary lacks after a staff role's caption."""
    if ":" not in text:
        return []
    spans = []
    for m in _ROLE_VALUE.finditer(text):
        name = m.group("name")
        if not _staff_role(m.group("role")) or name in COMMON or known(name):
            continue
        if plain_word(name):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, LAYOUT_RULE, 0.6))
    return spans


# A nickname after a naming phrase, in quotes in any case or a dictionary given name
# without them ('a man I know as "jaroslav"', "known as felipe").
_NICKNAME = fast_regex.compile(
    r"(?i:\b(?:(?:know|known|knew)(?:[ \t]+(?:him|her|them))?(?:[ \t]+only)?[ \t]+as|"
    r"called|named|nicknamed|aka|a\.k\.a\.|"
    r"goes[ \t]+by|went[ \t]+by|"
    r"calls[ \t]+(?:himself|herself|themselves)))[ \t]+"
    r"(?:(?P<q>[\"“'‘])(?P<quoted>\p{L}[\p{L}'’-]{1,30}(?:[ ]\p{L}[\p{L}'’-]{1,30})?)[\"”'’]"
    r"|(?P<bare>\p{Ll}[\p{Ll}'’-]{1,30})(?![\p{L}\p{N}@]))"
)


def nicknames(text: str) -> list[Span]:
    """Nicknames after "known as", "called", "aka" (see `_NICKNAME`)."""
    spans = []
    for m in _NICKNAME.finditer(text):
        group = "quoted" if m.group("quoted") is not None else "bare"
        value = m.group(group)
        if not _name_value(value) or (group == "bare" and not is_given_name(value)):
            continue
        if value[0].isupper() and group == "bare":
            continue  # a capitalised name there is the cue rules' (names.py)
        spans.append(Span(m.start(group), m.end(group), KIND, LAYOUT_RULE, 0.6))
    return spans


# Two to four capitalised words, a comma and a caption of a national identity or record
# number, then the number: "Junior Bello, fødselsnummer 15010661428".
_NAME_BEFORE_ID = fast_regex.compile(
    r"(?<![\p{L}\p{N}'’.-])(?P<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'’-]+){1,3}),"
    r"[ \t]{1,2}(?P<label>\p{L}[\p{L} .'-]{1,40}?)[ \t]*(?:[:#№]|n[º°o]\.?)?[ \t]*\d"
)


# The holder opening a list line, then the number with its caption in brackets after it:
# "Berg, Ingrid: 24035007926 (fødselsnummer)", "Ilse Maas: 790702-4793 (personnummer)".
_HOLDER_ID_CAPTION = fast_regex.compile(
    r"^[ \t]{0,4}(?:[-*•][ \t]*)?"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:,?[ ]\p{Lu}[\p{Ll}\p{M}'’-]+){1,3})"
    r"[ \t]*[:–—-][ \t]*\d[\d \-./]{4,20}\p{Lu}?[ \t]*\((?P<label>\p{L}[\p{L} .'-]{1,40})\)",
    re.M,
)


def names_before_ids(text: str) -> list[Span]:
    """A name right before the caption of a national id or record number after a comma, or
    opening a line whose number carries its caption in brackets."""
    spans = []
    if "(" in text:
        for m in _HOLDER_ID_CAPTION.finditer(text):
            found = field_kind(m.group("label").strip(" ."))
            if found is None or not found[1] or found[0] not in (NATIONAL, RECORD):
                continue
            name = m.group("name")
            words = name.replace(",", " ").split()
            if not _name_value(name.replace(",", "")) or any(is_not_name(w) for w in words):
                continue
            if not any(is_given_name(w) for w in words):
                continue  # no heading's words: "Shadow Payroll: ... (fødselsnummer)"
            spans.append(Span(m.start("name"), m.end("name"), KIND, LAYOUT_RULE, 0.7))
    for m in _NAME_BEFORE_ID.finditer(text):
        found = field_kind(m.group("label").strip(" ."))
        if found is None or not found[1] or found[0] not in (NATIONAL, RECORD):
            continue
        name = m.group("name")
        if not _name_value(name) or any(is_not_name(w) for w in name.split()):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, LAYOUT_RULE, 0.7))
    return spans


# "Counselling with Victoria booked", "appointment with Grace on Monday": after a meeting
# noun and "with", a lone dictionary given name is the person met, even one that is more
# often a place or a word elsewhere; a month or a weekday is not, nor a name that goes on
# into a capitalised word ("with Victoria Hospital").
_MEETING_WITH = fast_regex.compile(
    r"(?i:\b(?:appointment|appt|session|sessions|meeting|consult|consultation|review|"
    r"counselling|counseling|call|visit|follow-up|catch-up|chat|interview|therapy|"
    r"booked|scheduled)[ \t]+with)[ \t]+(?P<name>\p{Lu}\p{Ll}{2,30})"
    r"(?![\p{L}\p{N}@'’-]|[ \t]+\p{Lu}|\.\p{L})"
)
_CALENDAR_WORDS: Final = frozenset(
    word_list(
        """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
    )
)


def meeting_names(text: str) -> list[Span]:
    """The given name of the person met after a meeting noun and "with" (`_MEETING_WITH`)."""
    if "with" not in text and "With" not in text:
        return []
    spans = []
    for m in _MEETING_WITH.finditer(text):
        name = m.group("name")
        folded = name.casefold()
        if folded in _CALENDAR_WORDS or plain_word(folded) or folded not in given_names():
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, LAYOUT_RULE, 0.6))
    return spans


# A surname in capitals right before a patient's number: the way clinical mail, MDT lists
# and referrals identify a patient in a subject line or a list item ("Fw: MDT outcome -
# KAMAL 0091715848", "Re: DIRIBA M99942731"), pairing the surname with the hospital or NHS
# number as NHS information governance asks instead of the full name. The number is six
# digits or more after at most three letters; the capitals open a field of a mixed-case
# line (its start, or after a dash, a colon, a bar or a tab) or follow a given name in
# capitals ("provider JESUS JONES NPI 1372851786"), not a caption after a word or a comma
# ("phone IMEI 0105...", "Chen, AHPRA NMW...").
_CAPS_BEFORE_NUMBER = fast_regex.compile(
    r"(?<![\p{L}\p{N}'’.@/_-])(?P<name>\p{Lu}{3,}(?:[-'’]\p{Lu}{2,})?)[ \t]+"
    r"(?P<number>(?:\p{Lu}{1,3}[ -]?)?\d{6,})(?![\p{L}\p{N}]|[.,]\d)"
)
# The other order of the same pairing: the number, then the surname closing the subject
# line ("Re: claim CLM-2046-2052718 - KOWALCZYK", "Fw: M99942731 DIRIBA"), as claims and
# case systems write "<reference> - <surname>".
_CAPS_AFTER_NUMBER = fast_regex.compile(
    r"(?<![\p{L}\p{N}.,/-])(?P<number>(?:\p{Lu}{1,4}[ -]?)?\d[\d-]{4,}\d)[ \t]+"
    r"(?:[-–—:/][ \t]+)?(?P<name>\p{Lu}{3,}(?:[-'’]\p{Lu}{2,})?)[ \t]*$",
    re.M,
)
_FIELD_OPENING = fast_regex.compile(r"(?:(?:^|[-–—:|\t>])[ \t]*|(?<![\p{L}\p{N}])\p{Lu}{2,}[ ])$")
_SIX_DIGITS = re.compile(r"\d{6}")
_DATE_DIGITS = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def caps_names_before_numbers(text: str) -> list[Span]:
    """A surname in capitals before a patient's number (`_CAPS_BEFORE_NUMBER`); no label,
    abbreviation, heading or common word ("MRN 0091715848", "IMEI 3524...")."""
    if _SIX_DIGITS.search(text) is None:
        return []
    spans = []
    for m in _CAPS_BEFORE_NUMBER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = len(text) if (e := text.find("\n", m.end())) < 0 else e
        if not _FIELD_OPENING.search(text, line_start, m.start()):
            continue
        if not any(c.islower() for c in text[line_start:line_end]):
            continue  # a line all in capitals: a header of labels and codes
        if _DATE_DIGITS.fullmatch(m.group("number")):
            continue  # "FOOSH 20240313": a finding and its date
        words = re.split(r"[-'’]", m.group("name"))
        if any(_not_a_caps_name(w) for w in words) or not any(len(w) >= 4 for w in words):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, LAYOUT_RULE, 0.6))
    return spans + _caps_names_after_numbers(text)


def _caps_names_after_numbers(text: str) -> list[Span]:
    spans = []
    for m in _CAPS_AFTER_NUMBER.finditer(text):
        if _SIX_DIGITS.search(m.group("number").replace("-", "")) is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not any(c.islower() for c in text[line_start : m.start()]):
            continue  # a line all in capitals: a header of labels and codes
        words = re.split(r"[-'’]", m.group("name"))
        if any(_not_a_caps_name(w) or english_senses(w.casefold())[1] for w in words):
            continue  # a status after the reference: "- PAID", "- CANCELLED"
        if not any(len(w) >= 4 for w in words):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, LAYOUT_RULE, 0.6))
    return spans


def _not_a_caps_name(word: str) -> bool:
    """A word in capitals that captions a number, abbreviates, heads or is common."""
    folded = word.casefold()
    return (
        field_kind(word) is not None
        or folded in _ID_WORDS
        or is_acronym(word)
        or is_caps_section_word(folded)
        or plain_word(folded)
        or folded in HEADING_WORDS
        or not any(c in "aeiouy" for c in fold_accents(folded))
    )


def names_from_layout(text: str, known: Callable[[str], bool]) -> list[Span]:
    """Every finder of this module over `text`; `known` says whether a lower-case word is
    in the language model's vocabulary."""
    spans = caption_names(text) + board_names(text) + dash_tail_names(text)
    spans += wrapped_cell_names(text)
    spans += json_names(text) + role_values(text, known) + nicknames(text)
    spans += caps_names_before_numbers(text) + caps_names_in_slots(text) + payment_parties(text)
    return spans + names_before_ids(text) + meeting_names(text)
