"""A name in a script without capital letters written surname first with a comma after a
label that names a person's field ("医师: 王, 芳", "רופאה: לוי, דנה"): both parts are the
person, a one-letter Han or Hangul surname too. Invented values; the labels stay, and a
comma between other words of these scripts masks nothing."""

from __future__ import annotations

import pytest

from app.redaction.script_comma_names import comma_names_in_scripts
from app.redaction.text import redact_text


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in comma_names_in_scripts(text)]


@pytest.mark.parametrize(
    ("label", "surname", "given"),
    [
        ("医师", "王", "芳"),
        ("經辦人", "林", "志豪"),
        ("담당자", "박", "지훈"),
        ("患者氏名", "山本", "花子"),
        ("רופאה", "לוי", "דנה"),
        ("שם המטופל", "אבוטבול", "נ'אדיה"),
        ("الموظف", "آل الحربي", "سارة"),
        ("نام بیمار", "رضایی", "مریم"),
        ("แพทย์", "ใจดีงาม", "สมศรี"),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_surname_comma_given_after_label(
    label: str, surname: str, given: str, newline: str
) -> None:
    text = f"Record{newline}{label}: {surname}, {given}{newline}2024-05-02{newline}"
    assert _names(text) == [surname, given]
    out = redact_text(text).text
    assert surname not in out
    assert given not in out
    assert f"{label}: " in out


@pytest.mark.parametrize(
    ("line", "surname", "given"),
    [
        ("الموظفة: العتيبي، نورة", "العتيبي", "نورة"),
        ("经办人: 周，丽", "周", "丽"),
    ],
)
def test_the_scripts_own_comma(line: str, surname: str, given: str) -> None:
    assert _names(f"Record\n{line}\n") == [surname, given]


def test_a_bracket_after_the_name_closes_it() -> None:
    text = "확인결과: 완료\n담당자: 한, 소라 (2024-03-01)\n"
    assert _names(text) == ["한", "소라"]


@pytest.mark.parametrize(
    "text",
    [
        "诊断: 急性, 慢性\n",  # no person's label: a list of words
        "地址: 北京, 上海\n",
        "医师: 王, 芳的同事说\n",  # the field goes on: no name closes it
        "医师: 王, Smith\n",  # two scripts
        "Name: Lee, Ann\n",  # Latin letters are the capital-letter rules' to read
    ],
)
def test_no_name(text: str) -> None:
    assert _names(text) == []
