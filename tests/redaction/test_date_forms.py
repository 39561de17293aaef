"""Dates of birth and visits in forms the written and numeric patterns did not read:
Roman-numeral months (Polish, Czech, Romanian, Hungarian use), spaced digits after a
date cue, and eight-digit dates joined into a file name or key by "_" or "-". Both passes:
ingest (`redact_text`) and the workstation's second pass."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.patterns import DATE
from app.redaction.second_pass import mask_text
from app.redaction.structured import pattern_spans
from app.redaction.text import keeps_date, redact_text

DATES = [
    ("roman month, spaces", "Data urodzenia: 30 IX 1979.", "30 IX 1979"),
    ("roman month, hyphens", "DOB: 3-X-1957", "3-X-1957"),
    ("roman month, dots, short year", "přijat 12.VII.57 na JIP", "12.VII.57"),
    ("spaced, two-digit year", "DOB: 09 30 79", "09 30 79"),
    ("spaced, year first", "D.O.B. 1957 10 03", "1957 10 03"),
    ("spaced after born", "born 12 10 37 in the county", "12 10 37"),
    ("lithuanian, year first", "gimė 1961 m. gegužės 14 d. Kaune", "gegužės 14"),
    ("latvian, year first", "dzimis 1961. gada 14. maijā", "14. maijā"),
    ("estonian adessive", "sündinud 14. juunil 1961", "14. juunil"),
    ("slovene genitive", "rojena 14. junija 1961", "14. junija"),
    ("serbian latin", "rođen 14. septembar 1961.", "14. septembar"),
    ("ISO 8601 basic, in a file name", "see scan_kowalczyk_19720314_ecg.pdf", "19720314"),
    ("day first, in a file name", "Okonkwo-14031972.pdf attached", "14031972"),
    ("US month first, in a key", "ref pt_03141972_intake", "03141972"),
    ("ISO 8601 basic date and time", "DTSTART:20231107T093000Z", "20231107"),
]


def test_basic_date_time_masks_its_date_with_its_time(analyzer: Any) -> None:
    """iCalendar's DATE-TIME (RFC 5545): the date and its time of day go together (a visit's
    exact time narrows who it was); the property names stay."""
    for stamp in ("19990214T081500", "20251103T1730", "20240410T150000Z"):
        text = f"BEGIN:VEVENT\nDTSTART;TZID=Europe/Oslo:{stamp}\nSUMMARY:Review\n"
        out = redact_text(text).text
        assert stamp[:8] not in out
        assert stamp[9:] not in out
        assert "DTSTART;TZID=" in out
        assert "SUMMARY:Review" in out
        assert stamp[9:] not in mask_text(text)[0]
    # A stamp glued to a word still loses its date.
    assert "20240410" not in redact_text("DTSTART:20240410T150000Zq\n").text


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_date_forms_are_masked_by_both_passes(analyzer: Any, text: str, value: str) -> None:
    assert value not in redact_text(text).text
    assert value not in mask_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Room 12 10 37 beds",
        "Ward IX 1979 wing",
        "Bed 4, 2 units of 10 ml",
        "LOINC 2345-7 and ICD-10 E11_9 stay",
        "run_1234_batch_19 and v20_13",
    ],
)
def test_numbers_without_a_date_cue_or_a_roman_month_stay(text: str) -> None:
    assert mask_text(text)[0] == text


# spaCy reads a score, an acuity, a range or a decimal as a date; only a pair of numbers
# that can be a day and a month (or a month and a year) is one, and a measure word right
# before it makes it a measurement.
MEASUREMENTS = [
    ("visual acuity", "Visual acuity 6/12 in the left eye.", "6/12"),
    ("pain score", "Pain score: 3/10 at rest.", "3/10"),
    ("rate range", "Heart rate 72-85 overnight.", "72-85"),
    ("decimal lab value", "INR 2.2 on warfarin.", "2.2"),
]


@pytest.mark.parametrize(
    ("text", "value"), [c[1:] for c in MEASUREMENTS], ids=[c[0] for c in MEASUREMENTS]
)
def test_measurements_spacy_reads_as_dates_stay(analyzer: Any, text: str, value: str) -> None:
    assert value in redact_text(text).text


@pytest.mark.parametrize(
    ("before", "value"),
    [
        ("pain began ", "3/10"),  # another word between: a date
        ("", "3/10"),
        ("", "10/2019"),  # a month and a year
        ("", "03.05."),  # a German day and month
        ("score ", "03.05.1947"),  # three parts are a date whatever comes before
        ("", "1947-03-12"),
        ("", "12-14"),  # a range that can be a day and month: masked, to be safe
    ],
)
def test_numbers_that_can_be_a_day_and_month_stay_dates(before: str, value: str) -> None:
    assert keeps_date(value, before)


@pytest.mark.parametrize(
    ("before", "value"),
    [
        ("visual acuity ", "6/12"),
        ("pain score: ", "3/10"),
        ("", "72-85"),
        ("", "2.2"),
        ("", "13/2019"),
        ("", "12.5"),
    ],
)
def test_numbers_that_cannot_be_a_date_are_dropped(before: str, value: str) -> None:
    assert not keeps_date(value, before)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789_-. ax\n", max_size=60))
def test_joined_eight_digit_dates_stay_inside_any_text(text: str) -> None:
    for span in pattern_spans(text, DATE):
        assert 0 <= span.start < span.end <= len(text)
        if span.rule == "date_compact_joined":
            assert text[span.start : span.end].isdigit()
            assert span.end - span.start == 8  # YYYYMMDD
