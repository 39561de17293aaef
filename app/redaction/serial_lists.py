"""Serial numbers listed after one label, each after the side or unit it belongs to, as
fitting records of paired devices write them ("Serials: L 50C1041 / R 58V3966", "S/Ns:
left 12A3456, right 12A3457", "Seriennummern: li. 4471K12 / re. 4471K13"): a hearing aid,
a cochlear processor, a pair of insoles or earbuds is fitted per side, and the side's
letter or word stands between the label and each code, where `devices.SERIAL_AFTER_LABEL`
(the code right after its label) finds none. Pure `re`/`regex`, no NLP.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern

KIND: Final = "DEVICE_ID"

# A serial label, singular or plural, in the languages of `devices`' labels.
_LABELS: Final = (
    "serial", "serials", "serial no", "serial no.", "serial nos", "serial nos.",
    "serial number", "serial numbers", "serial #", "serial #s", "s/n", "s/ns", "sn", "sns",
    "seriennummer", "seriennummern", "serien-nr.", "numéro de série", "numéros de série",
    "n° de série", "número de serie", "números de serie", "numero di serie",
    "numeri di serie", "serienummer", "serienummers", "numer seryjny", "numery seryjne",
)  # fmt: skip
# The side or position before each code: left and right in those languages ("L", "R",
# "li.", "re.", "G", "D", "izq.", "der.", "sx", "dx"), or a unit's number ("#1", "1)").
_SIDES: Final = (
    "l", "r", "left", "right", "lt", "rt", "links", "rechts", "li", "li.", "re", "re.",
    "g", "d", "gauche", "droite", "izq", "izq.", "der", "der.", "izquierdo", "derecho",
    "sx", "dx", "sinistro", "destro", "lewy", "prawy", "ad", "as", "au",
)  # fmt: skip
_SIDE = rf"(?:(?i:{trie_pattern(_SIDES)})(?![\w])[ \t]{{0,2}}[:=-]?[ \t]{{0,2}})"
_CODE = r"(?=[A-Z-]{0,23}\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,23}(?![\w-])"
_SEP = r"[ \t]{0,2}(?:[/,;+&]|(?i:and|und|et|y|e|i))[ \t]{1,2}"
SERIAL_LIST = fast_regex.compile(
    rf"(?<![\w/])(?i:{trie_pattern(_LABELS)})(?![\w/])[ \t]?[:：#=]?[ \t]{{0,3}}"
    rf"{_SIDE}(?P<first>{_CODE})(?P<rest>(?:{_SEP}{_SIDE}?{_CODE}){{0,5}})"
)
_REST_CODE = fast_regex.compile(rf"(?<![\w-]){_CODE}")
_HINT = fast_regex.compile(r"(?i:ser|sér|s/n|sn)")


def find_serial_lists(text: str) -> list[Span]:
    """Each code of a serial list whose codes follow their side ("L 50C1041 / R 58V3966")."""
    if not _HINT.search(text):
        return []
    spans = []
    for m in SERIAL_LIST.finditer(text):
        spans.append(Span(m.start("first"), m.end("first"), KIND, "serial_by_side", 0.7))
        for c in _REST_CODE.finditer(text, m.start("rest"), m.end("rest")):
            spans.append(Span(c.start(), c.end(), KIND, "serial_by_side", 0.7))
    return spans
