"""The romanised-name field of Chinese, Japanese and Korean forms (session 37,
romanised_name_fields): its whole value is the name, even where a romanised given name
reads as a place. Other captions' Latin values stay."""

from __future__ import annotations

import pytest

from app.redaction.romanised_name_fields import romanised_name_fields
from app.redaction.text import redact_text


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in romanised_name_fields(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("氏名：森本奏\nローマ字：MORIMOTO Kanade\n", "MORIMOTO Kanade", id="ja"),
        pytest.param("英字氏名: OGAWA Sena\n", "OGAWA Sena", id="ja eiji"),
        pytest.param("姓名拼音：ZHOU Yutong\n", "ZHOU Yutong", id="zh"),
        pytest.param("영문 성명: PARK Haneul\n", "PARK Haneul", id="ko"),
    ],
)
def test_romanised_names_are_found(text: str, name: str) -> None:
    assert _values(text) == [name]
    assert name not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    ["確認書類：Passport\n", "住所：Tokyo\n", "Name: John Smith\n"],
)
def test_other_fields_stay(text: str) -> None:
    assert romanised_name_fields(text) == []
