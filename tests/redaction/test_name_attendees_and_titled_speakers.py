"""Persons listed with a bracketed role after an attendance label, speaker tags of Hebrew,
Arabic and Persian protocols that a title opens, and Italian titles written in lower case
after an elided article. Invented values."""

from __future__ import annotations

from app.redaction.name_attendee_lists import attendee_names
from app.redaction.name_speaker_titles import titled_speakers
from app.redaction.names import find_names
from app.redaction.text import redact_text


def _values(text: str, spans: list) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def test_attendance_list_with_an_english_word_for_a_surname() -> None:
    text = "MDT minutes\nAttendees: Dr Ilse Varga (chair); Hooper (oncology); Rain (minutes)\n"
    assert _values(text, attendee_names(text)) == ["Ilse Varga", "Hooper", "Rain"]
    out = redact_text(text).text
    assert "Hooper" not in out
    assert "Rain (" not in out
    assert "(oncology)" in out


def test_german_attendance_line() -> None:
    text = "Protokoll\nAnwesend: Quast (Vorsitz), Oberleitner (Protokoll)\n"
    assert _values(text, attendee_names(text)) == ["Quast", "Oberleitner"]


def test_findings_under_present_are_no_attendees() -> None:
    text = "Present: Fever (38.9), Rash (trunk), Wheeze (bilateral)\nAttendees: Nurse (ward 3)\n"
    assert attendee_names(text) == []


def test_hebrew_judge_speaker_tag() -> None:
    text = "פרוטוקול\nהתובע: לא קיבלתי מכתב.\nהשופט אלמוג: נקבע דיון נוסף.\nהשופט קבע כי: נדחה.\n"
    assert _values(text, titled_speakers(text)) == ["אלמוג"]
    assert "אלמוג" not in redact_text(text).text


def test_arabic_judge_speaker_tag_with_time_code() -> None:
    text = "[00:03:12] القاضي الزعبي: تفضل بالجلوس.\n"
    assert _values(text, titled_speakers(text)) == ["الزعبي"]


def test_italian_lower_case_titles_after_an_elided_article() -> None:
    text = "Compare il ricorrente, assistito dall'avv. Quaglieri, e l'ing. Bortolazzi."
    assert _values(text, find_names(text)) == ["Quaglieri", "Bortolazzi"]
