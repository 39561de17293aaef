"""Chinese, Japanese and Korean names after a caption without a colon (a register's
bracketed caption, a kin word or a sender's word at a line's start or after a gap) and
before an addressee's word written apart. Invented values."""

from __future__ import annotations

import pytest

from app.redaction.name_cjk_captions import cjk_caption_names


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in cjk_caption_names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("【父】高橋 健一　【母】小川 礼子\n", ["高橋 健一", "小川 礼子"]),
        ("【名】健一　【生年月日】平成2年3月4日\n", ["健一"]),
        ("【配偶者】Amara Oyelaran Diop\n本籍 x\n", ["Amara Oyelaran Diop"]),
        ("부 박지훈   모 최은숙\n", ["박지훈", "최은숙"]),
        ("본인 정민서 (JEONG Min-seo)  1990. 1. 2.\n", ["정민서"]),
        ("寄件人 何俊\n电话 1\n", ["何俊"]),
        ("担当医 中島 さや香\n", ["中島 さや香"]),
        ("杨丽 收\n", ["杨丽"]),
        ("손지우 귀하\n", ["손지우"]),
        # several captions on one line, apart by gaps
        ("배우자 신영철   자녀 신하윤\n", ["신영철", "신하윤"]),
    ],
)
def test_captioned_and_addressed(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "부 담당 과장\n",  # a caption word before ordinary words
        "高血压 收\n",  # no name's shape before the addressee's word
        "【父】See Below\n",
        "부산광역시 해운대구\n",  # a caption word opening a longer word
        "患者は 本人 希望により\n",
    ],
)
def test_no_name(text: str) -> None:
    assert _found(text) == []
