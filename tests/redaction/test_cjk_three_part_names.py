"""A Han or kana name of three parts that fills its field to the line's end. Invented
values; the third word on a line that goes on stays outside the name."""

from __future__ import annotations

from app.redaction.script_names import names_in_other_scripts


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names_in_other_scripts(text)]


def test_three_parts_to_line_end() -> None:
    text = "紹介状\n患者氏名: 檜山 千尋 真央\n生年月日: 1950年1月1日\n"
    assert "檜山 千尋 真央" in _found(text)


def test_third_word_before_more_text_stays() -> None:
    text = "患者氏名: 檜山 千尋 男性 45歳\n"
    assert "檜山 千尋" in _found(text)
    assert not any("男性" in f for f in _found(text))


def test_honorific_is_no_third_part() -> None:
    text = "氏名：檜山 千尋　様\n生年月日：1950/01/01\n"
    assert _found(text)
    assert all(not f.endswith("様") for f in _found(text))
