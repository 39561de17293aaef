"""A table's category cell stays readable (issue 15, session 38, utility of split T): a
membership tier ("| Silver |") or a leave type ("...,Bereavement,2024-...") read as a name
is dropped; the same word outside a cell, or a name in a cell, stays masked. Values
invented."""

from __future__ import annotations

import pytest

from app.redaction.category_cells import category_cell
from app.redaction.clinical_marks import clinical_marks
from app.redaction.spans import Span

TABLE = (
    "| Name | Member no | Tier |\n| Okafor, Ada | ZK5512 | Silver |\n| Lind, Bo | ZK5513 | Gold |\n"
)
CSV = 'id,name,type,start\nINC5512,"Okafor, Ada",Bereavement,2024-02-01\n'


def _span(text: str, value: str, kind: str = "PERSON") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "value"), [(TABLE, "Silver"), (TABLE, "Gold"), (CSV, "Bereavement")]
)
def test_category_cell_is_no_name(text: str, value: str) -> None:
    assert category_cell(text, _span(text, value))
    assert clinical_marks(text, [_span(text, value)]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seen with Mr Silver today.", "Silver"),  # no cell
        (TABLE, "Okafor"),  # a name in a cell
        ("Contact: Gold, Ada", "Gold"),  # a surname before a comma, not a table's cell
    ],
)
def test_names_outside_category_cells_stay_masked(text: str, value: str) -> None:
    assert not category_cell(text, _span(text, value))
