"""A register's reference of capitals, a number, a slash and a running number of four
digits or more ("CR 12/3095", "RA-CR 12/3095"; issue 15, session 41, split W), found with
no label. Dates and measurements stay readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.slashed_references import find_slashed_references


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_slashed_references(text)}


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("RENTAL AGREEMENT RA-CR 31/8806\nRenter: ...", "RA-CR 31/8806"),
        ("درخواست ثبت شد. شماره پرونده CR 77/40213", "CR 77/40213"),
        ("file KV-4/20931 closed", "KV-4/20931"),
    ],
)
def test_reference_is_masked(text: str, ref: str) -> None:
    assert ref in _values(text)


@pytest.mark.parametrize(
    "text",
    ["BP 140/100, GCS 15/15", "seen MAR 12/2024 in clinic", "Hb 12/1000 cells", "CR 3/45"],
)
def test_dates_and_measures_stay_readable(text: str) -> None:
    assert _values(text) == set()
