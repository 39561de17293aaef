"""A date finding that runs on into its clock time keeps the time (Safe Harbor removes a
date's day, month and year, not the hour), and a document's title on its first line is no
name (issue 15). Values invented for these tests."""

from __future__ import annotations

import pytest

from app.redaction.clock_times import clock_time_only, without_clock_time
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _date(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "DATE_TIME", "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Alarm: 14.03.2023 17:45\nBefund: stabil", "14.03.2023 17:45", "14.03.2023"),
        ("Sent: 3/9/2024 9:15 AM\nSubject: keys", "3/9/2024 9:15 AM", "3/9/2024"),
        ("[4 March 2021:09:12:44 +0000] GET /", "4 March 2021:09:12:44 +0000", "4 March 2021"),
        ("Seen 11/10/2022 10:05-10:20, bay 2", "11/10/2022 10:05-10:20", "11/10/2022"),
        ("Termin am 02.06.2024 um 08:30 Uhr", "02.06.2024 um 08:30 Uhr", "02.06.2024"),
    ],
)
def test_date_finding_loses_its_clock_time(text: str, value: str, kept: str) -> None:
    span = without_clock_time(text, _date(text, value))
    assert text[span.start : span.end] == kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # ISO 8601 writes one timestamp: it stays masked whole.
        ('{"at": "2023-04-05T13:45:00Z"}', "2023-04-05T13:45:00Z"),
        # no day or month before the time: nothing to cut to
        ("Tuesday 14:30 clinic", "Tuesday 14:30"),
        # the hour glued to the date with "T" is not cut at the colon
        ("stamp 2023-04-05T13:45 ok", "2023-04-05T13:45"),
    ],
)
def test_finding_without_a_separate_clock_time_stays_whole(text: str, value: str) -> None:
    span = _date(text, value)
    assert without_clock_time(text, span) == span


def test_time_range_alone_is_no_date() -> None:
    text = "Observed 09:05-09:40 at the gate"
    assert clock_time_only(text, _date(text, "09:05-09:40"))
    assert not clock_time_only(text, _date(text, "Observed 09:05"))


@pytest.mark.parametrize(
    ("text", "date", "hour"),
    [
        ("Alarm: 14.03.2023 17:45\nBefund: stabil", "14.03.2023", "17:45"),
        ("Sent: 3/9/2024 9:15 AM\nSubject: keys", "3/9/2024", "9:15 AM"),
        ("Observed 11/10/2022 10:05-10:20, bay 2", "11/10/2022", "10:05-10:20"),
    ],
)
def test_redacted_text_keeps_the_hour_and_masks_the_date(text: str, date: str, hour: str) -> None:
    out = redact_text(text).text
    assert date not in out
    assert hour in out


def test_iso_timestamp_is_masked_whole() -> None:
    out = redact_text("Signed for at 2024-11-02T16:25:00Z\nGPS ok").text
    assert "2024-11-02" not in out
    assert "16:25" not in out


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Todesanzeige Standesamt\nVerstorbene: Lena Vogt", "Todesanzeige Standesamt"),
        ("Widerspruchsbescheid\nIn dem Verfahren der Frau Edda Krumm", "Widerspruchsbescheid"),
        ("Epikrise\nPatient: Rolf Hess", "Epikrise"),
        ("Verlofaanvraag\nMedewerker: Pieter de Graaf", "Verlofaanvraag"),
        ("Journalnotat — hjemmesygeplejen\nBorger: Mette Holm", "Journalnotat"),
        # title nouns that the name dictionary lists too ("Guía", "Alta", "Nota")
        ("HOJA DE ALTA\nPaciente: Rosa Gil", "HOJA DE ALTA"),
        ("Alta de paciente — urgencias\nNombre: Rosa Gil", "Alta de paciente"),
        ("Nota de alta\nNombre: Rosa Gil", "Nota de alta"),
        # an elided article glued to a title's word
        ("DEMANDE D'ADMISSION\nNom : Paul Roux", "DEMANDE D'ADMISSION"),
    ],
)
def test_first_line_document_title_is_kept(text: str, title: str) -> None:
    out = redact_text(text).text
    assert out.startswith(title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname beside a title noun is no document word: the line stays masked
        ("Befund Okafor\nsiehe Anlage", "Okafor"),
        # a given name in the title keeps it a name
        ("Antrag Hannah\nsiehe Anlage", "Hannah"),
        # a title noun that is also a given name, alone on line 1, opens a letter to her
        ("Alta,\nthanks for the photos.", "Alta"),
        # only line 1 is a title
        ("Verlofaanvraag\nBeatrix Verhoeven\nWeek 12", "Verhoeven"),
    ],
)
def test_name_beside_a_title_word_stays_masked(text: str, name: str) -> None:
    assert name not in redact_text(text).text
