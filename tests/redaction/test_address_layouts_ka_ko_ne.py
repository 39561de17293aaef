"""Addresses in layouts the finders missed (session 40): a Georgian address's town before a
column gap, a Korean lot address's underground building number and bracketed reference
item, the Korean registration base (등록기준지) and Nepali ठेगाना labels; the Nepali age
label उमेर."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(
            "მისამართი: წყნეთის ქ. 17, ბორჯომი   ტელეფონი: 1\n", "ბორჯომი", id="ka town gap"
        ),
        pytest.param(
            "등록기준지: 경상남도 하동군 신기12가 지하45 (대송읍)\n발급일 2020년 1월 2일\n",
            "대송읍",
            id="ko bracket",
        ),
        pytest.param("ठेगाना: धनकुटा   फोन: 1\n", "धनकुटा", id="ne address label"),
        pytest.param("बिरामीको उमेर: 103\n", "103", id="ne age"),
    ],
)
def test_values_are_masked(text: str, value: str) -> None:
    assert value not in redact_text(text).text


def test_korean_address_stops_at_its_bracket() -> None:
    out = redact_text(
        "등록기준지: 경상남도 하동군 신기12가 지하45 (대송읍)\n발급일 2020년 1월 2일\n"
    ).text
    assert "발급일" in out


def test_georgian_town_keeps_the_next_field() -> None:
    out = redact_text("მისამართი: წყნეთის ქ. 17, ბორჯომი   ტელეფონი: 1\n").text
    assert "ტელეფონი" in out or "<PERSON" in out
