"""Numbers read back in comma-separated groups, as a call's transcript or a dictation
writes them: digits and digit words mixed ("three four 7, 1 five three, nine nine 9, oh",
"7 1 vier acht, 4 1 fünf 1"), words with a "doble" ("ocho cero ocho, doble nueve dos
cuatro, cuatro") or numerals alone ("0627, 04, 764, 8"). Pure `re` / `regex`.

`spoken_digits` masks seven digit words in a row; a numeral or a foreign "double" word
breaks its run. Here a group boundary (a comma between two digit-ish tokens) is the
anchor, found by one pattern that skips from comma to comma; only around such a comma
is the run read. A run says seven digits or more, with two digit words or more (one word
beside numerals is as often a date's neighbour: "May 16, 2024 um" holds Portuguese "um").
Numerals alone are a list of counts or years as often as a number ("2019, 2020, 2021"),
so they need a group with a leading zero ("04", "0627": no count is written so) or a
calling word shortly before; a year among the numerals ("16, 2024, 0830") is a date.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.spoken_digits import DIGIT_WORDS
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PHONE_NUMBER"
RULE: Final = "phone_read_back_groups"

# "double five" in English, French, Spanish, Italian, Portuguese, Dutch and German.
_TIMES_WORDS: Final = word_list("double triple doble doppio duplo dubbel doppel dobro triplo")
_WORD = rf"(?:(?:{trie_pattern(_TIMES_WORDS)})[ \t]+)?(?:{trie_pattern(set(DIGIT_WORDS))})(?!\w)"
_NUMERAL = r"(?<![\w.:/-])\d{1,4}(?![\w:/]|[.,]\d)"
_TOKEN = rf"(?:{_NUMERAL}|(?<!\w){_WORD})"
_SEP = r"(?:[ \t]*,[ \t]+|[ \t]+)"
# A comma between two digit-ish tokens: `regex` skips from comma to comma.
_HINGE = fast_regex.compile(
    rf",(?<=(?:\d|(?<!\w)(?:{trie_pattern(set(DIGIT_WORDS))})),)[ \t]+(?=\d|{_WORD})",
    starts=",",
)
_RUN = fast_regex.compile(rf"{_TOKEN}(?:{_SEP}{_TOKEN})+", word_led=True)
_MIN_DIGITS, _MAX_DIGITS = 7, 16
# Words that say a number is being given to call back (a window before the run).
_CALLING: Final = word_list(
    "phone telephone tel mobile cell call callback reach ring dial "
    "teléfono telefono llamar telefon rückruf anrufen téléphone appeler rappeler "
    "telefoon bellen"
)
_CALLING_WORD = fast_regex.compile(rf"(?<!\w)(?:{trie_pattern(_CALLING)})", word_led=True)
_WINDOW = 80
_WORDS: Final = frozenset(DIGIT_WORDS)


def _reads_as_number(run: str) -> bool:
    """Whether `run` says seven to sixteen digits as a number read back: digit words two or
    more, or numerals alone with a leading-zero group ("04"); never a year among numerals
    ("May 16, 2024 um ...": a date, then a word that is a digit in Portuguese)."""
    count, words, zero_led, times = 0, 0, False, 1
    for token in run.replace(",", " ").split():
        if token in _TIMES_WORDS:
            times = 3 if token.startswith("trip") else 2
            continue
        if token.isdigit():
            if len(token) == 4 and token[:2] in ("19", "20"):
                return False
            count += len(token)
            zero_led = zero_led or (len(token) > 1 and token[0] == "0")
        elif token in _WORDS:
            count += times
            words += 1
        times = 1
    if not _MIN_DIGITS <= count <= _MAX_DIGITS or words == 1:
        return False
    return words >= 2 or zero_led


def find_read_back_numbers(text: str) -> list[Span]:
    """Runs of digit groups around a comma that say seven digits or more (see above)."""
    if ", " not in text and ",\t" not in text:
        return []
    hinges = list(_HINGE.finditer(text))
    if not hinges:
        return []
    lowered = fast_regex.folded(text)
    if len(lowered) != len(text):  # a letter that lowers to two ("İ"): too rare to map
        return []
    spans: list[Span] = []
    done = -1
    for hinge in hinges:
        if hinge.start() < done:
            continue
        left = max(text.rfind("\n", 0, hinge.start()) + 1, hinge.start() - 120)
        right = text.find("\n", hinge.end())
        right = min(len(text) if right < 0 else right, hinge.end() + 120)
        for m in _RUN.finditer(lowered, left, right):
            if not m.start() <= hinge.start() < m.end():
                continue
            done = m.end()
            run = m.group()
            if _reads_as_number(run) or (
                _numerals_only(run) and _called(lowered, m.start()) and _no_year(run)
            ):
                spans.append(Span(m.start(), m.end(), KIND, RULE, 0.7))
    return spans


def _called(lowered: str, start: int) -> bool:
    """Whether a calling word stands shortly before `start` (this line or the one before)."""
    return _CALLING_WORD.search(lowered, max(0, start - _WINDOW), start) is not None


def _numerals_only(run: str) -> bool:
    tokens = run.replace(",", " ").split()
    return all(t.isdigit() for t in tokens) and _MIN_DIGITS <= sum(map(len, tokens)) <= _MAX_DIGITS


def _no_year(run: str) -> bool:
    return not any(len(t) == 4 and t[:2] in ("19", "20") for t in run.replace(",", " ").split())
