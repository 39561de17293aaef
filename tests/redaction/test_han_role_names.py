"""A name written straight after a Chinese role noun, with no colon, in a chat or a
delivery note. Invented values; a field noun or a clause after the role noun stays."""

from __future__ import annotations

import pytest

from app.redaction.han_role_names import han_role_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("客户：+8610000000，收件人闻人昊\n客服：好的", "闻人昊"),
        ("联系人柏清，电话见上", "柏清"),
        ("已通知收貨人龔珮。", "龔珮"),
    ],
)
def test_name_after_role_noun(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in han_role_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    ["请提供收件人手机号\n", "收件人不在。", "联系人电话，", "请填写收件人。", "收件人是谁？"],
)
def test_no_name_after_role_noun(text: str) -> None:
    assert han_role_names(text) == []
