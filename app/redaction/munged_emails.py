"""E-mail addresses written so that address harvesters miss them ("address munging"):
"xliu [at] yahoo [dot] de", "j.smith(at)example(dot)org", "ana arroba gmail punto com",
"name @ example.com", "john dot smith at example dot com", "xliu@yahoo[dot]de". Pure
`regex`.

The "@" is written as a word or a sign set apart: "at" or "@" in brackets of any kind
("[at]", "(at)", "{at}", "<at>", "(@)"), "@" with blanks around it, Spanish and Portuguese
"arroba"; the dots as "dot" / "punto" / "ponto" / "punkt" / "point" in brackets or set
apart by blanks ("[dot]", "(.)", " dot "), or as dots. A plain " at " is prose far more
often than an address, so it counts only when the domain is munged too and ends in a
top-level domain ("yahoo dot de"; "at the station. Dot ..." is none); "arroba" and a
spaced "@" need a munged domain or a top-level domain ("meet @ cafe.nero" is none). A
clean "name@example.com" is `patterns.EMAIL`'s; a plain "@" counts here only before a munged
dot.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "EMAIL_ADDRESS"
RULE: Final = "email_munged"

_OPEN = r"[\[({<]"
_CLOSE = r"[\])}>]"
# The "@": in brackets, or "@" with a blank on one side at least, or a word set apart.
_AT = fast_regex.compile(
    rf"[ \t]?{_OPEN}[ \t]?(?i:at|@|arroba)[ \t]?{_CLOSE}[ \t]?"
    r"|(?P<spaced>[ \t]+@[ \t]*|[ \t]*@[ \t]+|[ \t]+(?:arroba|ARROBA)[ \t]+)"
    r"|(?P<word>[ \t]+(?:at|AT)[ \t]+)"
    r"|(?P<plain>@)"
)
_DOT_WORDS = r"dot|punto|ponto|punkt|point|\."
# A dot: in brackets ("[dot]", "(.)"), a word set apart (" dot "), or a plain dot.
_MUNGED_DOT = (
    rf"[ \t]?{_OPEN}[ \t]?(?i:{_DOT_WORDS})[ \t]?{_CLOSE}[ \t]?"
    r"|[ \t]+(?:dot|DOT|punto|PUNTO|ponto|PONTO|punkt|PUNKT)[ \t]+"
)
_DOT = rf"(?:{_MUNGED_DOT}|\.)"
_ATOM = r"[A-Za-z0-9_%+-]+"
_LOCAL_BEFORE = fast_regex.compile(
    rf"(?<![A-Za-z0-9._%+-]){_ATOM}(?:(?:{_MUNGED_DOT}|\.(?=[A-Za-z0-9_%+-])){_ATOM})*$"
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN_AFTER = fast_regex.compile(
    rf"{_LABEL}(?:{_DOT}{_LABEL}){{0,4}}?(?P<dot>{_DOT})(?P<tld>[A-Za-z]{{2,24}})"
    r"(?![A-Za-z0-9-]|\.[A-Za-z0-9])"
)
_MUNGED = fast_regex.compile(_MUNGED_DOT)
# Generic top-level domains people write in addresses; any two letters may be a
# country's (ISO 3166-1 alpha-2, as the root zone's ccTLDs).
_GENERIC_TLDS: Final = frozenset(
    word_list(
        "com net org edu gov mil int info biz name pro mobi io co me tv app dev online email mail"
    )
)
_REACH = 80
# What the text must hold for an address to be munged: a cheap first look.
# (each its own search: `regex` tries an alternation at every position, but skips ahead
# to the first character of a single one)
_HINTS = tuple(
    fast_regex.compile(hint)
    for hint in (
        rf"{_OPEN}[ \t]?(?i:at|@|arroba)[ \t]?{_CLOSE}",
        *(r"[ \t]@", r"@[ \t]", r"(?i:\barroba\b|\bdot\b)"),
    )
)


def _tld_ok(tld: str) -> bool:
    return len(tld) == 2 or tld.casefold() in _GENERIC_TLDS


def find_munged_emails(text: str) -> list[Span]:
    """Every munged e-mail address in `text`."""
    if not any(hint.search(text) for hint in _HINTS):
        return []
    spans: list[Span] = []
    for at in _AT.finditer(text):
        local = _LOCAL_BEFORE.search(text, max(0, at.start() - _REACH), at.start())
        domain = _DOMAIN_AFTER.match(text, at.end(), min(len(text), at.end() + _REACH))
        if local is None or domain is None:
            continue
        munged = _MUNGED.search(text, domain.start(), domain.end()) is not None
        if at.group("word") is not None and not (munged and _tld_ok(domain.group("tld"))):
            continue  # prose's "at": the domain must be munged too, and end in a real TLD
        if at.group("plain") is not None and not munged:
            continue  # "x@y.com": patterns.EMAIL's; "x@yahoo[dot]de" is munged
        if at.group("spaced") is not None and not (munged or _tld_ok(domain.group("tld"))):
            continue  # "meet @ cafe.nero": a munged domain or a real TLD
        spans.append(Span(local.start(), domain.end(), KIND, RULE, 0.8))
    return spans
