"""A name in capitals alone on a line before a column gap and a date, as a dispensing
label prints the patient ("TEODORA VRANJES                     04/11/23"). Invented
values; headings and common words before a date stay readable."""

from __future__ import annotations

import pytest

from app.redaction.dated_caps_names import dated_caps_names
from app.redaction.text import redact_text


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in dated_caps_names(text)]


@pytest.mark.parametrize(
    "name", ["ORMUND HESSELBY", "TAVIEL GRUNDSETH", "KWAME OSEI-BONSU", "ZELVIRA KOSTANDI"]
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_caps_name_before_gap_and_date(name: str, newline: str) -> None:
    text = newline.join(
        [
            "KEEP OUT OF THE REACH AND SIGHT OF CHILDREN",
            f"{name}                                  04/11/23",
            "Amlodipine 5 mg tablets   28",
            "",
        ]
    )
    assert _names(text) == [name]
    out = redact_text(text).text
    assert all(word not in out for word in name.split())


@pytest.mark.parametrize(
    "line",
    [
        "DATE OF BIRTH     01/02/1990",
        "TOTAL DUE   12/12/2024",
        "NEXT REVIEW     01/01/2025",
        "ADMISSION DATE    03/04/2024",
        "TEODORA VRANJES 04/11/23",  # no column gap
        "TEODORA VRANJES     04/11/23 and more",  # the date does not end the line
    ],
)
def test_no_name(line: str) -> None:
    assert _names(f"Report\n{line}\n") == []
