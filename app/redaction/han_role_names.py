"""A name written straight after a Chinese role noun in running text, with no colon:
"收件人王小明" (the recipient Wang Xiaoming), "联系人林晓，电话..." (contact Lin Xiao), as a
chat or a delivery note writes them. Chinese puts no space between the words, so the
name is the two or three Han letters between the role noun and the clause's end
(a comma, a full stop, a line end).

A clause that goes on after the role noun is no name: what follows then is a field noun
("收件人手机号", "联系人电话"), or a verb or a negation opens it ("收件人不在。",
"联系人已确认"). Gated on "人" and the role nouns (substring tests) before the regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "han_role_name"
SCORE: Final = 0.7

_ROLES: Final = word_list(
    """
    收件人 寄件人 发件人 收货人 取件人 签收人 联系人 经办人 收款人 付款人 委托人 代理人 监护人
    收件人 聯絡人 收貨人 寄件人 簽收人 經辦人
    """
)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_NAME: Final = re.compile(
    rf"(?:{trie_pattern(_ROLES)})(?P<name>[{_HAN}]{{2,3}})(?=[，。、；！？,.;!?)）\s]|$)"
)
# Letters that open a clause, not a name: negations, auxiliaries, verbs of the trade.
_CLAUSE_OPENERS: Final = frozenset("不没沒已未是在会會要说說的和与與及也都还還就请請需应應可能将將")
# Nouns a role noun heads in a field's name.
_FIELD_NOUNS: Final = frozenset(
    word_list(
        """
    手机 手机号 手機 手機號 电话 電話 号码 號碼 地址 姓名 名字 名称 名稱 信息 資訊 资料 資料
    身份证 身份證 证件 證件 邮编 郵編 邮箱 郵箱 签字 簽字 签名 簽名 本人 自己 家属 家屬 单位 單位
    账号 帳號 账户 帳戶 关系 關係 情况 情況 一栏 一欄 栏目 欄目 处 處 那里 那裡 这里 這裡
    """
    )
)


def han_role_names(text: str) -> list[Span]:
    """Names written straight after a Chinese role noun (see the module docstring)."""
    if "人" not in text or not any(role in text for role in _ROLES):
        return []
    spans = []
    for m in _NAME.finditer(text):
        name = m.group("name")
        if name[0] in _CLAUSE_OPENERS or name in _FIELD_NOUNS:
            continue
        if any(name.startswith(noun) for noun in _FIELD_NOUNS):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
