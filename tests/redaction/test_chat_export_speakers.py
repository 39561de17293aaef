"""The speaker column of a "speaker  time  message" chat export (session 37,
chat_export_speakers): any handle before the time, also one with symbols for letters;
bots stay, and one such line alone is no column."""

from __future__ import annotations

from app.redaction.chat_export_speakers import chat_export_speakers
from app.redaction.text import redact_text

EXPORT = (
    "#ward-it  (Slack export)\n"
    "t.okonjo  09:01  printer on 4B jammed again\n"
    "r@d@.v@l3k  09:03  on my way, bring the spare toner\n"
    "deploybot  09:04  build 88 passed\n"
)


def test_every_person_speaker_is_found() -> None:
    found = [EXPORT[s.start : s.end] for s in chat_export_speakers(EXPORT)]
    assert found == ["t.okonjo", "r@d@.v@l3k"]
    out = redact_text(EXPORT).text
    assert "r@d@" not in out
    assert "v@l3k" not in out
    assert "deploybot" in out


def test_one_line_is_no_column() -> None:
    assert chat_export_speakers("shift  09:00  handover at the desk\n") == []


def test_times_inside_prose_are_no_column() -> None:
    text = "Seen at 09:00 and again at 10:30.\nReview  later today.\n"
    assert chat_export_speakers(text) == []
