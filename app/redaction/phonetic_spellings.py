"""A plate, a postcode or a reference spelt in the radio alphabet (ICAO / NATO: "Alfa",
"Bravo", ... "X-ray", "Zulu") with its digits said as words or numerals, as police radio,
call handlers and recorded statements give them ("index Golf Yankee five three Juliett
Golf Whiskey", "the plate was six zero Hotel seven two zero", "Kilo 4 Tango Tango 9").
Pure `re`.

A run of four tokens or more, each a radio-alphabet word, an English digit word or a
numeral of one or two digits, with two radio-alphabet words and one digit or more (or
one such word and four digits), is masked: no sentence strings code words and digits
so. A word before it for a plate or a vehicle ("plate", "reg", "index", "vehicle", "car")
makes it a vehicle's; else it is a reference (a name spelt in letters alone, without
digits, is not read here).
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.letter_runs import text_words
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

RULE: Final = "radio_alphabet_spelling"

ALPHABET: Final = word_list(
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima "
    "mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky "
    "x-ray xray yankee zulu"
)
_DIGIT_WORDS: Final = word_list("zero oh one two three four five six seven eight nine niner")
_LETTER = trie_pattern({w.replace("-", " ") for w in ALPHABET} | set(ALPHABET))
_NUMBER = rf"(?:(?:double|triple)[ \t]+)?(?:{trie_pattern(set(_DIGIT_WORDS))})|\d{{1,2}}"
_TOKEN = rf"(?:{_LETTER}|{_NUMBER})(?![\w-])"
SPELLING = fast_regex.compile(
    rf"(?i)(?<![\w-]){_TOKEN}(?:[ \t]*[ ,-][ \t]*{_TOKEN}){{3,15}}", word_led=True
)
_LETTERS: Final = frozenset(ALPHABET) | {"x"}  # "X-ray" split at its hyphen
_NUMBERS: Final = frozenset(_DIGIT_WORDS)
# Cheap first look: the text's words (`letter_runs.text_words`) hold a radio-alphabet word
# and a second one or two digit words; the pattern then runs only on the lines that hold one.
_GATE_WORDS: Final = frozenset(w for w in ALPHABET if "-" not in w) | {"ray"}  # "X-ray"
_VEHICLE = fast_regex.compile(
    r"(?i)(?<!\w)(?:plate|plates|reg|registration|index|vrm|vrn|vehicle|car|van|tag)(?!\w)",
    word_led=True,
)
_WINDOW = 80
_MIN_LETTERS = 2
_MIN_DIGITS = 4  # with one letter only: "six zero Hotel seven two zero"


def find_phonetic_spellings(text: str, words: set[str] | None = None) -> list[Span]:
    """Radio-alphabet spellings with digits (see above); `words`: the text's folded runs of
    letters, when the caller has them."""
    if words is None:
        words = text_words(text)
    hits = words & _GATE_WORDS
    if not hits or (len(hits) < _MIN_LETTERS and len(words & _NUMBERS) < _MIN_LETTERS):
        return []
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = fast_regex.folded(text)
        if len(lowered) != len(text):
            return []
    lines: set[tuple[int, int]] = set()
    for word in hits:
        at = lowered.find(word)
        while at >= 0:
            end = lowered.find("\n", at)
            lines.add((lowered.rfind("\n", 0, at) + 1, len(text) if end < 0 else end))
            at = lowered.find(word, at + len(word))
    spans = []
    for line_start, line_end in sorted(lines):
        spans += _spellings(text, line_start, line_end)
    return spans


def _spellings(text: str, line_start: int, line_end: int) -> list[Span]:
    spans = []
    for m in SPELLING.finditer(text, line_start, line_end):
        tokens = m.group().replace(",", " ").replace("-", " ").casefold().split()
        letters = sum(t in _LETTERS for t in tokens if t != "ray")
        digits = sum(t in _NUMBERS or t.isdigit() for t in tokens)
        if not (
            (letters >= _MIN_LETTERS and digits >= 1) or (letters >= 1 and digits >= _MIN_DIGITS)
        ):
            continue
        vehicle = _VEHICLE.search(text, max(line_start, m.start() - _WINDOW), m.start())
        kind = "VEHICLE_ID" if vehicle is not None else "RECORD_NUMBER"
        spans.append(Span(m.start(), m.end(), kind, RULE, 0.7))
    return spans
