"""A person's initials written as capitals closed up without dots before the surname
found ("MM Griffin", "JR Okafor", "AKS Menon"), where they and the surname fill a table
cell or a field: trial logs, rosters and sign-off sheets write the given names so. The
letters must not be a title people write in capitals without a dot ("DR", "MRS"), a role
word ("RN", "GP") or an abbreviation the names module knows ("ICU", "MRI"). A title that
is written with its dot ("MM." Messieurs, "Me" Maître) is initials without it; the title
rule (`text.without_titles`) took it off the finding, and this puts it back.
`text.with_initials` covers initials with dots.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.names import is_acronym
from app.redaction.role_words import is_role_word
from app.redaction.spans import Span

# Two or three capitals and one blank right before the finding, at a cell's or a field's
# start (a pipe, a tab, a comma or a colon before, or the line's start).
_RUN_BEFORE: Final = re.compile(r"(?:^|(?<=[|\t,;:]))[ \t]*(?P<run>[A-Z]{2,3})[ \t]\Z", re.M)
# The cell or the field closes after the surname.
_CELL_CLOSE: Final = re.compile(r"[ \t]*(?:$|[|\t,;]|[ ]{2})", re.M)


def initial_runs(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with each person finding that fills a cell widened over the initials
    before it (see the module)."""
    out = []
    for span in spans:
        m = None
        if span.kind == "PERSON" and span.start >= 3:
            m = _RUN_BEFORE.search(text, max(0, span.start - 12), span.start)
        if m is not None and _initials(m.group("run")) and _CELL_CLOSE.match(text, span.end):
            out.append(span.moved(m.start("run"), span.end))
        else:
            out.append(span)
    return out


# Titles written in capitals without a dot before a surname ("MR OKAFOR", "DR Lim").
_CAPS_TITLES: Final = frozenset(("MR", "MRS", "MS", "MX", "DR", "PR", "FR", "SR", "SRA", "REV"))


def _initials(run: str) -> bool:
    return run not in _CAPS_TITLES and not (is_role_word(run) or is_acronym(run))
