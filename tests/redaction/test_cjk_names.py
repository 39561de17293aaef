"""Chinese and Japanese names read from their shape (a ranked surname and a given name)
where they fill a field, whatever the field's label; clinical terms, places and labels in
the same position stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.cjk_names import SURNAMES, cjk_field_names, person_value


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in cjk_field_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Labels no list holds: the value's shape alone says person.
        ("担当：佐藤あすか\n", "佐藤あすか"),
        ("通報者：蔡淑華　藥師　電話 0975161844\n", "蔡淑華"),
        ("報告者：木村美加子　薬剤師\n", "木村美加子"),
        ("確認者：清水篤司\n", "清水篤司"),
        # Given name first, as romanised and Western forms write it.
        ("病人代號：志 賴\n", "志 賴"),
        ("聯絡人：淑淑 張\n", "淑淑 張"),
        # Surname first and apart; a double surname; traditional forms.
        ("经办人：欧阳 娜\n", "欧阳 娜"),
        ("填表：黃美玲\n", "黃美玲"),
        ("負責：楊志明。", "楊志明"),
        # A table's cell and a tab separate label and value as a colon does.
        ("| 医師 | 高橋修平 |\n", "高橋修平"),
        ("記入\t田中充\n", "田中充"),
        # The next field's label after the name on the same line.
        ("氏名：井上結衣　フリガナ：イノウエ ユイ\n", "井上結衣"),
        ("姓名：陈兰英　性别：女\n", "陈兰英"),
        # An honorific after the name.
        ("患者氏名：林真綾　様\n", "林真綾"),
        # Between separators: a table's columns, a signature line of its own.
        ("報告者　木村美加子　薬剤師\n", "木村美加子"),
        ("主治医  山田太郎\n", "山田太郎"),
        ("以上\n　　　　鈴木一郎\n", "鈴木一郎"),
        # Korean: a surname and two given syllables, together or apart.
        ("결재: 김민준\n", "김민준"),
        ("담당: 이영수\n", "이영수"),
        ("보호자: 김 순옥\n", "김 순옥"),
        ("연락: 지후 한\n", "지후 한"),
    ],
)
def test_a_name_filling_a_field(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Clinical terms that open with a surname's character: disease radicals, blood.
        "既往歴：高血圧\n",
        "诊断：高血压\n",
        "症状：黄疸\n",
        "主诉：头痛\n",
        "副作用：消化管出血\n",
        "被疑薬：ワルファリン\n",
        "合并症：白内障\n",
        "治疗：康复\n",
        "死因：原因不明\n",
        # Places: a surname's character and an administrative or street suffix.
        "地址：林口区\n",
        "住所：中山路\n",
        "出生地：江苏省\n",
        # Firms, stations and clinics named after a family; headings.
        "田中内科\n",
        "紹介先：山田医院\n",
        "最寄り：上野駅\n",
        "診療情報提供書\n",
        "既往歴　高血圧\n",
        "病名　白内障\n",
        # Korean words that open with a surname's syllable; "this" and "one" before a noun.
        "진단명: 고혈압\n",
        "항목: 연락처\n",
        "구분: 신청인\n",
        "결과: 정상\n",
        "성별: 여성\n",
        "비고: 이 경우\n",
        # Labels, roles and placeholders in a value's place.
        "性别：女\n",
        "職業：薬剤師\n",
        "担当：看護師\n",
        "备注：无\n",
        # A name-shaped run inside prose, not filling a field.
        "患者は王明さんの紹介で来院した。\n",
        "今天王明来了\n",
        # Latin text only.
        "Name: Wang Ming\n",
    ],
)
def test_what_stays_readable(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("病患：吳淑華（WU, Shu-Hua）\n", ["吳淑華", "WU, Shu-Hua"]),
        ("보호자: 김민준 (Kim Min-jun)\n", ["김민준", "Kim Min-jun"]),
        # A bracket that holds no romanised surname stays readable.
        ("担当：王芳（F）\n", ["王芳"]),
        ("担当：王芳（Pharmacist）\n", ["王芳"]),
    ],
)
def test_the_romanisation_after_a_name(text: str, found: list[str]) -> None:
    assert _found(text) == found


def test_the_value_reader_on_its_own() -> None:
    assert person_value("蔡淑華　藥師") == "蔡淑華"
    assert person_value("志 賴") == "志 賴"
    assert person_value("高血压") is None
    assert person_value("王") is None  # a surname alone is too often a word
    assert person_value("王明明明") is None  # more given characters than names carry
    assert person_value("井上結衣　フリガナ", label_after=True) == "井上結衣"


def test_the_surname_table_holds_both_writings() -> None:
    assert {"张", "張", "黄", "黃", "杨", "楊", "佐藤", "木村", "欧阳"} <= SURNAMES


_CJK = st.characters(min_codepoint=0x3041, max_codepoint=0x30FF) | st.characters(
    min_codepoint=0x4E00, max_codepoint=0x9FFF
)
_TEXT = st.lists(
    st.one_of(st.text(_CJK, max_size=8), st.sampled_from(["：", ":", "|", "\t", "　", " ", "\n"])),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_spans_are_names_inside_the_text(text: str) -> None:
    for span in cjk_field_names(text):
        assert 0 <= span.start < span.end <= len(text)
        value = text[span.start : span.end]
        assert value.isascii() or person_value(value) == value
