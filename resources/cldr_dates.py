"""Writes app/redaction/cldr_date_words.py: the month and weekday words of every locale in
CLDR (Unicode's locale data, read through the `babel` package) and the words CLDR's own date
patterns put between day, month and year ("ta’", "de", "г.", "m.", "(e)ko", "ж.").

An outside reference instead of our hand lists: the redactor masks "4 ta’ Marzu 1987" or
"4 मार्च 1987" because CLDR says those are months, not because a template wrote them. The
app never imports babel (slow, and a test-only dependency): it reads the generated module.
tests/redaction/test_cldr_dates.py checks that the committed file equals what the pinned
babel yields. Run: `python -m resources.cldr_dates` (rewrites the file).
"""

from __future__ import annotations

import sys
import unicodedata
from datetime import date
from pathlib import Path

import regex
from babel import Locale, localedata
from babel.dates import format_date

OUT = Path(__file__).resolve().parent.parent / "app" / "redaction" / "cldr_date_words.py"

# The tokens the run-time scanner reads (app/redaction/cldr_dates.py has the same rule): a
# run of digits, a word (letters and marks, with inner dots and apostrophes: "мі.ч",
# "d’abril"), or one other character.
TOKEN = regex.compile(r"\d+|[\p{L}\p{M}]+(?:[.'’ʼ][\p{L}\p{M}]+)*|\S")
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:[.'’ʼ][\p{L}\p{M}]+)*")
# Scripts whose accents may be dropped by writers ("fevrier", "Marz"): Latin, Greek,
# Cyrillic. Elsewhere the marks are letters' vowels and are kept.
_STRIP_BELOW = 0x0530


def _variants(word: str) -> set[str]:
    """`word` folded, without its accents, without its inner dots, and the part after an
    elided article ("d’abril": "abril")."""
    folded = word.casefold()
    out = {folded}
    if all(ord(c) < _STRIP_BELOW for c in folded):
        bare = "".join(
            c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
        )
        out.add(unicodedata.normalize("NFC", bare))
    for form in list(out):
        if "." in form:
            out.add(form.replace(".", ""))
        for mark in "'’ʼ":
            if mark in form:
                out.add(form.rsplit(mark, 1)[1])
                out.add(form.replace(mark, "'"))
    return {w for w in out if w and not any(ch.isdigit() for ch in w)}


def _name_sets(locale: Locale, table: str) -> list[list[str]]:
    """The month (or weekday) names of `locale`, one list per context and width."""
    data = getattr(locale, table)
    sets: list[list[str]] = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = [str(v) for v in data.get(context, {}).get(width, {}).values()]
            if names:
                sets.append(names)
    return sets


def _pattern_literals(pattern: str) -> list[str]:
    """The literal text of a CLDR date pattern: quoted parts and what is not a field."""
    literals: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            end = pattern.find("'", i + 1)
            end = len(pattern) if end < 0 else end
            literals.append(pattern[i + 1 : end])
            i = end + 1
        elif char.isascii() and char.isalpha():
            i += 1  # a field letter (d, M, y, E, G...)
        else:
            literals.append(char)
            i += 1
    return literals


def build() -> tuple[set[str], set[str], set[str], set[str]]:
    """(month words, month words that stand alone, weekday words, connector words)."""
    months: set[str] = set()
    wide: set[str] = set()
    weekdays: set[str] = set()
    connectors: set[str] = set()
    for ident in localedata.locale_identifiers():
        locale = Locale.parse(ident)
        for table, into in (("months", months), ("days", weekdays)):
            for names in _name_sets(locale, table):
                split = [_WORD.findall(name) for name in names]
                # A word every month of a set shares is a marker ("tháng 3", "3-р сар",
                # "3月"): a connector that needs its number, not a month.
                shared = set.intersection(*(set(w) for w in split)) if split else set()
                for words in split:
                    for word in words:
                        (connectors if word in shared else into).update(_variants(word))
        for context in ("format", "stand-alone"):
            for name in locale.months.get(context, {}).get("wide", {}).values():
                for word in _WORD.findall(str(name)):
                    wide.update(_variants(word))
        # The words of real rendered dates that are no pattern word: the month as CLDR
        # glues it ("במרץ": "ב" + "מרץ", "martxoaren"), wide in the long form.
        for month in range(1, 13):
            for length, into_wide in (("long", True), ("medium", False)):
                rendered = format_date(date(2001, month, 15), length, locale=locale)
                pattern_words = {
                    v
                    for lit in _pattern_literals(locale.date_formats[length].pattern)
                    for word in _WORD.findall(lit)
                    for v in _variants(word)
                }
                for word in _WORD.findall(rendered):
                    forms = _variants(word)
                    if forms.isdisjoint(pattern_words):
                        months.update(forms)
                        if into_wide:
                            wide.update(forms)
        for length in ("full", "long", "medium", "short"):
            pattern = locale.date_formats[length].pattern
            for literal in _pattern_literals(pattern):
                for word in _WORD.findall(literal):
                    connectors.update(_variants(word))

    # A pattern's short word is never a month ("de" in "de gener", "d’abril"), nor is a
    # Latin letter pair ("in", "no", "am": abbreviations too common as words) or one sign.
    def keep(word: str) -> bool:
        latin = all(ord(c) < _STRIP_BELOW for c in word)
        return len(word) > (2 if latin else 1) and not (len(word) <= 2 and word in connectors)

    months = {w for w in months if keep(w)}
    wide = {w for w in wide if keep(w)}
    weekdays = {w for w in weekdays if keep(w)}
    return months, wide, weekdays, connectors


def _words_block(name: str, comment: str, words: set[str]) -> str:
    lines = [f"# {comment}", f"{name}: Final = frozenset(", "    word_list(", '        """']
    line = "       "
    for word in sorted(words):
        if len(line) + len(word) + 1 > 96:
            lines.append(line)
            line = "       "
        line += " " + word
    lines.append(line)
    lines.append('        """')
    lines.append("    )")
    lines.append(")")
    return "\n".join(lines)


def render() -> str:
    """The text of the generated module."""
    months, wide, weekdays, connectors = build()
    import babel  # noqa: PLC0415 - the version is part of the file

    header = (
        '"""Month, weekday and connector words of every CLDR locale (generated by\n'
        f"resources/cldr_dates.py from babel {babel.__version__}; do not edit: rerun it).\n"
        "Folded, with and without accents and dots. See app/redaction/cldr_dates.py.\n"
        '"""\n\n'
        "# ruff: noqa: E501\n"
        "from __future__ import annotations\n\n"
        "from typing import Final\n\n"
        "from app.redaction.wordtrie import word_list\n\n"
        f'BABEL_VERSION: Final = "{babel.__version__}"\n\n'
    )
    blocks = [
        _words_block(
            "MONTHS", "Month names, wide and abbreviated, format and stand-alone.", months
        ),
        _words_block("WIDE_MONTHS", "The words of the full (wide) month names.", wide),
        _words_block("WEEKDAYS", "Weekday names, wide and abbreviated.", weekdays),
        _words_block("CONNECTORS", "Words of CLDR date patterns between the fields.", connectors),
    ]
    return header + "\n\n".join(blocks) + "\n"


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
