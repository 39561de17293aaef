"""Places written in Han, katakana or Hangul with their administrative unit as the last
character, standing as a word of their own (China's GB/T 2260 division names: 省 市 县 区 镇
乡 村; Japan Post's 都 道 府 県 市 区 町 村 郡; Korea's 특별시 광역시 and city-district pairs):
masked as places. Common words built with a unit character (城市 "city", 超市 "supermarket",
市场 "market", 区别 "difference", 社区 "community", a ward's 病区) and "this city" (本市)
stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.places import find_places


def _places(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_places(text) if s.rule.endswith("_unit")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Location: Radiology, 宁德市", "宁德市"),
        ("地点：福建省宁德市。", "福建省宁德市"),
        ("Lives in 上海市 徐汇区 since 2019", "上海市"),
        ("籍贯：广东省深圳市南山区", "广东省深圳市南山区"),
        ("Hometown 平遥县", "平遥县"),
        ("village 西塘镇, Zhejiang", "西塘镇"),
        ("住所：東京都港区", "東京都港区"),
        ("Born in 京都府 1950", "京都府"),
        ("Address 横浜市青葉区", "横浜市青葉区"),
        ("出身：北海道", "北海道"),
        ("from 千葉県", "千葉県"),
        ("from 안산시 단원구 yesterday", "안산시 단원구"),
        ("부산광역시에서 왔다", "부산광역시"),
    ],
)
def test_places_with_their_unit(text: str, value: str) -> None:
    assert value in _places(text), text


@pytest.mark.parametrize(
    "text",
    [
        "我们去超市", "Ward: 城市", "市场", "区别", "在本市", "心内科病区", "ICU 病区",
        "各市区町村", "那个村", "社区 nurse", "开发区", "患者来自宁德市。", "다시 운동", "친구 집",
        "하면 된다",
    ],
)  # fmt: skip
def test_words_with_unit_characters_stay(text: str) -> None:
    assert not _places(text), text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("宁德市省区县村本城超 ,：시구안산단원광역"), max_size=40))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_places(text):
        assert 0 <= span.start < span.end <= len(text)
