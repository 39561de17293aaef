"""Word lists as regular expressions that fail fast: a trie of the words, so that at each
position the engine tests one branch per first letter instead of every word in turn
(Python's `re` tries the branches of an alternation one after the other)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex (no groups that capture) matching any of `phrases`, longest first at each
    branch. Phrases are plain text; a space in a phrase matches one or more blanks."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _render(root)


def _render(node: dict) -> str:  # type: ignore[type-arg]
    ends = _END in node
    branches = []
    for char in sorted(c for c in node if c != _END):
        head = r"\s+" if char == " " else re.escape(char)
        branches.append(head + _render(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def word_list(spaced: str) -> tuple[str, ...]:
    """The words of a whitespace-separated list (long vocabularies read better so)."""
    return tuple(spaced.split())
