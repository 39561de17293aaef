"""Ours masks everything plain Presidio finds (same engine, all default recognizers, default
threshold), except the two documented exceptions: a date finding with neither day nor month
(a weekday, a duration, the year alone) and a title before a name."""

from __future__ import annotations

import re
from typing import Any

import pytest

from app.redaction.analyzer import shared_analyzer
from app.redaction.text import find_spans, keeps_date

_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+")
TEXTS = [
    "Driver licence H1234567 and passport 912803456 were copied on Tuesday.",
    "ITIN 912-70-1234, bank account 000123456789 at the branch since 2019.",
    "Mr. Quentin Abernathy (NPI 1234567893) called from 212 555 0198 about the refund.",
    "Seen in Leeds by Dr. Imogen Hartley; follow-up in 3 weeks, 10 mg daily.",
    "Crypto wallet 1BoatSLRHtKNngkdXEeobR76b53LETtpyT was flagged by the bank.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_presidio_finding_is_masked(analyzer: Any, text: str) -> None:
    ours = find_spans(text)
    for r in shared_analyzer().analyze(text=text, language="en"):
        value = text[r.start : r.end]
        if r.entity_type == "DATE_TIME" and not keeps_date(value):
            continue  # "Tuesday", "3 weeks", "2019": not a date of a person
        title = _TITLE.match(value) if r.entity_type == "PERSON" else None
        start = r.start + (title.end() if title else 0)
        assert all(any(s.start <= i < s.end for s in ours) for i in range(start, r.end)), (
            r.entity_type
        )
