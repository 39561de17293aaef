"""A word finding inside a table's header row ("Employee<TAB>Start<TAB>Mobile",
"Nimi<TAB>Henkilötunnus<TAB>Puhelin<TAB>Huom.", "Straße<TAB>PLZ<TAB>Ort"): the header
names the columns, the names stand in the rows below it.

A row counts as a header when `tables.header_row` accepts it (short labels, a field name
among them), two of its cells or more name a field, and the line after it is a row of as
many cells (or a Markdown separator row): a table laid on its side ("Name<TAB>Okafor<TAB>
Mensah" over "DOB<TAB>…") has one field cell in its first row, so its values stay masked.
A cell that holds a given name stays masked unless the cell itself names a field ("Họ và
tên"). The model may read the whole header row as one group ("id;nom;prénom;adresse"):
such a finding is dropped only when every cell it touches passes the same test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

_WORD_KINDS: Final = frozenset({"PERSON", "LOCATION", "NRP"})
_MIN_FIELD_CELLS = 2
_SEPARATOR = fast_regex.compile(r"[ \t|:+\-=]*-[ \t|:+\-=]*")
_WORD = fast_regex.compile(r"[\p{L}][\p{L}\p{Mn}'’-]*")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def in_header_row(text: str, span: Span) -> bool:
    """The person or place finding lies inside one cell of a table's header row."""
    if span.kind not in _WORD_KINDS:
        return False  # first: not_identifiers asks this of every finding
    from app.redaction.field_names import field_kind  # noqa: PLC0415 - no cycle
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - no cycle
    from app.redaction.tables import cells_of, header_row  # noqa: PLC0415 - no cycle

    start, end = _line_at(text, span.start)
    if span.end > end:
        return False
    line = text[start:end].rstrip("\r")
    found = header_row(line) if len(line) < 400 else None
    if found is None or sum(found[1]) < _MIN_FIELD_CELLS:
        return False
    delimiter, _ = found
    cells = cells_of(line, delimiter)
    if end >= len(text):
        return False  # a header with no row under it
    _, next_end = _line_at(text, end + 1)
    following = text[end + 1 : next_end].rstrip("\r")
    if not _SEPARATOR.fullmatch(following) and len(cells_of(following, delimiter)) != len(cells):
        return False
    a, b = span.start - start, span.end - start
    # The model may read a whole header row as one group ("id;nom;prénom;adresse"): a
    # finding over several cells is dropped only when every cell it touches is a label.
    touched = [(x, y) for x, y in cells if x < b and a < y]
    if not touched or a < touched[0][0] or b > touched[-1][1]:
        return False  # it reaches past the first or last cell it touches
    return all(_label_cell(line[x:y], field_kind, is_given_name) for x, y in touched)


def _label_cell(
    cell: str,
    field_kind: Callable[[str], object],
    is_given_name: Callable[[str], bool],
) -> bool:
    """A header cell that names a field, or that holds no given name."""
    value = cell.strip().strip("\"'")
    if field_kind(value) is not None:
        return True
    return not any(is_given_name(w.casefold()) for w in _WORD.findall(value))
