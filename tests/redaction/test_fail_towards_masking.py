"""Ours masks everything plain Presidio finds (same engine, all default recognizers, default
threshold), except the documented exceptions: a date finding with neither day nor month
(a weekday, a duration, the year alone), a title before a name, and the bracket Presidio's
phone recognizer takes with a number ("(+44 ..."). Ours runs without that recognizer
(`analyzer.OURS_WITHOUT`), so the phone forms below check that ours finds what it finds."""

from __future__ import annotations

import re
from typing import Any

import pytest

from app.redaction.analyzer import build_analyzer
from app.redaction.text import find_spans, keeps_date

_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+")
TEXTS = [
    "Driver licence H1234567 and passport 912803456 were copied on Tuesday.",
    "ITIN 912-70-1234, bank account 000123456789 at the branch since 2019.",
    "Mr. Quentin Abernathy (NPI 1234567893) called from 212 555 0198 about the refund.",
    "Seen in Leeds by Dr. Imogen Hartley; follow-up in 3 weeks, 10 mg daily.",
    "Crypto wallet 1BoatSLRHtKNngkdXEeobR76b53LETtpyT was flagged by the bank.",
    # Phone forms of the regions Presidio's phone recognizer reads (US, UK, DE, FE, IL, IN,
    # CA, BR), written in the ways notes write them.
    "Call 020 7946 0958, +44 20 7946 0958 or (+44 20 7946 0958) after 5.",
    "US cell (415) 555-0134, 415.555.0134, +1-415-555-0134 x204, 1 (800) 555 0199.",
    "Berlin: 030 901820, +49 30 901820, +49 (0)30 9018 2000; Tel. 089/1234567.",
    "Mumbai +91 98200 12345, 022 2282 1234; Tel Aviv +972 3-555-1234, 03-5551234.",
    "Toronto (416) 555-0101; Sao Paulo +55 11 91234-5678, (11) 3456-7890.",
    "Fax: +1 212 555 0198; mobile 07700 900123; direct line 0161 496 0000 ext. 12.",
]


@pytest.fixture(scope="module")
def plain_presidio() -> Any:
    """Plain Presidio: every default recognizer, the phone recognizer included."""
    return build_analyzer()


@pytest.mark.parametrize("text", TEXTS)
def test_every_presidio_finding_is_masked(plain_presidio: Any, text: str) -> None:
    ours = find_spans(text)
    for r in plain_presidio.analyze(text=text, language="en"):
        value = text[r.start : r.end]
        if r.entity_type == "DATE_TIME" and not keeps_date(value):
            continue  # "Tuesday", "3 weeks", "2019": not a date of a person
        title = _TITLE.match(value) if r.entity_type == "PERSON" else None
        start = r.start + (title.end() if title else 0)
        if r.entity_type == "PHONE_NUMBER" and value.startswith("("):
            start += 1  # the bracket before "+44 ..." is not part of the number
        assert all(any(s.start <= i < s.end for s in ours) for i in range(start, r.end)), (
            r.entity_type
        )


def test_the_phone_forms_are_ones_presidio_finds(plain_presidio: Any) -> None:
    """The phone texts above prove something only if Presidio's recognizer fires on them."""
    for text in TEXTS[-6:]:
        found = plain_presidio.analyze(text=text, language="en", entities=["PHONE_NUMBER"])
        assert len(found) >= 3, text
