"""Dates counted in an era other than the Common Era: the Japanese eras ("令和7年5月3日",
"昭和三十二年十二月二十日", "平成元年1月8日", "H31.3.3", "S55.5.20") and the Republic of
China's ("民國112年8月23日", "民国88年12月23日", "民國112/08/23"); and Hebrew dates in
Hebrew numerals ("ט״ו בתשרי תשפ״ד").

The eras are CLDR's (calendar_words.py: ca-japanese's eras since 1868 with their narrow
letters M T S H R, ca-roc's 民國). A date is an era, a year (digits of any width, kanji
numerals, or 元 for the first year), and a month: an era and a year alone is a year,
which Safe Harbor keeps. The letter form ("H31.3.3") needs all three numbers, a year the
era had (Heisei ran 31 years) and a real month and day, so "S1.2.3" in a list of sections
of more than 64 is no date, and "T12.5" no tooth.

The other calendars write their month as a word (Persian, Hijri, Hebrew, Ethiopian,
Indian national): cldr_dates.py reads those, with the words of calendar_words.py.

Speed: a text in ASCII with no date label costs two checks (`str.isascii`, a set); only
texts with kana or kanji are scanned for the eras' names.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.calendar_words import HEBREW_MONTHS, JAPANESE_ERAS, ROC_ERAS
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern

RULE = "date_era"
_KANJI_NUMBER = "〇一二三四五六七八九十"
_NUMBER = rf"(?:\d{{1,3}}|[{_KANJI_NUMBER}]{{1,4}})"
_ERA_NAMES = "|".join((*JAPANESE_ERAS, *ROC_ERAS))
# "令和7年5月3日", "民國112年8月23日", "昭和三十二年十二月", "平成元年1月8日"
_ERA_DATE = fast_regex.compile(
    rf"(?:{_ERA_NAMES})\s?前?\s?(?:{_NUMBER}|元)\s?年\s?{_NUMBER}\s?月(?:\s?{_NUMBER}\s?日)?"
    # "民國112/08/23", "民國112.8.23": the era before a numeric date
    rf"|(?:{_ERA_NAMES})\s?\d{{1,3}}[./-]\d{{1,2}}[./-]\d{{1,2}}(?!\d)"
)
# The gate: the eras' first characters (`re` scans a class of characters fastest).
_ERA_FIRST = fast_regex.compile(
    "[" + "".join(sorted({name[0] for name in (*JAPANESE_ERAS, *ROC_ERAS)})) + "]",
    word_led=True,
)
# "H31.3.3", "S55.5.20", "R7/5/3": the era's letter, then year, month, day.
_LETTER_DATE = fast_regex.compile(
    r"(?<![\w.])(?P<era>[MTSHRＭＴＳＨＲ])\.?\s?(?P<y>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})"
    r"(?P=sep)(?P<d>\d{1,2})(?![\w]|[./-]\d)"
)
_LAST_YEAR = dict(JAPANESE_ERAS.values())
# The letter form is Japanese writing: it counts in a text with kana or kanji, or right
# after a date-of-birth or date label ("DOB: H31.3.3"), not in "version R2.3.4".
_JAPANESE = fast_regex.compile(r"[\u3040-\u30ff\u4e00-\u9fff]", word_led=True)
# ... the words of those labels, as `letter_runs.text_words` splits them ("d.o.b": "b")
_LABEL_WORDS = frozenset(
    ("dob", "b", "born", "birth", "date", "dated", "geb", "née", "nee", "fecha", "data")
)
_DATE_LABEL = fast_regex.compile(
    r"(?i:\b(?:d\.?o\.?b|born|birth|date|dated|geb|née?|fecha|data)\.?\s?[:：=]?\s{0,2})$"
)
_WIDE_LETTERS = str.maketrans("ＭＴＳＨＲ", "MTSHR")


def _real_letter_date(era: str, year: str, month: str, day: str) -> bool:
    last = _LAST_YEAR[era.translate(_WIDE_LETTERS)]
    return 1 <= int(year) <= last and 1 <= int(month) <= 12 and 1 <= int(day) <= 31


# Hebrew dates in Hebrew numerals ("ט״ו בתשרי תשפ״ד", "כ״ג באדר ב׳ ה׳תשפ״ד"): a day of
# one letter with a geresh or two with gershayim (ASCII quotes too), the month (with "ב"
# glued as CLDR's pattern "d בMMMM y" writes it), and the year's letters, the thousands
# ("ה׳") optional.
_HEBREW_NATIVE = tuple(m for m in HEBREW_MONTHS if not m.isascii())
_HEBREW_DATE = fast_regex.compile(
    r"(?<![\w\"״'׳])(?:[יכ][\"״][א-ט]|ט[\"״][וז]|[א-טיכל][\'׳])\s{1,2}ב?"
    rf"(?:{trie_pattern(_HEBREW_NATIVE)})(?:\s[אב][\'׳])?"
    r"(?:,?\s{1,2}(?:ה[\'׳]?\s?)?ת[א-ת]{0,2}[\"״][א-ת])?(?![\w\"״])",
    word_led=True,
)
_HEBREW_GATE = frozenset(w for m in _HEBREW_NATIVE for w in (m, "ב" + m))


def find_era_dates(text: str, words: set[str]) -> list[Span]:
    """Dates in the Japanese and Republic of China eras; `words` is the text's folded
    letter runs (`letter_runs.text_words`). Without kana or kanji a text holds no era
    name and its letter form counts only after a date label: most texts cost a check of
    their characters and of their words."""
    spans: list[Span] = []
    if not words.isdisjoint(_HEBREW_GATE):
        spans += [
            Span(m.start(), m.end(), "DATE_TIME", RULE, 0.6) for m in _HEBREW_DATE.finditer(text)
        ]
    japanese = not text.isascii() and _JAPANESE.search(text) is not None
    if not japanese and words.isdisjoint(_LABEL_WORDS):
        return spans
    if japanese and _ERA_FIRST.search(text):
        spans += [
            Span(m.start(), m.end(), "DATE_TIME", RULE, 0.6) for m in _ERA_DATE.finditer(text)
        ]
    spans += [
        Span(m.start(), m.end(), "DATE_TIME", RULE, 0.6)
        for m in _LETTER_DATE.finditer(text)
        if _real_letter_date(m["era"], m["y"], m["m"], m["d"])
        and (japanese or _DATE_LABEL.search(text, max(0, m.start() - 16), m.start()))
    ]
    return spans
