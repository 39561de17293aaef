"""The numbers 90 to 129 written in words, in about 30 languages ("ninety-four", "one
hundred and three", "sechsundneunzig", "quatre-vingt-seize", "cento e dois",
"dziewięćdziesiąt sześć", "száznégy", "девяносто шесть"), from app/redaction/age_words.json
(written by resources/age_words.py from the `num2words` package). `ages.py` decides from
the words around a match whether it is an age.

Why a gate: the vocabulary is ~2,700 spellings; a text is searched only when it holds a
word for 90 or 100 of one of the languages (substring tests), which few texts do.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from app.redaction import fast_regex
from app.redaction.wordtrie import trie_pattern, word_list

_SEP = "\x1f"  # between two words of a spelling: a blank, a hyphen or nothing
# The words for 90 and for 100 in those languages, which every spelling holds (as a part
# of a compound too: "sechsundneunzig", "zesennegentig", "seksoghalvfems"); the short
# short ones, inside other words too ("percent", "paciente"), count only at a word's start
# ("sto", "stojeden", "centotré", "yüzbir", "satayksi").
_STEMS = word_list(
    """
    ninet hundred neunzig hundert vingt nonante noventa novant negentig honderd
    dziewięćdziesi dziewiecdziesi devadesát devadesat deväťdesiat devatdesiat kilencven
    száz szaz doksan doxsan yhdeksänkymmen yhdeksankymmen nittio hundra halvfems hundre
    nitti níutíu niutiu hundrað hundrad nouăzeci nouazeci sută девяносто дев'ян дев’ян
    дзевяноста mươi muoi puluh seratus devyniasdešimt devyniasdesimt šimt simt deviņdesmit
    devindesmit devetdeset devedeset noranta
    """
)
_SHORT_STEMS = word_list("sto cent cem cien ciento cento trăm tram сто sata yüz yuz suta")
_SHORT_AT_START = fast_regex.compile(rf"(?<![^\W\d_])(?:{trie_pattern(_SHORT_STEMS)})")


@functools.cache
def _pattern() -> fast_regex.Pattern:
    """Every spelling, the words of one joined by a blank, a hyphen or nothing."""
    data = resources.files("app.redaction").joinpath("age_words.json")
    forms: set[str] = set()
    for spellings in json.loads(data.read_text(encoding="utf-8"))["languages"].values():
        forms.update(_SEP.join(p for p in f.replace("-", " ").split(" ") if p) for f in spellings)
    body = trie_pattern(forms).replace(_SEP, "[ \t\\-‐]?")
    return fast_regex.compile(rf"(?<![\w-])(?i:{body})(?![\w])", word_led=True)


def may_hold(folded: str) -> bool:
    """Whether `folded` (a casefolded text) may hold a number 90..129 in words. Plain
    substring tests first: several times faster than any pattern over the whole text."""
    if any(stem in folded for stem in _STEMS):
        return True
    return any(stem in folded for stem in _SHORT_STEMS) and bool(_SHORT_AT_START.search(folded))


def spelled_numbers(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a number from 90 to 129 in words (the longest spelling)."""
    return [(m.start(), m.end()) for m in _pattern().finditer(text)]
