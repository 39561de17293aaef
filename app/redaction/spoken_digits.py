"""Phone numbers read out digit by digit, as a dictation, a voicemail's or a call's
transcript writes them ("call me at two seven zero five zero nine six six six nine",
"double five, oh one ..."). Pure `re`.

Seven digit words or more in a row, a blank, a comma or a hyphen between them, are a
number said aloud: no count, date or sentence strings that many digit words together
(a list of counts puts a noun after each one). English, German, French, Spanish,
Italian, Portuguese, Dutch, Polish, Swedish, Czech, Turkish and Russian digit words;
"oh" for zero and "double" / "triple" before a digit as English speakers say them.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PHONE_NUMBER"
RULE: Final = "phone_spoken_digits"

DIGIT_WORDS: Final = word_list(
    "zero oh one two three four five six seven eight nine "
    "null eins zwei zwo drei vier fünf sechs sieben acht neun "
    "zéro un deux trois quatre cinq six sept huit neuf "
    "cero uno dos tres cuatro cinco seis siete ocho nueve "
    "zero uno due tre quattro cinque sei sette otto nove "
    "um dois três quatro cinco seis sete oito nove "
    "nul een twee drie vier vijf zes zeven acht negen "
    "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć "  # Polish (its zero: "zero")
    "noll ett två tre fyra fem sex sju åtta nio "  # Swedish
    "nula jedna dva tři čtyři pět šest sedm osm devět "  # Czech
    "sıfır bir iki üç dört beş altı yedi sekiz dokuz "  # Turkish
    "ноль один два три четыре пять шесть семь восемь девять"  # Russian
)
_DIGIT = rf"(?:(?:double|triple)[ \t]+)?(?:{trie_pattern(set(DIGIT_WORDS))})"
_MIN_WORDS = 7
# Run over the lowered text with its commas and hyphens as blanks (the same length).
SPOKEN_NUMBER = fast_regex.compile(
    rf"\b{_DIGIT}(?:[ \t]+{_DIGIT}\b){{{_MIN_WORDS - 1},19}}", word_led=True
)
_TOKENS: Final = frozenset(DIGIT_WORDS) | {"double", "triple"}


def _has_run(lowered: str) -> bool:
    """Whether seven digit words stand in a row: the text's words as a string of flags,
    built in C (`map` over the set's test), cheaper than the pattern over the whole text."""
    flags = bytes(map(_TOKENS.__contains__, lowered.replace(".", " ").split()))
    return _RUN in flags


_RUN: Final = b"\x01" * _MIN_WORDS


def find_spoken_numbers(text: str) -> list[Span]:
    """Runs of seven digit words or more: a number said aloud."""
    lowered = text.lower().replace(",", " ").replace("-", " ")
    if not _has_run(lowered):
        return []
    if len(lowered) != len(text):  # a letter that lowers to two ("İ"): read it as "i"
        lowered = fast_regex.folded(text).replace(",", " ").replace("-", " ")
        if len(lowered) != len(text):
            return []
    spans = []
    for m in SPOKEN_NUMBER.finditer(lowered):
        end = m.end()
        while lowered[end - 1] == " ":
            end -= 1
        spans.append(Span(m.start(), end, KIND, RULE, 0.7))
    return spans
