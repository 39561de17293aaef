"""Persons listed with their role in brackets after an attendance label, as minutes of a
board, a meeting or a hearing write who was there ("Present: A. Ortiz (chair), Little
(surgery), Dr Wren (radiology)", "Anwesend: Keller (Vorsitz), Brandt (Protokoll)").

The bracketed role after each item and the label before the list say that every item is
a person, whatever English makes of the word ("Little", "Bishop"): an item is one to
three capitalised words or initials, a comma or a semicolon between items. An item that
is itself a role or a common word ("Nurse (ward 3)", "All (present)"), or a clinical
finding ("Present: Fever (38.5), Rash (trunk)"), is left; so is a word English knows,
unless another item of the list shows it lists persons (two words, a title, an initial).
A text without an attendance label costs one search of a short word list.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.lower_case_names import known_word
from app.redaction.name_forms import COMMON
from app.redaction.name_guards import ROLE_NOUNS, clinical_phrase
from app.redaction.names import KIND, is_title
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

ATTENDEE_RULE: Final = "attendee_with_role"
_SCORE: Final = 0.7

# "Present" and its kin in English, German, French, Italian, Spanish, Portuguese, Dutch,
# Swedish, Norwegian and Danish.
_LABELS: Final = word_list(
    """
    present attendees attendance in_attendance participants members_present also_present
    anwesend teilnehmer teilnehmende présents presents participants presenti partecipanti
    asistentes presentes participantes aanwezig deelnemers närvarande deltagare
    til_stede deltakere fremmødte
    """
)
_LABEL = re.compile(
    rf"(?im)^[ \t]*(?:{trie_pattern([w.replace('_', ' ') for w in _LABELS])})[ \t]*[:：][ \t]*"
)
_ITEM = re.compile(
    r"(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ ]+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ ][A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2})"
    r"[ \t]*\((?P<role>[^()\n]{1,40})\)[ \t]*(?:[,;]|$)",
    re.M,
)


def attendee_names(text: str) -> list[Span]:
    """Names listed with a bracketed role after an attendance label (see the module)."""
    spans: list[Span] = []
    for label in _LABEL.finditer(text):
        end = text.find("\n", label.end())
        end = len(text) if end < 0 else end
        pos = label.end()
        items: list[tuple[int, int, list[str]]] = []
        persons = False  # an item of several words, with a title or an initial
        for m in _ITEM.finditer(text, pos, end):
            if text[pos : m.start()].strip(" \t,;"):
                break  # something else than the list's separators: the list has ended
            pos = m.end()
            name = m.group("name")
            words = [w for w in name.split() if not is_title(w)]
            persons = persons or len(name.split()) > 1
            if words and not clinical_phrase(name):
                first = m.start("name") + name.index(words[0])
                items.append((first, m.end("name"), words))
        for start, stop, words in items:
            if all(w.casefold() in COMMON or w.casefold() in ROLE_NOUNS for w in words):
                continue
            if persons or not all(known_word(w.casefold()) for w in words):
                spans.append(Span(start, stop, KIND, ATTENDEE_RULE, _SCORE))
    return spans
