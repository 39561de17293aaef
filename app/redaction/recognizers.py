"""Recognizers a project configures (`recognizers` setting): parsed from untrusted JSON into
IdPatterns that run beside the built-in ones. Pure `re`, no NLP; the server imports this.

A recognizer is `{"kind", "regex", "context", "name"?, "score"?}`:
    kind     UPPER_SNAKE entity name, 2-40 chars; the placeholder is `<KIND_n>`
    regex    Python regex, at most 200 chars, case-sensitive (use `(?i)` inline if needed)
    context  0-20 lowercase words; with words and no score the match counts only near one
    name     rule name in reports, lowercase snake (default `project_<kind>_<n>`)
    score    0.0 < score <= 1.0 (default 0.85 without context, 0.1 with it)

Invariant: a regex that passes can backtrack only a bounded amount per text position, so a
project cannot stall ingest. Quantifiers must be bounded ({m,n} with n <= 64; no `*`, `+`,
`{m,}`), a variable quantifier may not contain another quantifier or an alternation (the
`(a+)+` family), back-references are refused, and the product of the choices a match can
make is capped. Every fault is one ProjectSettingError naming the recognizer and field.
"""

from __future__ import annotations

import functools
import json
import re
import re._constants as sre_c  # private but stable since 3.11; the only parser of `re` syntax
import re._parser as sre_p
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from app.redaction.errors import ProjectSettingError
from app.redaction.patterns import IdPattern

MAX_RECOGNIZERS: Final = 32
MAX_REGEX_CHARS: Final = 200
MAX_REPEAT: Final = 64
MAX_CHOICES: Final = 1000
MAX_CONTEXT_WORDS: Final = 20
DEFAULT_SCORE: Final = 0.85
CONTEXT_ONLY_SCORE: Final = 0.1  # below the 0.4 threshold until a context word lifts it

_FIELDS: Final = ("context", "kind", "name", "regex", "score")
_KIND: Final = re.compile(r"[A-Z][A-Z0-9_]{1,39}")
_NAME: Final = re.compile(r"[a-z][a-z0-9_]{0,63}")  # fits the default for any kind
_WORD: Final = re.compile(r"[a-z][a-z0-9'-]{0,31}")
_REPEATS: Final = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT}


def _fail(where: str, what: str) -> ProjectSettingError:
    todo = "" if ";" in what else "; fix the settings"  # some faults say what to do already
    return ProjectSettingError(f"Redaction setting {where} {what}{todo}.")


def _has_choice(sub: Any) -> bool:
    """True when `sub` (a parsed pattern) holds a quantifier or an alternation."""
    for op, av in sub:
        if op in _REPEATS or op is sre_c.BRANCH or op is sre_c.GROUPREF_EXISTS:
            return True
        if op is sre_c.SUBPATTERN and _has_choice(av[3]):
            return True
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and _has_choice(av[1]):
            return True
        if op is sre_c.ATOMIC_GROUP and _has_choice(av):
            return True
    return False


def _choices(sub: Any, where: str) -> int:
    """An upper bound on the ways `sub` can match at one position; refuses unsafe shapes."""
    total = 1
    for op, av in sub:
        if op in (sre_c.GROUPREF, sre_c.GROUPREF_EXISTS):
            raise _fail(where, "uses a back-reference; write the pattern without one")
        if op in _REPEATS:
            low, high, body = av
            if high != low and _has_choice(body):
                raise _fail(
                    where, "has a nested quantifier like (a+)+ that can backtrack without end"
                )
            if high == sre_c.MAXREPEAT or high > MAX_REPEAT:
                raise _fail(
                    where, f"has an unbounded quantifier; use {{m,n}} with n at most {MAX_REPEAT}"
                )
            inner = _choices(body, where)
            total *= (high - low + 1) if high != low else min(inner**high, MAX_CHOICES + 1)
        elif op is sre_c.BRANCH:
            total *= sum(_choices(branch, where) for branch in av[1])
        elif op is sre_c.SUBPATTERN:
            total *= _choices(av[3], where)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            total *= _choices(av[1], where)
        elif op is sre_c.ATOMIC_GROUP:
            total *= _choices(av, where)
        if total > MAX_CHOICES:
            raise _fail(where, "can match in too many ways; simplify the pattern")
    return total


