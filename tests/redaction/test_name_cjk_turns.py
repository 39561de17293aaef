"""Chinese, Japanese and Korean names a chat turn introduces ("我是...", "私は...です",
"저는 ...입니다") or brackets after the role that opens it ("客服（...）："). Invented
values; a role, a trade word or a status in the same places stays."""

from __future__ import annotations

import pytest

from app.redaction.name_cjk_turns import cjk_turn_names
from app.redaction.text import redact_text

_CHAT = (
    "在线客服记录 2025-02-03\n"
    "顾客：您好，我是邓慧敏，想查一下快递\n"
    "客服（欧阳锋）：好的，请稍等。\n"
    "客服：已查到，明天送达。\n"
)


def test_an_introduced_customer_and_a_bracketed_agent() -> None:
    found = [_CHAT[s.start : s.end] for s in cjk_turn_names(_CHAT)]
    assert sorted(found) == sorted(["邓慧敏", "欧阳锋"])
    out = redact_text(_CHAT).text
    assert "邓慧敏" not in out
    assert "欧阳锋" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("もしもし、私は高橋美咲です。予約の件で", "高橋美咲"),
        ("안녕하세요 저는 박서연입니다", "박서연"),
        ("老师好，我叫韩磊。", "韩磊"),
        ("担当(田中)：確認しました", "田中"),
    ],
)
def test_introduced_or_bracketed(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in cjk_turn_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "我是学生，想问一下",
        "客服（在线）：您好",
        "我是否需要带证件？",
        "私は会社員です",
        "Hello, I am here",
    ],
)
def test_no_name_there(text: str) -> None:
    assert cjk_turn_names(text) == []
