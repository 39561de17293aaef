"""The title a form opens with, over its first "Label: value" line.

A form's first line names the form ("Anforderung Röntgen", "WYNIK BADANIA", "Klantacceptatie
— particulier", "HAEMODIALYSIS RUN SHEET | 04/10/2024") and its next line is a field
("Name, Vorname: …", "Pacjent: …"). spaCy and the unknown-word rule read such a title as a
person whenever its words are unknown to them, and `label_guards.title_line` knows a title
only by its words (a document noun, capitals of three words). Here the layout says it: the
line under it is a field, as under the title of every form in every language.

A name can open a document too ("JAMIE ROBERTS" over a prescription, "Obeng Okyere" over
an address), so the finding stays a person when a word of it is a given name, when it is
written "Surname, Given", when line 1 before it holds a label or a number ("Claimant:
GUEVARRA", "Ticket 12 for …"), or when a word of it comes back as a field's value below
("OKAFOR ADEYEMI" over "Name: Okafor Adeyemi"): only a title that names nobody in the form
is dropped. `name_guards.not_a_person` asks this of findings made from the word itself.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.label_guards import (  # the same words
    LABEL_WORD,
    any_given,
    title_noun,
    without_connectors,
)
from app.redaction.spans import Span

# A field line: a label of letters (a few words, a slash, dots of a dotted leader,
# brackets) and a colon (French spacing, a full-width colon too), then a value.
_FIELD_LINE = fast_regex.compile(
    r"[ \t]*\p{L}[\p{L}\p{Mn} \t/.,'’()º°-]{0,48}[ \t]?[:：][ \t]*[^\s:]"
)
# What a field line below holds after its colon, to its line's end.
_VALUE = fast_regex.compile(r"[:：](?P<value>[^\n]*)")


def form_title(text: str, span: Span) -> bool:
    """`span` lies on the document's first line, nothing before it there is a label or a
    number, none of its words is a given name or comes back as a field's value, and the
    next line is a field ("Label: value"): the form's title, no person."""
    first = len(text) - len(text.lstrip())
    eol = text.find("\n", first)
    if eol < 0 or span.start < first or span.end > eol:
        return False
    before = text[first : span.start]
    if any(c.isdigit() or c in ":：@" for c in before):
        return False  # "Claimant: GUEVARRA", "Ticket 4 for Abderrahim Fati"
    value = text[span.start : span.end]
    if "," in value:
        return False  # "Jenkins, Sharon": a name's inverted order
    words = without_connectors(LABEL_WORD.findall(value))
    if not words or any_given(words):
        return False
    if not _title_shape(text, span, eol, words) and not _capitals_title(text, span, eol, words):
        return False
    nxt = eol + 1
    while nxt < len(text) and text[nxt] in " \t\r\n":
        nxt += 1
    if _FIELD_LINE.match(text, nxt) is None:
        return False
    below = _values_below(text, eol)
    return not any(w.strip(".'’-").casefold() in below for w in words)


# A word this long is a compound noun of a title ("Klantacceptatie", "Aufenthaltstitel",
# "Betrugsverdacht"), far longer than the words of almost every name.
_LONG_WORD = 13
# A lower-case word after the finding on its line, past a spaced dash or a bar: the title
# goes on in words ("Ambulanter Befund vom …", "Klantacceptatie — particulier").
_LOWER_AFTER = fast_regex.compile(r"[ \t]*(?:[-–—|/][ \t]*)?\p{Ll}[\p{L}\p{Mn}'’-]{2,}")


# Title nouns that also head an institution's name ("CLÍNICA TREGUACO"): no title alone.
_INSTITUTION_HEADS = frozenset(("clínica", "clínico", "médica", "médico", "hospitalar"))


def _capitals_title(text: str, span: Span, eol: int, words: list[str]) -> bool:
    """The whole of line 1 in capitals, with a noun that names a document ("BIOMETRIC
    ENROLMENT", "WNIOSEK URLOPOWY"): a title however short its words."""
    if text[span.end : eol].strip() or not all(w.isupper() for w in words):
        return False
    nouns = [w for w in words if title_noun(w)]
    return any(w.strip(".'’-").casefold() not in _INSTITUTION_HEADS for w in nouns)


def _title_shape(text: str, span: Span, eol: int, words: list[str]) -> bool:
    """What a name is not shaped like: a lower-case word in it or after it, or a word of
    thirteen letters or more (a double-barrelled surname's parts counted apart: a part of
    "Hernández-Castillo" is no longer than a name). Capitalised words alone on line 1
    ("OKAFOR ADEYEMI", "Okafor Adeyemi Obeng") stay a name whatever comes below."""
    if any(len(part) >= _LONG_WORD for w in words for part in w.strip(".'’-").split("-")):
        return True
    if any(w[:1].islower() and len(w) >= 3 for w in words):
        return True
    return _LOWER_AFTER.match(text, span.end, eol) is not None


def _values_below(text: str, eol: int) -> frozenset[str]:
    """The words that fields below line 1 hold as values (after a colon), folded: a word
    of the title among them is a name the form names ("OKAFOR" over "Name: Okafor")."""
    return frozenset(
        w.strip(".'’-").casefold()
        for m in _VALUE.finditer(text, eol)
        for w in LABEL_WORD.findall(m.group("value"))
    )
