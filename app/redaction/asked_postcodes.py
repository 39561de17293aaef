"""A postcode given as the answer to the question that ends the line of speech before
it, as call transcripts and subtitles split a question and its answer between two cues or
turns ("... and your zip or post code" / "59157 okay I see two claims", "Postleitzahl?"
/ "KUNDE: 10115, ja"). Pure `regex`.

`postcodes.py` reads a postcode after its word on the same line; here the word ends the
line before (a "?" may follow it) and the code opens the answer, after a speaker's tag:
four to six digits (with a ZIP+4's or a Brazilian CEP's tail), a Polish "00-950", a
British or Canadian "SW1A 1AA" / "K1A 0B1", a Dutch "1012 AB".
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.cue_lines import SPEAKER, speech_after
from app.redaction.letter_runs import text_words
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "ADDRESS"
RULE: Final = "postcode_answered"

POSTCODE_WORDS: Final = word_list(
    "zip zip-code zipcode postcode post-code postal-code postleitzahl plz code-postal "
    "código-postal codigo-postal cep cap codice-postale kod-pocztowy postcode postnummer "
    "postnummeret postinumero psč irányítószám"
)
# The word at the line's end (a "please", "?" or "." may follow).
ASKED = fast_regex.compile(
    rf"(?<!\w)(?i:{trie_pattern({w.replace('-', ' ') for w in POSTCODE_WORDS})})"
    r"(?:[ \t]+(?i:please|bitte|s'il vous plaît|por favor|prego|proszę))?[ \t?.:,]*$",
    re.MULTILINE,
    word_led=True,
)
ANSWER = fast_regex.compile(
    r"(?:\d{4,6}(?:-\d{3,4})?|\d{2}-\d{3}|\d{4}[ ]?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)(?![\w-])"
)

_YEAR = fast_regex.compile(r"(?:19|20)\d\d")  # "2024 was the year": no postcode


# Cheap first look: a word of the postcode words (not "code", which many texts hold).
_GATE: Final = frozenset(
    w for phrase in POSTCODE_WORDS for w in phrase.split("-") if w not in ("code", "kod")
) | {"pocztowy"}


def find_asked_postcodes(text: str, words: set[str] | None = None) -> list[Span]:
    """Postcodes that open the answer to a postcode question on the line before (`words`:
    the text's folded runs of letters, when the caller has them)."""
    if words is None:
        words = text_words(text)
    if words.isdisjoint(_GATE):
        return []
    spans = []
    for asked in ASKED.finditer(text):
        line_start = speech_after(text, asked.end())
        if line_start is None:
            continue
        speaker = SPEAKER.match(text, line_start)
        answer = ANSWER.match(text, speaker.end() if speaker is not None else line_start)
        if answer is not None and _YEAR.fullmatch(answer.group()) is None:
            spans.append(Span(answer.start(), answer.end(), KIND, RULE, 0.6))
    return spans
