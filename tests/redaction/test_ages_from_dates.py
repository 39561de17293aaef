"""Ages over 89 that spaCy reads as dates ("93 years old") are masked as ages; durations
and ages Safe Harbor allows stay (45 CFR 164.514(b)(2)(i)(C))."""

from __future__ import annotations

from typing import Any

import pytest

from app.redaction.text import age_finding, redact_text


@pytest.mark.parametrize(
    "text",
    ["She is 93 years old.", "now 101 years of age", "a 96 year old man", "97 yrs old"],
)
def test_ages_over_89_read_as_dates_are_masked(analyzer: Any, text: str) -> None:
    out = redact_text(text).text
    assert not any(n in out for n in ("93", "101", "96", "97")), out


@pytest.mark.parametrize(
    ("value", "is_age"),
    [("93 years old", True), ("aged 120", True), ("90 days", False), ("95 minutes", False),
     ("45 years", False), ("1995", False), ("12/95", False), ("the 90s", True)],
)  # fmt: skip
def test_which_date_findings_are_ages(value: str, is_age: bool) -> None:
    assert age_finding(value) is is_age


def test_durations_and_young_ages_survive(analyzer: Any) -> None:
    out = redact_text("Admitted for 90 days; her son is 45 years old.").text
    assert "90 days" in out
    assert "45 years" in out


@pytest.mark.parametrize(
    ("text", "word"),
    [("lives alone, in her mid-nineties", "nineties"), ("a centenarian", "centenarian"),
     ("Nonagenarian, frail", "Nonagenarian")],
)  # fmt: skip
def test_ages_over_89_in_words_are_masked_by_both_passes(text: str, word: str) -> None:
    from app.redaction.second_pass import mask_text

    assert word not in mask_text(text)[0]
