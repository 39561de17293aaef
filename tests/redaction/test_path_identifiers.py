"""Record numbers that name a folder or a part of a file name (issue 15, session 42,
split X): hyphenated digit groups of seven digits or more and capitals with six digits or
more, inside a path or a file name; dates, year ranges, short camera numbers and the same
shapes in prose stay to other finders. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.path_identifiers import find_path_identifiers
from app.redaction.structured import find_structured


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("copied /mnt/pacs/2021-730914/series1/IM0003.dcm", "2021-730914"),
        ("  381-52-64-Okafor-labs.csv (12 KB)", "381-52-64"),
        ("Anhang: SCAN_20240513_K4419027.pdf", "K4419027"),
        ("E:\\Akten\\MR0057731\\brief.docx", "MR0057731"),
        ("uploads/Haddad_90-4471-302.tiff; then", "90-4471-302"),
        ("two files: notes.txt 774-81-905_labs.xlsx", "774-81-905"),
    ],
)
def test_number_in_a_path_or_file_name_is_masked(text: str, number: str) -> None:
    assert number in _values(find_path_identifiers(text), text)
    assert any(
        text[s.start : s.end] == number or (s.start <= text.index(number) < s.end)
        for s in find_structured(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "archive/2019-2021/summary_2023-11-30.pdf",
        "photos DSC04412.JPG and IMG_3391.HEIC",
        "The case 2016-248007 was closed in prose.",
        "Call 020-7946-0958 about the file",
        "see section 12-14-2 of report.pdf",
    ],
)
def test_dates_ranges_and_prose_stay(text: str) -> None:
    assert find_path_identifiers(text) == []
