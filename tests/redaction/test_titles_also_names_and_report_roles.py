"""A title that is also a name's word ("Don" an English given name, "Major" a surname)
after a cue, when the name runs on after it or the line ends ("GP: Don <Given> <Surname>",
"Officer: MAJOR"); and the parties of a police report ("Complainant:", "Victim:",
"Suspect:") and a practice named after its doctor ("Praxis <Surname>") as cues. Invented
values."""

from __future__ import annotations

from app.redaction.names import find_names
from app.redaction.text import redact_text


def test_don_as_given_name_after_cue() -> None:
    out = redact_text("Care plan\nGP: Don Albrecht Quiñonez\nWaterlow 12").text
    assert "Don" not in out
    assert "Quiñonez" not in out


def test_title_alone_closing_its_line() -> None:
    out = redact_text("Narrative: left the shop.\nOfficer: MAJOR").text
    assert "MAJOR" not in out


def test_title_before_one_name_stays() -> None:
    out = redact_text("GP: Dr Okwuosa").text
    assert "Dr" in out
    assert "Okwuosa" not in out


def _cued(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text) if s.rule == "name_after_role_word"]


def test_report_parties_are_cues() -> None:
    assert "Ndongo, Junior" in _cued("Complainant: Ndongo, Junior, DOB 05/28/1947")
    assert "Fenwick" in _cued("Victim: Fenwick")
    assert "Tamsin Ruiz" in _cued("Suspect: Tamsin Ruiz, DL 1234")


def test_praxis_named_after_doctor() -> None:
    out = redact_text("Steuernummer der Praxis Wendtland: 31 249 227 804").text
    assert "Wendtland" not in out
