"""The name lines of an identity document read without its captions (OCR or PDF text of a
card or a passport's data page): the surname and the given names each on a line of their
own in capitals, right above the line that opens with the date of birth, as ICAO 9303's
visual inspection zone orders the fields (surname, given names, then nationality, birth
date and place).

    IDENTITY CARD / CARTE D'IDENTITE
    DUARTE
    HÉLDER
    13.07.1955  Gallneukirchen

Read only in a text whose first lines name an identity document. Up to two lines above
the date, each of one to three words in capitals, none a heading, common or document
word; the title line itself holds such words and stops the reading.

A card that keeps its captions may give the name's caption a line of its own and the name
the lines below it, a part a line (Mexico's voter card: paternal surname, maternal
surname, then the given names; Spain's DNI: APELLIDOS, then each surname):

    NOMBRE
    ARGUELLO BRISEÑO
    CARLOTA
    DOMICILIO

Up to three such lines below a caption line, in any text (the caption is the cue).
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.name_neighbours import plain_word
from app.redaction.names import is_caps_section_word
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "id_card_lines"
SCORE: Final = 0.75

# The titles of identity documents, folded (a card's or a passport's first line).
_TITLES: Final = (
    "identity card",
    "carte d'identit",
    "carte nationale d'identit",
    "passport",
    "passeport",
    "pasaporte",
    "passaporto",
    "reisepass",
    "personalausweis",
    "carta d'identit",
    "documento nacional de identidad",
    "cartão de cidadão",
    "identiteitskaart",
    "identiteitsbewijs",
    "dowód osobisty",
    "občanský průkaz",
    "residence permit",
    "titre de séjour",
    "aufenthaltstitel",
)
_DATE_LINE: Final = re.compile(r"^[ \t]*\d{1,2}[./ -]\d{1,2}[./ -](?:19|20)\d\d\b", re.M)
_CAPS_WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*"  # in capitals: `_name_line` checks
_NAME_LINE: Final = re.compile(rf"[ \t]*(?P<name>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}})[ \t]*")
_PARTICLES: Final = frozenset(
    ("van", "von", "de", "da", "del", "der", "den", "dos", "du", "le", "la")
)


def _name_line(line: str) -> re.Match[str] | None:
    m = _NAME_LINE.fullmatch(line)
    if m is None or not m.group("name").isupper():
        return None
    for word in m.group("name").split():
        folded = word.casefold()
        if folded in _PARTICLES:
            continue
        if len(word) < 2 or plain_word(folded) or is_caps_section_word(word):
            return None
    return m


# A line that is only a name's caption, in one or two languages ("NOMBRE", "APELLIDOS",
# "Surname / Nom", "Given names"), folded.
_CAPTION_WORDS: Final = frozenset(
    word_list(
        """
    nombre nombres nombre(s) apellido apellidos apellido(s) name names surname surnames
    given forename forenames nom noms prénom prénoms prenom prenoms nachname vorname
    vornamen cognome nome nomi sobrenome sobrenomes achternaam voornaam voornamen nazwisko
    imiona imię efternamn förnamn etternavn fornavn efternavn sukunimi etunimet
    """
    )
)
_CAPTION_LINE: Final = re.compile(r"^[ \t]*([^\W\d_][^\n]{2,40}?)[ \t]*:?[ \t]*$", re.M)


def _caption_line(line: str) -> bool:
    words = [w for w in re.split(r"[ /|,]+", line.casefold()) if w and w not in ("of", "y")]
    return bool(words) and all(w in _CAPTION_WORDS for w in words)


def _below_captions(text: str) -> list[Span]:
    spans = []
    for cap in _CAPTION_LINE.finditer(text):
        if not _caption_line(cap.group(1)):
            continue
        start = cap.end() + 1
        for _ in range(3):
            if start >= len(text) or text[start - 1] != "\n":
                break
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            m = _name_line(text[start:end])
            if m is None or _next_caption(m.group("name")):
                break
            spans.append(Span(start + m.start("name"), start + m.end("name"), KIND, RULE, SCORE))
            start = end + 1
    return spans


# Captions of a card's other fields, which the lines of a name stop at ("DOMICILIO", "SEXO").
_OTHER_CAPTIONS: Final = frozenset(
    word_list(
        """
    sexo sex sexe geschlecht nacionalidad nationality nationalité nationalite
    staatsangehörigkeit nacionalidade fecha date datum firma signature unterschrift
    """
    )
)


def _next_caption(line: str) -> bool:
    """The caption of the card's next field: a name's own, or one of another field."""
    from app.redaction.field_names import PERSON, field_kind  # noqa: PLC0415

    if _caption_line(line) or line.casefold() in _OTHER_CAPTIONS:
        return True
    found = field_kind(line)
    return found is not None and found[0] != PERSON


def id_card_lines(text: str) -> list[Span]:
    """The surname and given-name lines above the birth date's line, and below a caption
    line of their own (see the module)."""
    spans = _below_captions(text) if "\n" in text else []
    head = text[:200].casefold()
    if not any(t in head for t in _TITLES):
        return spans
    for date in _DATE_LINE.finditer(text):
        end = date.start() - 1  # the line break before the date's line
        for _ in range(2):
            if end <= 0 or text[end] != "\n":
                break
            start = text.rfind("\n", 0, end) + 1
            m = _name_line(text[start:end])
            if m is None:
                break
            spans.append(Span(start + m.start("name"), start + m.end("name"), KIND, RULE, SCORE))
            end = start - 1
    return spans
