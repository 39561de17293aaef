"""The town of a letter's or a prescription's dateline: a line that is a town, a comma and
the date ("Granollers, 4 de marzo de 2024", "Souza, 28 de setembro de 2025", "Leeds, 3
March 2024", "Graz, am 3. März 2024", "Lyon, le 3 mars 2024"). Letters, certificates
and prescriptions of many countries close or open so; the date finders take the date,
and the town before it is a place smaller than a state.

The line holds only the town (`places.PLACE`, capitalised words, no digit), a comma, an
optional article of the date, and a date: a day or a month word first (CLDR's month
words), a year of four digits last, eight words at most. A weekday or a month before the
comma is the date's own ("Monday, 3 March 2024"); a role or a title is a signer's
("Analyst Jo Bloggs, 4 May 2024"). Read only on the lines that end in a year.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.cldr_date_words import MONTHS
from app.redaction.names import is_cue_word, is_title
from app.redaction.places import PLACE
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "LOCATION"
RULE: Final = "place_of_dateline"

DATELINE = fast_regex.compile(
    rf"[ \t]*(?P<place>{PLACE}),[ \t]+(?:(?:le|den|am|el|em|il|a|on|the)[ \t]+)?"
    r"(?P<date>(?:\d{1,2}|[^\W\d_]{3,12})\.?[ \t][^\n]{0,40}?(?:19|20)\d\d)\.?[ \t]*\r?$"
)
# The end of a line that ends in a year: a line break after it (`regex` skips from one
# line break to the next), or the text's end.
_YEAR_LINE_END = fast_regex.compile(r"\n(?<=(?:19|20)\d\d\.?[ \t]{0,3}\r?\n)")
_YEAR_TEXT_END = fast_regex.compile(r"(?:19|20)\d\d\.?[ \t]*\r?\n?$")
# Words that open a line before a comma and a date and are no town.
_NOT_TOWNS: Final = frozenset(
    word_list(
        """
        monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
        donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi
        dimanche lunes martes miércoles jueves viernes sábado domingo segunda terça quarta
        quinta sexta january february march april may june july august september october
        november december date dated signed received updated issued printed created
        reviewed approved today yesterday tomorrow dear hi hello thanks regards best
        sincerely signature total patient doctor dr mr mrs ms
        """
    )
)
_MAX_DATE_WORDS = 8
# A sentence's end inside a line: a full stop, "!" or "?" after a lower-case word of three
# letters or more (not a day's "3.", an initial's "J." nor a title's "Dr."), then a blank.
_SENTENCE_END = fast_regex.compile(r"(?<=(?<![^\W\d_])\p{Ll}{3,}[.!?])[ \t]+")


def find_datelines(text: str) -> list[Span]:
    """The town of each dateline (see above)."""
    if ", " not in text:
        return []
    ends = [m.start() for m in _YEAR_LINE_END.finditer(text)]
    if _YEAR_TEXT_END.search(text, max(0, len(text) - 12)):
        ends.append(len(text))
    spans = []
    for end in ends:
        start = text.rfind("\n", 0, end) + 1
        m = DATELINE.match(text, start, end)
        if m is None:
            # the dateline closing a notice's last sentence on the same line ("... is
            # overleden. Nuenen, 21 juli 2023"): read from each sentence's end
            for stop in _SENTENCE_END.finditer(text, start, end):
                if (m := DATELINE.match(text, stop.end(), end)) is not None:
                    break
        if m is None:
            continue
        place = m.group("place")
        date = m.group("date")
        if any(c.isdigit() for c in place) or not (
            date[0].isdigit() or date.split()[0].casefold().rstrip(".") in MONTHS
        ):
            continue  # a code before the comma, or no day or month after it
        words = [w.casefold().rstrip(".") for w in place.split() if w[0].isupper()]
        if any(w in _NOT_TOWNS or is_cue_word(w) or is_title(w) for w in words):
            continue  # a role or a title before a signer's name ("Analyst Jo Bloggs, ...")
        if len(date.split()) > _MAX_DATE_WORDS:
            continue
        spans.append(Span(m.start("place"), m.end("place"), KIND, RULE, 0.6))
    return spans
