"""Dates written with a month word of any language CLDR knows ("4 ta’ Marzu 1987",
"4 березня 1987 р.", "1987(e)ko martxoaren 4(a)", "4 मार्च 1987", "Mashi 4, 1987").

The words come from CLDR (cldr_date_words.py, generated from babel): month names wide and
abbreviated, weekdays, and the words CLDR's date patterns put between the fields ("ta’",
"de", "г.", "m.", "оны"). A month word is a date only with its number beside it: a day or
a year for a full month name, a day and a year for an abbreviation ("Mac", "ago", "can"
are words too), so "May", "März" or "Marzo" alone stay.

Speed: no giant alternation runs over the text. The caller's set of the text's words is
intersected with the month words first (most texts: nothing to do); only then is the
neighbourhood of each month word read, token by token.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final

from app.redaction import fast_regex
from app.redaction.calendar_words import CALENDAR_MONTHS, MONTH_QUALIFIERS
from app.redaction.cldr_date_words import CONNECTORS, MONTHS, WEEKDAYS, WIDE_MONTHS
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

# Connectors people write that CLDR's patterns do not ("4 marca 1987 roku", "den 4. mars",
# "1987. évi", "the 4th of March"), year words and ordinal endings glued to a day.
_MORE_CONNECTORS: Final = frozenset(
    word_list(
        """
    of the den der dem am le el il lo al ngày năm
    roku r rok року рік года год г р м ж ш жыл жылы
    m metų d diena gada g év évi éve yil yılı jaar jahr jahres año anno ano an
    st nd rd th er re e º ª ᵉ án én jén ján ván vén a o ŋ
    ad ah bc bce ce be ค ศ พ ค.ศ พ.ศ
    هـ ه.ش ه.ق ش ق م
    """
    )
) | frozenset(MONTH_QUALIFIERS)
_LINKS: Final = CONNECTORS | _MORE_CONNECTORS
# Punctuation that may stand inside a date ("4. mars", "4-Mar-1987", "04/03/1987" with
# the right-to-left marks Arabic writes around the slashes), abbreviation signs ("नव॰",
# "בנוב׳") and the commas of other scripts.
_PUNCT: Final = frozenset(".,/-–'’ʼ()،、։·॰׳⹁\u200c\u200e\u200f")
# One token: digits, a word (letters and marks, inner dots and apostrophes), any other sign.
_TOKEN = fast_regex.compile(r"\d+|[\p{L}\p{M}]+(?:[.'’ʼ][\p{L}\p{M}]+)*|\S")
# How much text around a month word a date can take ("Dydd Mercher, 4 Mawrth 1987").
_REACH = 48
# The gate: each month word's longest run of letters, as the caller's word set splits text.
_LETTERS = fast_regex.compile(r"[^\W\d_]+")


def _gate_word(word: str) -> str:
    runs: list[str] = _LETTERS.findall(word) or [word]
    return max(runs, key=len)


# The month words of the other calendars (Persian, Hijri, Hebrew, Ethiopian, Indian
# national: calendar_words.py, copied from CLDR): a date only with a day and a year
# ("۴ دی ۱۴۰۱", "15 בתשרי 5784"), since many are words or names too ("Mehr", "رمضان").
_CALENDAR_ONLY: Final = CALENDAR_MONTHS - MONTHS
MONTH_GATE: Final = frozenset(_gate_word(w) for w in MONTHS | _CALENDAR_ONLY)

_NUM, _MONTH, _WIDE, _DAY_NAME, _LINK, _PUNCT_T, _OTHER = range(7)


def _fold(word: str) -> str:
    folded: str = unicodedata.normalize("NFC", word.casefold())
    return folded


@functools.lru_cache(maxsize=4096)
def _kind(token: str) -> int:
    if token.isdigit():
        return _NUM if len(token) <= 4 else _OTHER
    if len(token) == 1 and token in _PUNCT:
        return _PUNCT_T
    word = _fold(token)
    kind = _word_kind(word)
    # A connector glued to the word: a case ending ("сарын", "martxoaren") or a
    # preposition ("במרץ"): CLDR's own pattern words, one on either side.
    for cut in range(1, min(4, len(word) - 2) + 1):
        if kind != _OTHER:
            break
        if word[-cut:] in CONNECTORS:
            kind = _stem_kind(word[:-cut])
        if kind == _OTHER and word[:cut] in CONNECTORS:
            kind = _stem_kind(word[cut:])
    return kind


def _stem_kind(stem: str) -> int:
    """What a word is once a glued connector is cut: a month, or a CLDR marker of three
    letters or more ("сар" in "сарын"); nothing else ("ward" is no "wa" + "rd")."""
    kind = _word_kind(stem)
    if kind in (_MONTH, _WIDE) or (kind == _LINK and len(stem) >= 3 and stem in CONNECTORS):
        return kind
    return _OTHER


def _word_kind(word: str) -> int:
    if word in WIDE_MONTHS:
        return _WIDE if len(word) > 3 else _MONTH  # "Mac", "Mei": words too, need a full date
    if word in MONTHS or word in _CALENDAR_ONLY:
        return _MONTH
    if word in _LINKS or word.rstrip(".") in _LINKS:
        return _LINK
    if word in WEEKDAYS and len(word) > 3:  # "Sun", "Dom", "Sat" are words too
        return _DAY_NAME
    return _OTHER


def _is_day(token: str) -> bool:
    return len(token) <= 2 and 1 <= int(token) <= 31


def _day_and_year(values: list[str]) -> bool:
    return any(_is_day(v) for v in values) and any(_is_year(v) for v in values)


def _is_year(token: str) -> bool:
    # (5000..5999: the Hebrew calendar's years, "5784")
    return len(token) == 4 and (1000 <= int(token) <= 2999 or 5000 <= int(token) <= 5999)


def _numbers(kinds: list[int], start: int, step: int, stop: int) -> list[int]:
    """Up to two numbers walking from `start` by `step`, across links and punctuation only
    (at most four of them between two parts); the indexes, nearest first."""
    found: list[int] = []
    between = 0
    i = start
    while i != stop and len(found) < 2:
        kind = kinds[i]
        if kind == _NUM:
            found.append(i)
            between = 0
        elif kind in (_LINK, _PUNCT_T, _MONTH, _WIDE) and between < 4:
            between += 1
        else:
            break
        i += step
    return found


def find_cldr_dates(text: str, words: set[str]) -> list[Span]:
    """Dates around a CLDR month word; `words` is the text's folded letter runs (the same
    set `structured.pattern_spans` builds), used to skip texts with no month word."""
    if words.isdisjoint(MONTH_GATE):
        return []
    hits = words & MONTH_GATE
    spans: list[Span] = []
    done = -1  # the end of the last date: its month words are not read again
    for m in _LETTERS.finditer(text):
        if m.start() < done or m.group().casefold() not in hits:
            continue
        span = _date_around(text, m.start(), m.end())
        if span is not None:
            spans.append(span)
            done = span.end
    return spans


def _date_around(text: str, start: int, end: int) -> Span | None:
    lo = max(0, start - _REACH)
    tokens = list(_TOKEN.finditer(text, lo, min(len(text), end + _REACH)))
    # Tokens split by a line break or a wide gap are not one date.
    at = _index_at(tokens, start)
    if at is None:
        return None
    kinds = [_kind(t.group()) for t in tokens]
    if kinds[at] not in (_MONTH, _WIDE):
        return None
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end() : tokens[i].start()]
        if "\n" in gap or len(gap) > 2:
            kinds[i - 1 if i - 1 < at else i] = _OTHER
    # The month may be several words ("гуравдугаар сарын", "de març").
    first = last = at
    while first > 0 and kinds[first - 1] in (_MONTH, _WIDE):
        first -= 1
    while (
        last + 1 < len(tokens)
        and kinds[last + 1] in (_MONTH, _WIDE, _LINK)
        and (last + 2 < len(tokens) and kinds[last + 2] in (_MONTH, _WIDE))
    ):
        last += 1
    wide = any(kinds[i] == _WIDE for i in range(first, last + 1))
    left = _numbers(kinds, first - 1, -1, -1)
    right = _numbers(kinds, last + 1, 1, len(tokens))
    chosen = [left[0], right[0]] if left and right else left or right
    # No year around the month, but a day and a year on one side: that side is the date
    # ("7,Sep-02-1955": the 7 is another cell's; not "09/1914 (now 109)").
    if left and right and not any(_is_year(tokens[i].group()) for i in chosen):
        for side in (right, left):
            if len(side) == 2 and _day_and_year([tokens[i].group() for i in side]):
                chosen = side
                break
    values = [tokens[i].group() for i in chosen]
    has_day = any(_is_day(v) for v in values)
    has_year = any(_is_year(v) for v in values)
    if not (has_day or has_year) or (not wide and not (has_day and has_year)):
        return None
    if len(chosen) == 2 and not (has_day and (has_year or all(_is_day(v) for v in values))):
        chosen = chosen[:1]
    lo_i = min([first, *chosen])
    hi_i = max([last, *chosen])
    # Links after the last number ("1987 г.", "4(a)", "4 d."), a weekday before or after.
    while hi_i + 1 < len(tokens) and kinds[hi_i + 1] in (_LINK, _PUNCT_T):
        if kinds[hi_i + 1] == _PUNCT_T and tokens[hi_i + 1].group() not in ".()":
            break
        if (
            tokens[hi_i + 1].group() == "."
            and kinds[hi_i] == _NUM
            and len(tokens[hi_i].group()) > 2
        ):
            break  # "1987." ends a sentence; "4." (a day) and "г." keep their dot
        gap = tokens[hi_i + 1].start() - tokens[hi_i].end()
        if gap > 1 or (gap == 1 and not _year_word(text, tokens, hi_i + 1)):
            break  # "2024 a follow-up": a spaced connector only as a year word ("1987 г.")
        hi_i += 1
    while (lo_i > 0 and kinds[lo_i - 1] in (_LINK, _DAY_NAME)) or (
        lo_i > 1 and kinds[lo_i - 1] == _PUNCT_T and kinds[lo_i - 2] == _DAY_NAME
    ):
        lo_i -= 1
    while kinds[lo_i] in (_LINK, _PUNCT_T) and lo_i < hi_i:
        lo_i += 1  # a date starts with a part, not a connector left over
    return Span(tokens[lo_i].start(), tokens[hi_i].end(), "DATE_TIME", "date_cldr", 0.6)


# Words for "year" written after it ("1987 року", "1987 roku", "1987 metų", "1987. évi").
_YEAR_WORDS: Final = frozenset(word_list("roku року рік года год jaar jahr jahres yılı metų évi"))


def _year_word(text: str, tokens: list, i: int) -> bool:  # type: ignore[type-arg]
    """Whether token `i` is a year word or an abbreviation with its dot ("г.", "d.")."""
    word = tokens[i].group()
    dotted = text[tokens[i].end() : tokens[i].end() + 1] == "."
    return _fold(word) in _YEAR_WORDS or (dotted and len(word) <= 3)


def _index_at(tokens: list, start: int) -> int | None:  # type: ignore[type-arg]
    for i, token in enumerate(tokens):
        if token.start() <= start < token.end():
            return i
    return None
