"""A relative's or companion's name in brackets beside the word for them, in Japanese,
Chinese, Korean and Arabic contact lines. Invented values; a bracket holding no name stays."""

from __future__ import annotations

import pytest

from app.redaction.script_kin_names import bracketed_script_kin_names
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("連絡先 090-0000-0000 (次女 早乙女ほのか)\n", "早乙女ほのか"),
        ("緊急連絡先（夫：司馬 遼平）\n", "司馬 遼平"),
        ("보호자 연락처 (아들 남궁민재)\n", "남궁민재"),
        ("هاتف المرافق (نزار العطاونة): +970500000000\n", "نزار العطاونة"),
        ("اسم الكفيل (الزوجة) ورقم الكفيلة (هديل أبو شقرة)\n", "هديل أبو شقرة"),
    ],
)
def test_name_in_kin_brackets(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in bracketed_script_kin_names(text)] == [name]
    assert name not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        "連絡先 (長男 なし)\n",
        "連絡先 (長男)\n",
        "هاتف المرافق (في المنزل): 0590000000\n",
        "For minors, a parent (Legal Guardian) must attend.",
    ],
)
def test_no_name_in_kin_brackets(text: str) -> None:
    assert bracketed_script_kin_names(text) == []
