"""Names in scripts without capital letters, read from their labels, titles and honorifics
(app/redaction/script_names.py), and the words beside them that must stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.script_names import names_in_other_scripts
from app.redaction.text import redact_text


def found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in names_in_other_scripts(text)}


# (text, the name in it): field labels, titles and honorifics of many scripts.
NAMED = [
    ("患者：王小明，男，45岁", "王小明"),
    ("姓名：李娜 性别：女", "李娜"),
    ("发件人: 陈建国 <chen@example.cn>", "陈建国"),
    ("氏名: 山田 太郎", "山田 太郎"),
    ("担当医：佐藤 花子", "佐藤 花子"),
    ("お名前　たなか ゆうき", "たなか ゆうき"),
    ("환자: 김민준 (남, 52세)", "김민준"),
    ("예금주: 박서연", "박서연"),
    ("المريض: محمد أحمد العلي", "محمد أحمد العلي"),
    ("اسم العميل: فاطمة الزهراء", "فاطمة الزهراء"),
    ("نام بیمار: علی رضایی", "علی رضایی"),
    ("מטופל: דוד כהן", "דוד כהן"),
    ("שם מלא: מרים לוי", "מרים לוי"),
    ("रोगी: राहुल शर्मा", "राहुल शर्मा"),
    ("खाताधारक: अमित कुमार", "अमित कुमार"),
    ("রোগীর নাম: সুমন দাস", "সুমন দাস"),
    ("ผู้ป่วย: นายสมชาย ใจดี", "นายสมชาย ใจดี"),
    ("პაციენტი: გიორგი ბერიძე", "გიორგი ბერიძე"),
    ("Name: 王芳", "王芳"),
    ("السيد خالد يوسف في المستشفى", "خالد يوسف"),
    ("آقای حسین محمدی مراجعه کرد", "حسین محمدی"),
    ('ד"ר שרה לוי בדקה את המטופל', "שרה לוי"),
    ("श्रीमती सुनीता देवी का इलाज चल रहा है", "सुनीता देवी"),
    ("জনাব করিম উদ্দিন এর হিসাব", "করিম উদ্দিন"),
    ("เรียน นางสาวมาลี ศรีสุข", "มาลี ศรีสุข"),
    ("ბატონი ლევან კაპანაძე", "ლევან კაპანაძე"),
    ("田中さんが来院した", "田中"),
    ("本日、長谷川直人様より電話あり", "長谷川直人"),  # a five-character full name
    ("宛先：小笠原さくら 様", "小笠原さくら"),
    ("王先生，您的预约已确认", "王"),
    ("김민준 님께서 방문하셨습니다.", "김민준"),
    ("이서준 환자 상태 양호", "이서준"),
    # a role opening the line without a colon, the name closing it; a letter's addressee
    ("อาการ: ไข้\nแพทย์ ปรีชา ทองดี\nโทร 02", "ปรีชา ทองดี"),
    ("לכבוד נועה שפירא\nהנדון: זימון", "נועה שפירא"),
    ("לכבוד\nיוסי מזרחי\n", "יוסי מזרחי"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_name_beside_its_label_title_or_honorific_is_found(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_the_name_leaves_the_redacted_text(text: str, name: str) -> None:
    assert name not in redact_text(text).text


# Labels followed by content, words that look like honorific phrases, titles that open
# ordinary words, and text of Latin letters: nothing is a name.
NOT_NAMED = [
    "诊断：急性阑尾炎",
    "医生：建议休息两周",
    "姓名：无",
    "患者さんの状態は安定しています",
    "お母さんに連絡しました",
    "담당 선생님께 문의하세요",
    "고객님 감사합니다",
    "คุณภาพการดูแลดี",
    "นายกรัฐมนตรี",
    "के नाम से भुगतान",
    "رقم الهاتف و العنوان",
    "Diagnosis: pneumonia, stable.",
    "Patient: stable overnight.",
    "แพทย์ ได้ตรวจ แล้ว\n",
    "ผู้ป่วย ไม่มี ไข้\n",
    "נערך לכבוד יום ההולדת של דנה\n",
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_content_after_labels_and_common_words_stay(text: str) -> None:
    assert found(text) == set()


LETTERS = '患者姓名：王小明 様さん님환자김민준المريضمحمدד"ר נכשमतीनाम:\n,לכבודแพทย์ ปรี'


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(LETTERS)))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in names_in_other_scripts(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
