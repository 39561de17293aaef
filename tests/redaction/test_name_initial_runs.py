"""Initials written as two or three capitals without dots before a surname that fills a
table cell ("| MM Quayle |"), including letters that spell a title only with its dot
("MM." Messieurs). Invented values; a title written in capitals ("DR"), a role ("RN")
or an abbreviation ("ICU") before the surname stays readable."""

from __future__ import annotations

import pytest

from app.redaction.name_initial_runs import initial_runs
from app.redaction.spans import Span
from app.redaction.text import redact_text

_TABLE = (
    "Subject ID | Initials | Screening date | Randomised\n"
    "KTR-118-2290 | MM Quayle | 04-MAR-2026 | Y\n"
    "KTR-118-2291 | AKS Dembélé | 05-MAR-2026 | N\n"
)


def test_initials_before_a_surname_in_a_cell_are_masked() -> None:
    out = redact_text(_TABLE).text
    assert "MM" not in out
    assert "AKS" not in out
    assert "Quayle" not in out


def _widened(text: str, surname: str) -> str:
    start = text.index(surname)
    span = Span(start, start + len(surname), "PERSON", "test", 0.8)
    (out,) = initial_runs(text, [span])
    return text[out.start : out.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| MM Quayle |", "MM Quayle"),
        ("id,JR Okonedo,2026", "JR Okonedo"),
        ("Signed: TW Baptiste", "TW Baptiste"),
    ],
)
def test_a_run_of_initials_joins_the_finding(text: str, expected: str) -> None:
    assert _widened(text, expected.rsplit(maxsplit=1)[-1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "| DR Quayle |",
        "| RN Quayle |",
        "| ICU Quayle |",
        "seen by the MM Quayle team today",  # not a cell's or a field's value
        "| MM Quayle said yes |",  # the cell goes on after the surname
    ],
)
def test_titles_roles_abbreviations_and_prose_stay(text: str) -> None:
    assert _widened(text, "Quayle") == "Quayle"
