"""Case numbers with no label: the number before its case's title on a cause list row
("A v B"), and a neutral citation's number (case_titles.py)."""

from __future__ import annotations

import pytest

from app.redaction.case_titles import find_case_title_numbers


def _numbers(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_case_title_numbers(text)]


@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("09:45  2291/17  OKONJO v PRIESTLEY   Case management", "2291/17"),
        ("14:00  K71QX903  Hartmann v Lees Ltd   Trial", "K71QX903"),
        ("Approved judgment [2022] EWHC 3308 (Ch)", "3308"),
        ("as held in [2019] EWCA Civ 771, the", "771"),
    ],
)
def test_case_numbers(row: str, number: str) -> None:
    assert _numbers(f"{row}\n") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "10:30  Okonjo v Priestley  Directions\n",  # the time is no case number
        "the 12 Okonjo v Priestley\n",
        "Judgment of 2022 (Ch) Okonjo against Priestley\n",
    ],
)
def test_no_case_number(text: str) -> None:
    assert _numbers(text) == []


def test_prose_locative_is_no_title() -> None:
    # Czech and Slovak "v" (in) before a capitalised town: no case title
    assert _numbers("Narozen 12.3.1950, bytem 4417 Novák v Praze\n") == []


def test_row_start_case_number() -> None:
    assert _numbers("3318/22 PIKE v ORME\n") == ["3318/22"]
