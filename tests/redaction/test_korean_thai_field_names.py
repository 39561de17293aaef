"""A Korean name opening with two surnames joined by a hyphen ("<surname>-<surname><given>")
in a field, and a Thai child's name after the label "ชื่อเด็ก" (child's name), each with
its romanisation in brackets after it. Invented values."""

from __future__ import annotations

from app.redaction.cjk_names import cjk_field_names
from app.redaction.text import redact_text


def test_hyphened_korean_surnames() -> None:
    text = "[배송 정보]\n받는 분: 박-이서연 (PAK-I Seoyeon)\n연락처: 010-2000-1111"
    found = [text[s.start : s.end] for s in cjk_field_names(text)]
    assert "박-이서연" in found
    out = redact_text(text).text
    assert "이서연" not in out
    assert "Seoyeon" not in out


def test_no_hyphened_value_of_words() -> None:
    text = "상태: 입-출고 완료"
    assert cjk_field_names(text) == []


def test_thai_child_name_label() -> None:
    text = "สมุดบันทึก\nชื่อเด็ก: สมหญิง ใจงาม (CHAINGAM Somying)\nวันเกิด: 1985-01-24"
    out = redact_text(text).text
    assert "สมหญิง" not in out
    assert "ใจงาม" not in out
    assert "Somying" not in out
