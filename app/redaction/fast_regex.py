"""Compiling the structured recognizers' patterns with the `regex` module (a dependency of
Presidio, so present wherever redaction runs) instead of `re`.

Why: most of these patterns start with a look-behind or a word boundary, and `re` then
tries every position of the text in turn; `regex` skips ahead to where the pattern can
start, so they run several times faster on ordinary text (the workstation's second pass
runs them on every view). Patterns that start with a case-insensitive word list (a trie)
are the exception: `re` runs those faster, so they stay with it (`word_led=True`). Same
syntax (`regex`'s VERSION0 is `re`-compatible), same flag values.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

import regex


class Pattern(Protocol):
    """What the recognizers use of a compiled pattern (`re.Pattern` has it too)."""

    @property
    def pattern(self) -> str: ...
    @property
    def flags(self) -> int: ...
    @property
    def groupindex(self) -> Any: ...
    def sub(self, repl: str, string: str, count: int = ...) -> str: ...
    def findall(self, string: str, pos: int = ..., endpos: int = ...) -> Any: ...
    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Any: ...
    def search(self, string: str, pos: int = ..., endpos: int = ...) -> Any: ...
    def match(self, string: str, pos: int = ..., endpos: int = ...) -> Any: ...
    def fullmatch(self, string: str, pos: int = ..., endpos: int = ...) -> Any: ...


# Patterns compiled with `starts`, as (starts, pattern, flags): the test that every match
# of the pattern alone starts with a character of its class reads them.
LED: list[tuple[str, str, int]] = []


def compile(pattern: str, flags: int = 0, *, word_led: bool = False, starts: str = "") -> Pattern:
    """`pattern` compiled by `regex`, or by `re` when it is `word_led` (see above).

    `starts` is a character class that every match of `pattern` starts with ("[\\dA-Z]").
    The pattern is then led by it as a look-ahead: `regex` tries a pattern that opens with
    look-behinds at every position of the text, but skips ahead to where a leading class
    can match. The look-ahead only restates what the pattern needs, so the matches are
    the same (tests/redaction/test_triggers.py checks each such pattern)."""
    if starts:
        LED.append((starts, pattern, flags))
        pattern = f"(?={starts}){pattern}"
    if word_led:
        return re.compile(pattern, flags)
    compiled: Pattern = regex.compile(pattern, flags)
    return compiled


class Trigger:
    """A cheap first look before a case-insensitive hint pattern: lower-case literals of
    which a match of the pattern always holds one. `search(text)` is the pattern's
    `search`, run only when the lowered text holds a literal; a text without one is
    answered None at the cost of `str.lower` and a few `in` tests (the `regex` module
    tries an alternation of words at every position of a text that holds none).

    Invariant: a case-insensitive match of a lower-case literal, under `re` or `regex`,
    is a substring of `folded(text)`; the lowered text loses no match, so the answer is
    the pattern's own (tests/redaction/test_triggers.py checks every code point)."""

    def __init__(self, pattern: Pattern, literals: tuple[str, ...], cased: tuple[str, ...] = ()):
        self.pattern = pattern
        self.literals = literals  # lower case, looked for in folded(text)
        self.cased = cased  # looked for in the text as it is (case-sensitive alternatives)

    def holds(self, text: str) -> bool:
        """Whether `text` holds one of the literals (needed, not enough, for a match)."""
        if any(c in text for c in self.cased):
            return True
        lowered = folded(text)
        return any(w in lowered for w in self.literals)

    def search(self, text: str) -> Any:
        """The pattern's first match in `text`, or None."""
        return self.pattern.search(text) if self.holds(text) else None


def folded(text: str) -> str:
    """`text` lower-cased so that every case-insensitive match of a lower-case literal is a
    substring: "İ" lowers to "i" and U+0307, "ı" and "ſ" match "i" and "s" in `re` or
    `regex` but lower to themselves."""
    return text.lower().replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
