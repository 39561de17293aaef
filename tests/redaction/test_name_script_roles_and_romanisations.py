"""Names in Brahmic scripts written with a zero-width joiner inside a word, role labels of
Nepali and Thai forms (a ward's chair, who gave a vaccine), and a name's romanisation in
brackets after it, in any case and with the scheme's name or not. Invented values."""

from __future__ import annotations

from app.redaction.name_romanised_cells import romanised_beside
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _beside(text: str, name: str) -> list[str]:
    start = text.index(name)
    found = [Span(start, start + len(name), "PERSON", "script_names", 0.85)]
    return [text[s.start : s.end] for s in romanised_beside(text, found)]


def test_devanagari_name_with_a_zero_width_joiner_after_a_title() -> None:
    text = "सिफारिस\nश्री कमला श्‍रेष्ठ, ठेगाना: वडा 4\n"
    out = redact_text(text).text
    assert "रेष्ठ" not in out


def test_nepali_chair_label() -> None:
    text = "जन्म मिति: 1961-03-02\nसिफारिस गरिएको\nवडा अध्यक्ष: रमिता श्रेष्‍ठ\n"
    out = redact_text(text).text
    assert "रमिता" not in out
    assert "ष्‍ठ" not in out
    assert "वडा अध्यक्ष:" in out


def test_thai_vaccinator_label() -> None:
    text = "วันที่ฉีด: 01.02.2025\nผู้ฉีด: วนิดา สุขใจ\n"
    out = redact_text(text).text
    assert "วนิดา" not in out
    assert "ผู้ฉีด:" in out


def test_pinyin_in_full_width_brackets_after_a_han_name() -> None:
    text = "复核表\n申请人姓名：周立（拼音 ZHOU LI）\n"
    assert _beside(text, "周立") == ["ZHOU LI"]


def test_lower_case_romanisation_in_brackets() -> None:
    text = "환자: 한서윤 (romanised: han seoyun)\n"
    assert _beside(text, "한서윤") == ["han seoyun"]
    text = "श्री सुमन राई (sumn raaii)\n"
    assert _beside(text, "सुमन राई") == ["sumn raaii"]


def test_a_role_in_brackets_stays() -> None:
    text = "担当者：佐藤 健（Head Nurse）\n"
    assert _beside(text, "佐藤 健") == []
    assert "Head Nurse" in redact_text(text).text
