"""A trial subject's number written as two slashed groups right after a word for the
subject (issue 15, session 44, split Z), in several languages and scripts; a ratio after
another word, or after a word between, stays readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.structured import find_structured
from app.redaction.trial_subjects import find_trial_subject_pairs


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("AE form -- Subject 217/04 -- week 8", "217/04"),
        ("INTERVIEWER: and your participant no. 093/61?", "093/61"),
        ("il soggetto\n118/42 ha firmato", "118/42"),
        ("Proband Nr. 305/17, Visite 3", "305/17"),
        ("被験者識別コード：442/09　性別：女", "442/09"),
        ('3,2024-05-02T09:00:00Z,"subject 760/33 withdrew"', "760/33"),
    ],
)
def test_slashed_subject_number_is_masked(text: str, number: str) -> None:
    assert number in _values(find_trial_subject_pairs(text), text)
    assert number in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "subject's BP 130/80 at rest",
        "GCS 15/15, subject alert",
        "subject 12/03/2024 visit",
        "the subject scored 12/20",
        "Subject 4/5 responders",
    ],
)
def test_ratio_or_date_is_not_a_subject_number(text: str) -> None:
    assert find_trial_subject_pairs(text) == []
