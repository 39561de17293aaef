"""A person written "Surname, Given" in one quoted cell of a delimited row:
'2026-04-16,09:12,"Carlson, Vicki","Potts, Paula",DL,...', as visitor logs, rosters and
exports from registration desks write them (RFC 4180 quotes a cell that holds a comma).

spaCy reads a CSV row as one run-on sentence and tags its cells at random, and the
given-name finder needs a proper-noun tag, so such cells survive. Here the cell is read
by its shape: a quote opening a cell (a row's start or a delimiter before it), capitalised
surname words (particles between: "Domínguez y Manzanares"), a comma and a space, given
words of which the first is a known given name (`given_names.is_given_name`), and a
quote closing the cell. A cell of ordinary words ("Notes, misc", "Paid, pending") has no
given name after its comma, a greeting or a sign-off ("Thanks, Anna") a cue before it,
and they stay.

Gated on a quote beside a delimiter (substring tests) before the regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.given_names import is_given_name
from app.redaction.name_forms import COMMON
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "csv_surname_given_cell"
SCORE: Final = 0.8

# Countries and states that are given names too: "Paris, France", "Atlanta, Georgia" is
# a town and its country or state, as exports write a place in one cell.
_PLACES_AS_GIVEN: Final = frozenset(
    word_list(
        """
    france georgia jordan india israel kenya chad virginia carolina victoria florida alberta
    regina lorraine savoie bretagne normandie sicilia sardegna austria lucia helena
    """
    )
)
_WORD = r"[^\W\d_][\w'’.-]*"
_CELL = re.compile(
    rf"(?:^|(?<=[,;\t|]))[ \t]*\"(?P<name>(?P<sur>{_WORD}(?:[ ]{_WORD}){{0,3}}),[ ]"
    rf"(?P<given>{_WORD}(?:[ ]{_WORD}){{0,2}}))\"(?=[ \t]*(?:[,;\t|]|\r?$))",
    re.MULTILINE,
)


def _surname_words(words: list[str]) -> bool:
    """Capitalised words, lower-case particles between ("Domínguez y Manzanares"), none a
    cue ("Thanks, Anna", "Signed, Anna"). Common words are surnames too ("Bishop", "Baker")."""
    from app.redaction.names import is_cue_word  # noqa: PLC0415

    if not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    return all(
        (w[0].isupper() and not is_cue_word(w)) or (w.islower() and len(w) <= 3) for w in words
    )


def csv_name_cells(text: str) -> list[Span]:
    """Quoted "Surname, Given" cells of delimited rows (see the module)."""
    if '",' not in text and ',"' not in text and '"\t' not in text:
        return []
    spans = []
    for m in _CELL.finditer(text):
        given = m.group("given").split(" ")
        if not (given[0][0].isupper() and is_given_name(given[0])):
            continue
        if len(given) == 1 and given[0].casefold() in _PLACES_AS_GIVEN:
            continue
        if not _surname_words(m.group("sur").split(" ")):
            continue
        if any(w.casefold() in COMMON for w in given[1:]):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans


# A delimited row's given-name cell beside a surname cell found already: "Patient
# Info,Caldwell,Stephen,1976-12-08" (a device export's patient line), "Stephen;Caldwell".
# The cells are closed up to their delimiters, as exports write them: prose puts a blank
# after its comma ("/s/ Ana Lima, Judge" names a role, not a given name).
_CELL_AFTER = re.compile(r"[,;\t|](?P<given>[A-Z][a-zà-ÿ'’-]+)(?=[,;\t|]|\r?\n|$)")
_CELL_BEFORE = re.compile(r"(?:^|[,;\t|])(?P<given>[A-Z][a-zà-ÿ'’-]+)[,;\t|]$", re.M)


_DELIMITERS: Final = frozenset(",;\t|")


def given_cells_beside(text: str, found: list[Span]) -> list[Span]:
    """A cell holding only a known given name, next to a cell a person was found in."""
    if "," not in text and ";" not in text and "\t" not in text and "|" not in text:
        return []
    spans = []
    for span in found:
        if span.kind != KIND:
            continue
        # a delimiter right after or right before the finding, else no cell beside it
        after = (
            _CELL_AFTER.match(text, span.end)
            if text[span.end : span.end + 1] in _DELIMITERS
            else None
        )
        before = (
            _CELL_BEFORE.search(text, max(0, span.start - 40), span.start)
            if span.start and text[span.start - 1] in _DELIMITERS
            else None
        )
        for m in (after, before):
            if m is not None and is_given_name(m.group("given")):
                spans.append(Span(m.start("given"), m.end("given"), KIND, RULE, SCORE))
    return spans
