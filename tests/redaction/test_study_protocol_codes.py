"""A study protocol's code after its word names the trial, not the participant
(record_numbers.PROTOCOL_WORDS, session 37): "protocol ONC-301" stays readable after a
screening log's title, while the subject's and screening numbers after their own words
stay masked, and the Spanish "número de protocolo" (a lab's or a notary's number) too."""

from __future__ import annotations

import pytest

from app.redaction.record_numbers import find_by_context


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_by_context(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ENROLMENT LOG -- protocol KRT-118\nSite 3",
        "Screening log, protocole PNE-2207, centre 4",
    ],
)  # fmt: skip
def test_protocol_code_after_a_log_title_stays(text: str) -> None:
    assert _found(text) == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Screening no. Q41-007 under protocol KRT-118", "Q41-007"),
        ("Subject 220-015, protocol KRT-118", "220-015"),
        ("número de protocolo 2024-77120", "2024-77120"),
    ],
)  # fmt: skip
def test_participant_numbers_stay_masked(text: str, value: str) -> None:
    assert value in _found(text), text
