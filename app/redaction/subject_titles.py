"""A title in capitals over a form whose first field names the form's subject.

"RESEP DOKTER", "FOAIE MATRICOLĂ", "KSIĘGA WIECZYSTA nr …", "VYŠETRENÍ / REPORT": line 1 in
capitals, then the form's first field, whose value is a person with a given name in it
("Nama pasien: Citra Maryati", "Elev: NISTOR Sidonia"). spaCy and the unknown-word rule read
such a title as a person whenever its words are unknown to them; `label_guards.title_line`
and `form_titles` know a title only by its words (a document noun, three words) or its
shape (a lower-case word), for two words in capitals may be a name over a form as well.
Here the form says whom it is about, right under the line: the words over that person are
the form's heading.

A name can head a form ("OKAFOR ADEYEMI" over "Tel: …"), so the finding stays a person when
the first field under it names no one with a given name, when a word of it is a given name,
when it is written "Surname, Given", when anything stands before it on line 1, when its line
goes on with more than a separator or a number's abbreviation, or when a word of it comes
back anywhere else in the text (a name is signed, addressed, repeated; a heading is not).
`name_guards.guarded_persons` asks this of findings made from the word itself.
"""

from __future__ import annotations

import re

from app.redaction import fast_regex
from app.redaction.label_guards import (  # the same words
    LABEL_WORD,
    any_given,
    without_connectors,
)
from app.redaction.spans import Span

_MIN_WORDS = 2
_MAX_WORDS = 6
# What may follow the title on line 1: nothing, a separator and more of the title
# ("VENDÉGBEJELENTŐ LAP / REGISTRATION CARD", "FICHA CADASTRAL - PESSOA FÍSICA"), or a
# number's abbreviation before the document's number ("KSIĘGA WIECZYSTA nr CLM-…",
# "ATESTADO POLICIAL Nº 5331-…", "ÚŘEDNÍ ZÁZNAM č. j. …").
_LINE_GOES_ON = fast_regex.compile(
    r"[ \t]*(?:$|[-–—/|][ \t]|(?i:nr|no|n|n[º°o]|č|№)\.?[ \t]*(?:j\.[ \t]*)?[\p{Lu}\d])"
)
# A number's abbreviation a finding may end with, and the number after it.
_NUMBER_WORDS = frozenset(("nr", "no", "n", "nº", "n°", "č", "№"))
_NUMBER_AFTER = fast_regex.compile(r"[ \t.]*(?:j\.[ \t]*)?[\p{Lu}\d]")
# A field line: a label of letters (a few words, a slash, brackets) and a colon, then a
# value on the same line (the first field of a form).
_FIELD_LINE = fast_regex.compile(
    r"[ \t]*\p{L}[\p{L}\p{Mn} \t/.,'’()º°-]{0,48}?[ \t]?[:：][ \t]*(?P<value>[^\s:][^\n]*)"
)


def subject_title(text: str, span: Span, persons: list[Span]) -> bool:
    """`span` is the whole opening of line 1, in capitals (two to six words, no given
    name, no comma, no word of it found again in the text), its line ends or goes on
    with a separator or a number's abbreviation only, and the next line is a field
    whose value holds a person finding (of `persons`) with a given name: the form's
    title over the field that names its subject, no person."""
    if span.start and not text[span.start - 1].isspace():
        return False  # the common case, decided without reading the text before it
    first = len(text) - len(text.lstrip())
    if span.start != first:
        return False
    eol = text.find("\n", first)
    if eol < 0 or span.end > eol:
        return False
    value = text[span.start : span.end]
    if "," in value or any(c.isdigit() for c in value):
        return False
    words = without_connectors(LABEL_WORD.findall(value))
    numbered = bool(words) and words[-1].strip(".").casefold() in _NUMBER_WORDS
    if numbered:
        words = words[:-1]  # "ATESTADO POLICIAL Nº": the abbreviation went into the finding
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not all(w.isupper() for w in words):
        return False
    goes_on = _NUMBER_AFTER if numbered else _LINE_GOES_ON
    if goes_on.match(text[:eol].rstrip("\r"), span.end) is None:
        return False
    if any_given(words) or _found_again(text, span, words):
        return False
    nxt = eol + 1
    while nxt < len(text) and text[nxt] in " \t\r\n":
        nxt += 1
    field = _FIELD_LINE.match(text, nxt)
    if field is None:
        return False
    start, end = field.start("value"), field.end("value")
    return any(
        p.kind == "PERSON"
        and start <= p.start
        and p.end <= end
        and any_given(LABEL_WORD.findall(text[p.start : p.end]))
        for p in persons
    )


def _found_again(text: str, span: Span, words: list[str]) -> bool:
    """A word of the finding stands in the text outside it, as a word of its own, in any
    case ("KOWALSKI" over "Kowalski" in a signature)."""
    for word in words:
        bare = word.strip(".'’-")
        if not bare:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(bare)}(?!\w)", re.IGNORECASE)
        if any(not span.start <= m.start() < span.end for m in pattern.finditer(text)):
            return True
    return False
