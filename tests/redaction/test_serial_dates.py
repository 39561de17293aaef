"""Dates a spreadsheet exports as its day serial (issue 15, session 42, split X): a cell
of five digits under a header that names a day is masked, in any column, with any of the
usual delimiters, after a quoted cell that runs over a line break. Counts and prices under
other headers stay. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.serial_dates import find_serial_dates
from app.redaction.structured import find_structured, text_words


def _values(spans: list, text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in spans)


@pytest.mark.parametrize(
    ("text", "serials"),
    [
        ("Name,Admitted (serial),Bed\nA. Person,44721,3\nB. Person,44730,4\n", ["44721", "44730"]),
        ("ref;ward;\"DOB\"\n17;East;\"29811\"\n18;West;30002\n", ["29811", "30002"]),
        ("Seen\tNote\n45102\tok\n45110\tsee GP\n", ["45102", "45110"]),
        ('Client,Note,Visit date\nX,"long note,\nover two lines",45377\nY,short,45378\n',
         ["45377", "45378"]),
        ("Export of ward list\nName;Appt\nA;45300\n", ["45300"]),
        ("| Patient | Discharge |\n| P. One | 45611 |\n", ["45611"]),
    ],
)  # fmt: skip
def test_day_serial_under_a_day_header_is_masked(text: str, serials: list[str]) -> None:
    assert _values(find_serial_dates(text, text_words(text)), text) == serials
    found = {text[s.start : s.end] for s in find_structured(text)}
    assert set(serials) <= found


@pytest.mark.parametrize(
    "text",
    [
        "Item,Qty,Price\nGloves,45000,12\n",
        "Ward,Visits\n12,45806\n",
        "45806,Date\n1,2\n",
        "Date,Steps\n2024-01-01,45806\n",
        "Admitted on day 45806 of the study.",
        "Birth,Weight\nX,99999\n",
    ],
)
def test_other_numbers_stay(text: str) -> None:
    assert find_serial_dates(text, text_words(text)) == []
