"""Numbers read back in comma-separated groups, as a call's transcript or a dictation
writes them: digits and digit words mixed ("three four 7, 1 five three, nine nine 9, oh",
"7 1 vier acht, 4 1 fünf 1"), words with a "doble" ("ocho cero ocho, doble nueve dos
cuatro, cuatro") or numerals alone ("0627, 04, 764, 8"). Pure `re` / `regex`.

`spoken_digits` masks seven digit words in a row; a numeral or a foreign "double" word
breaks its run. Here a group boundary (a comma between two digit-ish tokens) is the
anchor, found by one pattern that skips from comma to comma; only around such a comma
is the run read. A run says seven digits or more. Numerals alone are a list of counts or
years as often as a number ("2019, 2020, 2021"), so they need a group with a leading zero
("04", "0627": no count is written so) or a calling word shortly before.
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
_TIMES: Final = {"double": 2, "triple": 3, "doble": 2, "doppio": 2, "duplo": 2, "dubbel": 2}
_TIMES_WORDS: Final = (*_TIMES, "doppel", "dobro", "triplo")
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


def _digits(run: str) -> tuple[int, bool, bool]:
    """How many digits `run` says, whether a digit word is in it, whether a numeral group
    has a leading zero ("04")."""
    count, worded, zero_led, times = 0, False, False, 1
    for token in run.replace(",", " ").split():
        if token in _TIMES or token in ("doppel", "dobro", "triplo"):
            times = 3 if token.startswith("trip") else 2
            continue
        if token.isdigit():
            count += len(token)
            zero_led = zero_led or (len(token) > 1 and token[0] == "0")
        elif token in _WORDS:
            count += times
            worded = True
        times = 1
    return count, worded, zero_led


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
            count, worded, zero_led = _digits(m.group())
            if not _MIN_DIGITS <= count <= _MAX_DIGITS:
                continue
            numerals_only = not worded
            if numerals_only and not zero_led and not _called(lowered, m.start()):
                continue
            spans.append(Span(m.start(), m.end(), KIND, RULE, 0.7))
    return spans


def _called(lowered: str, start: int) -> bool:
    """Whether a calling word stands shortly before `start` (this line or the one before)."""
    return _CALLING_WORD.search(lowered, max(0, start - _WINDOW), start) is not None
