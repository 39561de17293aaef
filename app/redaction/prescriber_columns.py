"""A table's prescriber or dispensing pharmacist column: a pharmacy's dispensing log
("RX#|FILL_DATE|PATIENT|DOB|DRUG|QTY|PRESCRIBER|DEA") writes the prescriber's name there,
often the surname alone in capitals, which no name rule reads by itself.

Tables only (`tables._header` asks): as a label ("Prescriber: Forjan, A., DEA ...") the
word is a cue of `names.py`, whose finding ends with the name; a field word there would
carry the finding on over ", DEA".
"""

from __future__ import annotations

from typing import Final

from app.redaction.field_names import PERSON
from app.redaction.field_names import words as header_words
from app.redaction.wordtrie import word_list

_HEADERS: Final = frozenset(word_list("prescriber prescribers pharmacist dispenser"))


def prescriber_columns(
    cells: list[str], kinds: list[tuple[str, bool] | None]
) -> list[tuple[str, bool] | None]:
    """`kinds` with a prescriber's or pharmacist's column read as a person's (weak: it
    needs another field in the header row, as `tables` counts)."""
    out: list[tuple[str, bool] | None] = []
    for cell, kind in zip(cells, kinds, strict=True):
        tokens = header_words(cell) if kind is None else []
        out.append((PERSON, False) if tokens and tokens[-1] in _HEADERS else kind)
    return out
