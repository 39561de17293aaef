"""Names in a script without capital letters written surname first with a comma, as a
second office re-sets a form's name field: "医师: 夏, 建", "담당자: 최, 윤서", "רופא: כהן, לני",
"پزشک: گلپایگانی, حدیث", "แพทย์: ทศโยธิน, นาตยา".

`script_names.py` reads the name after a field label up to the next punctuation, so the
comma ends it: the given name after it stays, and a one-letter Han or Hangul surname
alone is no name to it. Here the two parts, in one script, after a label that names a
person's field and closing the field (a line end, a bracket, a bar or another comma),
are the surname and the given name. The comma may be the script's own ("،" of Arabic and
Persian, the full-width "，" of Chinese).

Pure `re`; a text without a comma costs three substring tests, one with a comma one search.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.script_names import LABEL, SCRIPTS, STOP_WORDS, cjk_name
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "script_comma_name"
SCORE: Final = 0.85

# Hebrew's class in SCRIPTS holds its geresh and gershayim; they only join a word's letters.
_LETTERS: Final = "".join(SCRIPTS.values()).replace("'\"", "")
_WORD: Final = rf"[{_LETTERS}](?:[{_LETTERS}'׳]*[{_LETTERS}])?"
# "Surname, Given" in one field: each part one or two words, then the field's end.
_PAIR: Final = re.compile(
    rf"(?<![{_LETTERS}'׳])(?P<sur>{_WORD}(?:[ ]{_WORD})?)[ ]?[,،，][ ]?"
    rf"(?P<given>{_WORD}(?:[ ]{_WORD})?)(?=[ \t]*(?:$|[\r\n(（|,،，;；]))"
)
_LABEL_BEFORE: Final = re.compile(rf"(?:{LABEL})\Z")
_SCRIPT_OF: Final = tuple((name, re.compile(f"[{letters}]")) for name, letters in SCRIPTS.items())


def _script(word: str) -> str | None:
    return next((name for name, letters in _SCRIPT_OF if letters.match(word)), None)


def _labelled(text: str, start: int) -> bool:
    """A person's field label ends at `start` (on its line)."""
    line = text.rfind("\n", 0, start) + 1
    return _LABEL_BEFORE.search(text, line, start) is not None


def comma_names_in_scripts(text: str) -> list[Span]:
    """The surname and the given name of "Surname, Given" fields in a script without
    capitals (see the module)."""
    if text.isascii() or not ("," in text or "،" in text or "，" in text):
        return []
    spans: list[Span] = []
    for m in _PAIR.finditer(text):
        sur_start = m.start("sur")
        if not _labelled(text, sur_start):
            # "แพทย์ ทศโยธิน, นาตยา": a label and a blank, then a one-word surname
            blank = m.group("sur").find(" ")
            if blank < 0 or not _labelled(text, sur_start + blank + 1):
                continue
            sur_start += blank + 1
        surname, given = text[sur_start : m.end("sur")], m.group("given")
        script = _script(surname)
        if script is None or script != _script(given):
            continue
        if any(w in STOP_WORDS for w in (*surname.split(), *given.split())):
            continue
        if script in ("cjk", "hangul") and not cjk_name(f"{surname} {given}"):
            continue
        spans.append(Span(sur_start, m.end("sur"), KIND, RULE, SCORE))
        spans.append(Span(m.start("given"), m.end("given"), KIND, RULE, SCORE))
    return spans
