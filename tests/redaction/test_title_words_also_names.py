"""A title word that is a common name too ("Kumari", Hindi "Miss", and one of India's
commonest given names and surnames) opening a name field's value stays in the finding.
Invented values."""

from __future__ import annotations

from app.redaction.text import redact_text


def test_kumari_opening_a_name_value() -> None:
    out = redact_text("출생신고서\n성명: Kumari Vedant\n출생일시: 2023-01-02\n").text
    assert "Kumari" not in out
    assert "Vedant" not in out


def test_other_titles_stay_readable() -> None:
    out = redact_text("Patient name: Dr Vedant Oberoi\nDOB: 02/01/1960\n").text
    assert "Dr" in out
    assert "Oberoi" not in out
