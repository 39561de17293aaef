"""A form's label misread by OCR ("H0SPITAL N0:", "Acc0unt N0:", "Po1icy N0:"): the
identifier after it, read as after the label itself.

A scan's recogniser confuses a letter with the digit of the same shape (0/O, 1/I, 5/S:
`ocr_misreads.py` lists the pairs); a label word so misread is no identifier word, and
the value after it ("MlS783967", itself misread: no long code) slips through. The label of
a "Label: value" (or "Label No. value") line at a line's start, of letters with such
digits among them (no two digits side by side), is read with the letters back, same
length, and the record-number finder runs over that line; its findings after the label
are kept. Only the lines that hold a look-alike digit inside a word are read.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.record_numbers import find_by_context
from app.redaction.spans import Span

_FOLD: Final = str.maketrans({"0": "O", "1": "I", "5": "S"})
# A look-alike digit inside a word of letters ("H0S", "N0:", "ADDRE5"): the gate.
_GATE = fast_regex.compile(r"[A-Za-z][015](?:[A-Za-z]|[ \t]?:)")
# A label at a line's start: up to four words of letters and look-alike digits, one blank
# apart (a word may end in an abbreviation's dot), a colon or the last word's dot
# ("INV0ICE N0. ..."), a value on the same line.
_LABEL = fast_regex.compile(
    r"[ \t]*([A-Za-z015]{1,20}\.?(?:[ ][A-Za-z015]{1,20}\.?){0,3})(?:[ \t]*:|(?<=\.))[ \t]*(?=\S)"
)
# A word of letters with single look-alike digits in it ("H0SPITAL", "N0"), a letter first.
_MISREAD_WORD = re.compile(r"(?<![A-Za-z015])[A-Za-z]+(?:[015](?![015])[A-Za-z]*)+")


def ids_after_misread_labels(text: str) -> list[Span]:
    """Identifiers after a label whose letters OCR read as digits (see above)."""
    spans: list[Span] = []
    lines = {text.rfind("\n", 0, g.start()) + 1 for g in _GATE.finditer(text)}
    for line in sorted(lines):
        m = _LABEL.match(text, line)
        if m is None:
            continue
        label = m.group(1)
        if not any(c in "015" for c in label) or _MISREAD_WORD.search(label) is None:
            continue
        label = _MISREAD_WORD.sub(lambda w: w.group().translate(_FOLD), label)
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        folded = text[m.start() : m.start(1)] + label + text[m.end(1) : line_end]
        for s in find_by_context(folded):
            if s.start >= m.end() - m.start():
                spans.append(s.moved(m.start() + s.start, m.start() + s.end))
    return spans
