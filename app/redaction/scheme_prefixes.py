"""A number printed with its scheme's letters, written after a label of its own ("등록번호
MRN 55364642", "Pat.-Nr. MRN 44012190", "№ MRN 31280147", "(GMC NMC 12A3456E)", "端末ID CGM
65537323") or alone in a delimited row's cell (",CGM 65537323,"). The letters are the
number's printed prefix (a wristband, a card or a register prints "MRN 55364642" as one
value), so they are masked with it; standing first ("MRN 55364642", "GMC 1234567") they
are the label and stay (`patterns.py`, `record_numbers.py`). Pure `regex`: one pattern,
run only when a scheme's letters are in the text.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.record_numbers import WORDS
from app.redaction.spans import Span

KIND: Final = "RECORD_NUMBER"

# Schemes whose letters a record, a licence or a device label prints before the number:
# a medical record number, UK, Irish and New Zealand medical and nursing registers, German
# and French doctors' numbers, a driving licence, a prescription, a serial and a CGM's.
_SCHEMES: Final = (
    *("MRN", "GMC", "NMC", "IMC", "MCNZ", "LANR", "RPPS"),
    *("DL", "RX", "Rx", "SN", "CGM"),
)
PREFIXED = fast_regex.compile(
    rf"(?<![\w/-])(?P<p>{'|'.join(_SCHEMES)})[ ]"
    r"(?P<v>(?=[A-Z0-9-]*\d{3})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,23})(?![\w-])"
)
# The label's last token on the same line, before the scheme's letters.
_LAST_TOKEN = fast_regex.compile(r"(?P<t>[^\s(\[|]+)[ \t]*$")
_LATIN_TAIL = fast_regex.compile(r"[A-Za-z]+$")
# (not an e-mail's "Subject: MRN 1234567", nor a list's "Registration numbers on file: GMC
# 1234567, AHPRA ...", where the scheme's letters are each value's label)
_LABEL_WORDS: Final = frozenset(w.casefold() for w in WORDS) - {"subject", "file"} | {
    # abbreviations of record words that `record_numbers` does not read alone: Spanish
    # "Exp." (expediente), "H.C." (historia clínica), "Hosp." and "Pat." (German, English)
    "exp",
    "hc",
    "hosp",
    "pat",
    "uhid",
    "hn",
}
# A CJK or Korean label ending in the word for "number" ("등록번호", "カルテ番号").
_NUMBER_ENDS: Final = ("번호", "番号", "番號", "编号", "編號", "号", "號")
_REACH = 40
# A delimited row's cell holding the letters and the number alone (",CGM 65537323,"): the
# column's header is the label. (A spaced ", MRN 1234567" or "| MRN 1234567" is a label.)
_CELL_EDGES: Final = ",;\t"


def _labels(token: str) -> bool:
    """Whether `token` (the word before the scheme's letters) is an identifier's label."""
    token = token.rstrip(":：.#=-")
    if not token:
        return False
    folded = token.casefold()
    if folded in _LABEL_WORDS or token.endswith(_NUMBER_ENDS):
        return True
    tail = _LATIN_TAIL.search(token)  # "Pat.-Nr", "端末ID"
    return tail is not None and tail.group().casefold() in _LABEL_WORDS


def _whole_cell(text: str, start: int, end: int) -> bool:
    """Whether `start`..`end` fills a delimited row's cell, no blank around it."""
    return (
        start > 0
        and text[start - 1] in _CELL_EDGES
        and (end == len(text) or text[end] in _CELL_EDGES or text[end] in "\r\n")
    )


def find_scheme_prefixes(text: str) -> list[Span]:
    """The scheme's letters and the number, where a label stands before them or they fill
    a delimited cell."""
    if not any(s in text for s in _SCHEMES):
        return []
    spans = []
    for m in PREFIXED.finditer(text):
        if _whole_cell(text, m.start(), m.end()):
            spans.append(Span(m.start(), m.end(), KIND, "scheme_prefixed_number", 0.75))
            continue
        before = _LAST_TOKEN.search(text, max(0, m.start() - _REACH), m.start())
        if before is not None and _labels(before["t"]):
            spans.append(Span(m.start(), m.end(), KIND, "scheme_prefixed_number", 0.75))
    return spans
