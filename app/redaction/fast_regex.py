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


def compile(pattern: str, flags: int = 0, *, word_led: bool = False) -> Pattern:
    """`pattern` compiled by `regex`, or by `re` when it is `word_led` (see above)."""
    if word_led:
        return re.compile(pattern, flags)
    compiled: Pattern = regex.compile(pattern, flags)
    return compiled
