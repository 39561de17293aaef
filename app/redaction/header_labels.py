"""A message header's field word ("An:", "De :", "Von:", "Para:") and a phone label's
abbreviation ("Tél.", "Τηλ.", "Тел.") that the given-name list or the unknown-word rule
read as a person: "An" and "De" are given names too, "Tél" is no English word.

A header word is a label only where the layout says so: it opens its line, a colon and a
value follow, and the value is an address or a number ("An: praxis@…", "De: +52…") or
another header field stands within a few lines ("Betreff:", "Objet :", "Asunto:"); a
chat's "An: hi" (a speaker named An) stays a person. A phone abbreviation is a label
only right before a number ("Tél. +33…", "Τηλ.: 210…").
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

# "From" and "To" of e-mail and SMS headers in the languages mail clients are localised
# to (the word a client prints before the sender or the addressee).
_ADDRESS_WORDS: Final = frozenset(
    word_list(
        """
    de para an von aan van da a à per od do från till fra til kimden kime feladó címzett
    lähettäjä vastaanottaja от кому від до από προς מאת אל من إلى
    """
    )
)
# Other header fields: a header word is a label when one of these opens a line near it.
# (The short words that are given names too, "An", "De", "Da", stay out: a chat's other
# turns of a speaker named An are no header.)
_OTHER_FIELDS = fast_regex.compile(
    r"(?im)^[ \t]{0,4}(?:from|to|cc|bcc|subject|date|sent|von|betreff|datum|gesendet|"
    r"objet|envoyé|asunto|enviado|fecha|oggetto|inviato|onderwerp|verzonden|temat|"
    r"wysłano|ämne|skickat|emne|sendt|aihe|lähetetty|tárgy|тема|отправлено|кому|konu|"
    r"tarih|θέμα|ημερομηνία|assunto|enviada)[ \t]?:"
)
_COLON_VALUE = fast_regex.compile(r"[ \t]?:[ \t]*(?P<value>\S[^\n]*)")
# A phone label's abbreviation, then a number ("Tél. +33 1…", "Τηλ.: 210 …", "Тел. 8 …").
_PHONE_WORDS: Final = frozenset(word_list("tél tel τηλ тел телефон tlf tfn puh"))
_NUMBER_AFTER = fast_regex.compile(r"\.?[ \t]?:?[ \t]{0,3}[+(]?\d")
_NEAR = 300  # characters on either side read for another header field


def _line_start(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(" \t")


def header_label(text: str, span: Span) -> bool:
    """Whether the finding `span` is only a header's field word or a phone label's
    abbreviation, laid out as a label (see the module's docstring)."""
    value = text[span.start : span.end]
    word = value.strip().rstrip(".").casefold()
    if word in _PHONE_WORDS:
        return _NUMBER_AFTER.match(text, span.end) is not None
    if word not in _ADDRESS_WORDS or not _line_start(text, span.start):
        return False
    after = _COLON_VALUE.match(text, span.end)
    if after is None:
        return False
    first = after.group("value")
    if "@" in first.split(maxsplit=1)[0] or first[0] == "+" or first[0].isdigit():
        return True  # "An: praxis@…", "De: +52 …"
    # whole lines only, this one left out: another field of the same header
    begin = 0 if span.start <= _NEAR else text.find("\n", span.start - _NEAR, span.start)
    line_end = text.find("\n", span.end)
    end = text.rfind("\n", 0, span.end + _NEAR) if line_end >= 0 else -1
    before = text[begin : span.start] if begin >= 0 else ""
    after_lines = text[line_end:end] if 0 <= line_end < end else ""
    return _OTHER_FIELDS.search(before + after_lines) is not None
