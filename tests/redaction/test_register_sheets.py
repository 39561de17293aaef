"""A German land register's sheet ("Grundbuch von ... Blatt 4412") is masked with its
word; a page count ("Blatt 2 von 3") stays (register_sheets.py)."""

from __future__ import annotations

import pytest

from app.redaction.register_sheets import find_register_sheets


def _sheets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_register_sheets(text)]


@pytest.mark.parametrize(
    ("text", "sheet"),
    [
        ("Grundbuch von Oberwiesen  Blatt 4412\n", "Blatt 4412"),
        ("eingetragen im Grundbuch Blatt Nr. 20931, Flur 3", "Blatt Nr. 20931"),
    ],
)
def test_sheets(text: str, sheet: str) -> None:
    assert _sheets(text) == [sheet]


@pytest.mark.parametrize("text", ["Blatt 2 von 3", "Blatt 12", "Blatt 310 von 400"])
def test_page_counts_stay(text: str) -> None:
    assert _sheets(text) == []