def check_regex(untrusted: Any, where: str) -> str:
    """`untrusted` as a safe regex string, or ProjectSettingError."""
    if not isinstance(untrusted, str) or not untrusted:
        raise _fail(where, "must be a non-empty string")
    if len(untrusted) > MAX_REGEX_CHARS:
        raise _fail(where, f"is longer than {MAX_REGEX_CHARS} characters")
    try:
        parsed = sre_p.parse(untrusted)
        re.compile(untrusted)
    except (re.error, RecursionError, OverflowError, ValueError) as exc:
        reason = exc.msg if isinstance(exc, re.error) else "it is too deeply nested"
        raise _fail(where, f"does not compile ({reason})") from None
    _choices(parsed, where)
    try:
        import regex  # noqa: PLC0415 - Presidio matches with the `regex` module

        regex.compile(untrusted)
    except ImportError:  # pragma: no cover - Presidio depends on it
        pass
    except (regex.error, RecursionError, OverflowError, ValueError):
        raise _fail(where, "does not compile in the analyzer's regex engine") from None
    return untrusted


def _one(untrusted: Any, index: int, names: set[str]) -> dict[str, Any]:
    where = f"recognizers[{index}]"
    if not isinstance(untrusted, dict):
        raise _fail(where, "must be an object with kind, regex and context")
    unknown = sorted(str(k) for k in untrusted if k not in _FIELDS)
    if unknown:
        raise _fail(where, f"has unknown key {unknown[0]!r}; known keys: {', '.join(_FIELDS)}")
    for key in ("kind", "regex", "context"):
        if key not in untrusted:
            raise _fail(where, f"needs {key!r}")
    kind = untrusted["kind"]
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        raise _fail(f"{where}.kind", "must be UPPER_SNAKE like BADGE_ID (2-40 characters)")
    regex_text = check_regex(untrusted["regex"], f"{where}.regex")
    context = untrusted["context"]
    if (
        not isinstance(context, list)
        or len(context) > MAX_CONTEXT_WORDS
        or not all(isinstance(w, str) and _WORD.fullmatch(w) for w in context)
    ):
        raise _fail(
            f"{where}.context",
            f"must be a list of at most {MAX_CONTEXT_WORDS} lowercase words (may be empty)",
        )
    name = untrusted.get("name", f"project_{kind.lower()}_{index + 1}")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise _fail(f"{where}.name", "must be lowercase snake_case (1-64 characters)")
    if name in names:
        raise _fail(f"{where}.name", f"repeats the rule name {name!r}; give each its own")
    names.add(name)
    default = CONTEXT_ONLY_SCORE if context else DEFAULT_SCORE
    score = untrusted.get("score", default)
    if isinstance(score, bool) or not isinstance(score, int | float) or not 0 < score <= 1:
        raise _fail(f"{where}.score", "must be a number above 0 and at most 1")
    return {
        "kind": kind,
        "name": name,
        "regex": regex_text,
        "context": list(context),
        "score": float(score),
    }


def parse_recognizers(untrusted: Any) -> list[dict[str, Any]]:
    """The `recognizers` setting in its full (all keys given) form, or ProjectSettingError.
    Parsing the full form again returns it unchanged."""
    if not isinstance(untrusted, list):
        raise _fail("recognizers", "must be a list of recognizer objects")
    if len(untrusted) > MAX_RECOGNIZERS:
        raise _fail("recognizers", f"may hold at most {MAX_RECOGNIZERS} recognizers")
    names: set[str] = set()
    return [_one(item, i, names) for i, item in enumerate(untrusted)]


@dataclass(frozen=True)
class ProjectRecognizers:
    """A project's parsed recognizers. `key` (canonical JSON) identifies them for caches."""

    key: str
    patterns: tuple[IdPattern, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(sorted({p.kind for p in self.patterns}))


NONE: Final = ProjectRecognizers("[]", ())


@functools.lru_cache(maxsize=64)
def _compiled(canonical: str) -> ProjectRecognizers:
    patterns = tuple(
        IdPattern(
            kind=r["kind"],
            name=r["name"],
            regex=re.compile(r["regex"]),
            score=r["score"],
            context=tuple(r["context"]),
            # below the analyzer's 0.4 threshold a match counts only with context
            needs_context=bool(r["context"]) and r["score"] < 0.4,
        )
        for r in parse_recognizers(json.loads(canonical))
    )
    return ProjectRecognizers(canonical, patterns)


def compiled(recognizers: Sequence[Mapping[str, Any]] | None) -> ProjectRecognizers:
    """The project's recognizers (the parsed `recognizers` setting), compiled once per
    distinct value."""
    if not recognizers:
        return NONE
    try:
        canonical = json.dumps([dict(r) for r in recognizers], sort_keys=True, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        raise _fail("recognizers", "must be plain JSON") from None
    return _compiled(canonical)
