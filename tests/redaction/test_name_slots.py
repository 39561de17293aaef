"""Names found from the slot they fill and a closed set of census surnames
(app/redaction/name_slots.py, app/redaction/surname_sets.py), the role labels of
app/redaction/script_names.py, and the words beside them that must stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.given_names import is_given_name
from app.redaction.name_slots import names_in_slots
from app.redaction.script_names import names_in_other_scripts
from app.redaction.surname_sets import CHINESE, JAPANESE_KANA, JAPANESE_KANJI, KOREAN

# Ordinary words a language model knows (what `text.py` asks spaCy's vocabulary).
_KNOWN = frozenset(
    {"reported", "pharmacy", "notes", "email", "phone", "pain", "the", "today", "visit"}
)


def found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in names_in_slots(text, _KNOWN.__contains__)}


def found_by_script(text: str) -> set[str]:
    return {text[s.start : s.end] for s in names_in_other_scripts(text)}


# (text, the name in it). The surnames are the census's most frequent ones.
SLOTS = [
    # Korean: a label ending in an agent suffix (-의, -자, -사, -원, -관), a 3-syllable name.
    ("퇴원 담당의: 박지훈 (2024-01-02)", "박지훈"),
    ("작성자: 최수아", "최수아"),
    ("상담원：정하늘, 내선 204", "정하늘"),
    ("확인자: 남궁민수", "남궁민수"),
    # Chinese and Japanese: a label ending in 人 者 员 师 医 官, a surname and given name.
    ("药剂师：王丽", "王丽"),
    ("经办人: 欧阳明 2023-08-01", "欧阳明"),
    ("審核員：陳志明", "陳志明"),
    ("担当薬剤師：鈴木美加子", "鈴木美加子"),
    ("記載者： 高橋 誠", "高橋 誠"),
    # Chinese greetings and forms of address.
    ("【市第一医院】张伟您好，您预约的门诊时间为明天", "张伟"),
    ("尊敬的刘洋先生：您的订单已发货", "刘洋"),
    ("亲爱的黄婷，你好", "黄婷"),
    # Japanese katakana readings opening with a known surname, and the kanji beside them.
    ("フリガナ：タナカ ハナコ", "タナカ ハナコ"),
    ("患者 サトウ ケンジ 様", "サトウ ケンジ"),
    # Romanised Korean and Chinese names with a hyphenated given name.
    ("Attending: HA Yu-jin", "HA Yu-jin"),
    ("Kim Min-jun was seen today.", "Kim Min-jun"),
    ("signed I Sang-cheol", "I Sang-cheol"),
    ("Referred by Chen Yi-ling (Taipei)", "Chen Yi-ling"),
    ("Seo-yeon PARK, 34", "Seo-yeon PARK"),
    # ... and with the given name written as one word, before the surname.
    ("Customer: jiyeon song 14/02/1971", "jiyeon song"),
    ("Caller: Haneul Park, account holder", "Haneul Park"),
    ("name on card: meiling zhou", "meiling zhou"),
    # Initials labels of trial, pharmacovigilance and case forms.
    ("Subject initials: SP", "SP"),
    ("Patient initials ..... J.P.", "J.P."),
    ("Iniciales del paciente: MGR", "MGR"),
    ("Initialen | KM | Geb. 1950", "KM"),
    ("Инициалы: АБ", ""),  # Cyrillic initials are left to the capitals rules
    # Login handles after words that say a user is named.
    ("Fraud analyst: jjones", "jjones"),
    ("case flagged by pmackova on Monday", "pmackova"),
    ("closed by rwright.", "rwright"),
    ("ordered by june okafor-berg, bleep 2231", "june okafor-berg"),  # a month's name
    ("Benutzer=hmeier", "hmeier"),
]


@pytest.mark.parametrize(("text", "name"), SLOTS)
def test_the_name_in_its_slot_is_found(text: str, name: str) -> None:
    got = found(text)
    if name:
        assert name in got
    else:
        assert got == set()


def test_a_kanji_name_beside_its_reading_is_found_too() -> None:
    text = "患者：長谷川 博（ハセガワ ヒロシ）"
    assert {"長谷川 博", "ハセガワ ヒロシ"} <= found(text)
    text = "渡辺裕美子／ワタナベ ユミコ"
    assert found(text) == {"渡辺裕美子", "ワタナベ ユミコ"}


# Clinical prose, labels, measurements and brands: nothing here is a person.
NOT_NAMES = [
    "진단: 고혈압",  # 고 is a surname, 진단 (diagnosis) no agent
    "검사: 정상소견",
    "병원: 한양대",  # 병원 (hospital) ends in -원 but names a place
    "주사: 인슐린",
    "결과: 음성",
    "医生：建议复查",
    "医生：张口困难",  # 张 opens a symptom, four han after it
    "卫生：良好",
    "担当者：不明",
    "今天您好，请注意天气",
    "大家好，欢迎光临",
    "ボルタレン テープ 2枚",
    "アレルギー なし",
    "No Follow-up was needed; Post-op day 2, X-ray clear.",
    "The Long-term plan: So Non-smoker now.",
    "Song Re-check in 2 weeks",
    "Initial BP: 120/80",
    "Initial dose: 5 mg",
    "Initials of the study arm: not applicable",
    "user: admin",
    "User reported pain after the fall.",
    "agent: none",
    "Operator: please hold",
    "Reviewed by pharmacy and sent by email.",
    "analyst notes were filed",
    "patient seen today with son, 2 visits",
    "minjun in 2 days",  # a function word after the syllables
    "review by june next year",
    "Minjun song 4",  # the two words in different cases
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_words_that_are_no_names_stay(text: str) -> None:
    assert found(text) == set()


# Role labels of script_names.py: discharging physician, pharmacist, officer, taxpayer...
ROLES = [
    ("רופא משחרר: אורי לוי", "אורי לוי"),
    ("רוקחת: מרים כהן", "מרים כהן"),
    ("الطبيب المعالج: سارة أحمد", "سارة أحمد"),
    ("ضابط الهجرة: سعيد خليل", "سعيد خليل"),
    ("مؤدی: رضا نوری", "رضا نوری"),
    ("کارشناس مسئول: مهدی احمدی", "مهدی احمدی"),
    ("เภสัชกร: สุดา ใจดี", "สุดา ใจดี"),
    ("약사: 김은영", "김은영"),
    ("मरीज: च. महर्जन", "च. महर्जन"),
    ("பெயர்: மு. கருணாநிதி", "மு. கருணாநிதி"),
]


@pytest.mark.parametrize(("text", "name"), ROLES)
def test_a_name_after_a_role_label_is_found(text: str, name: str) -> None:
    assert name in found_by_script(text)


@pytest.mark.parametrize(
    "text",
    [
        "עד: סוף החודש",  # "until: the end of the month"
        "הרופא אמר שהמצב יציב",
        "المريض بحالة مستقرة وتم إعطاء الدواء",
        "بیمار حال عمومی خوبی دارد",
        "ผู้ป่วยอาการคงที่ ให้ยาต่อ",
    ],
)
def test_role_words_in_prose_mark_nothing(text: str) -> None:
    assert found_by_script(text) == set()


def test_the_surname_sets_hold_the_census_heads() -> None:
    # The first five of each national ranking are in, and no set is a handful.
    assert {"김", "이", "박", "최", "정"} <= KOREAN
    assert len(KOREAN) >= 100
    assert {"王", "李", "张", "刘", "陈", "張", "陳"} <= CHINESE
    assert len(CHINESE) >= 150
    assert {"佐藤", "鈴木", "高橋", "田中", "伊藤"} <= JAPANESE_KANJI
    assert {"サトウ", "スズキ", "タカハシ", "タナカ", "イトウ"} <= JAPANESE_KANA


_LETTERS = "김이박최정 :：王李刘您好サトウ ケンジ-abcIKMinjun\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(_LETTERS), max_size=60))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in names_in_slots(text):
        assert 0 <= span.start < span.end <= len(text)


# "Name of <someone>:" fields, names in table cells, Korean titles after a name.
MORE = [
    ("نام مؤدی: رضا نوری", "رضا نوری"),
    ("اسم مقدم الطلب: زينب الحربي", "زينب الحربي"),
    ("שם הרופא המטפל: אוריאן אהרוני", "אוריאן אהרוני"),
    ("| מטופל | מרים לוי |", "מרים לוי"),
    ("नाम: विकास अधिकारी, उम्र 40", "विकास अधिकारी"),  # Adhikari is a surname, not "officer"
]


@pytest.mark.parametrize(("text", "name"), MORE)
def test_a_name_of_someone_field_is_found(text: str, name: str) -> None:
    assert name in found_by_script(text)


def test_in_the_name_of_god_heads_a_letter_and_names_nobody() -> None:
    assert found_by_script("به نام خدا") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("우재호 간호사가 확인함", "우재호"),
        ("정형외과 김상현 교수님", "김상현"),
        ("(담당: 윤민재)", "윤민재"),
        # two words, either order, closing the line (a form filled in abroad)
        ("문의처 안내\n담당의 지우 한\n", "지우 한"),
        ("주치의 한 지우 (내과)", "한 지우"),
    ],
)
def test_a_korean_name_before_its_title_or_after_in_charge_is_found(text: str, name: str) -> None:
    assert found(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "외래 간호사 면담",
        "확인: 이상무",
        "병동 간호사 인계",
        "주치의 이 환자는 퇴원 예정",
        "담당의 선생님께 문의",
    ],
)
def test_korean_wards_and_checks_name_nobody(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize("name", ["Оксана", "Юлия", "Сергей", "Андрій", "Наталья", "Лора"])
def test_a_cyrillic_given_name_is_read_in_its_latin_spellings(name: str) -> None:
    assert is_given_name(name)


@pytest.mark.parametrize("word", ["день", "Жалобы", "Цвет", "Больной", "Рассказ", "Анализ"])
def test_cyrillic_words_and_lower_case_ones_are_no_given_names(word: str) -> None:
    assert not is_given_name(word)


# Devanagari: a given name (looked up through its Latin spelling) or an initial, then a
# common surname.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("प्रिया सिंह से बात हुई", "प्रिया सिंह"),
        ("ग्राहक द नायर ने फोन किया", "द नायर"),
        ("च. महर्जन", "च. महर्जन"),
        ("दीपक कुमार", "दीपक कुमार"),
        ("मञ्जु गुरुङ्ग-श्रेष्\u200dठ", "मञ्जु गुरुङ्ग-श्रेष्\u200dठ"),
    ],
)
def test_a_devanagari_given_name_or_initial_and_surname_is_found(text: str, name: str) -> None:
    assert found(text) == {name}


@pytest.mark.parametrize(
    "text",
    ["कमल का फूल", "रोगी को बुखार है और सिंह द्वार पर", "उपचार के बाद सुधार", "रक्तचाप 120/80"],
)
def test_hindi_prose_names_nobody(text: str) -> None:
    assert found(text) == set()


# A ward list names each patient after the room or bed holding them; a bed's state is no
# name. A handover note's last line may be a dash and its writer's name.
WARD_LISTS = [
    ("handover\n- rm 5 amato: insulin pump alarm x2\n", {"amato"}),
    ("bed 12b kjær: NBM from midnight", {"kjær"}),
    ("Room 3 tammerijn: pain 4/10", {"tammerijn"}),
    ("- rm 5 empty: cleaned", set()),
    ("bed 3 pt: comfortable overnight", set()),
    ("rm 7 notes: see chart", set()),
    ("bay 2 pain: reviewed by the team", set()),
    ("BG stable overnight\n-janne\n", {"janne"}),
    ("telemetry swapped\n—Olwethu", {"Olwethu"}),
    ("obs stable\n-the end", set()),
    ("plan\n- reported", set()),
    ("x-ray requested\n-pain", set()),
    ("obs stable overnight\n-florence\n", {"florence"}),  # a given name, also a place
    ("obs stable overnight\n-done\n", set()),
]


@pytest.mark.parametrize(("text", "names"), WARD_LISTS)
def test_ward_list_occupants_and_dash_signoffs(text: str, names: set[str]) -> None:
    known = _KNOWN | {"empty", "pt", "cleaned", "end"}  # words in the model's vocabulary
    assert {text[s.start : s.end] for s in names_in_slots(text, known.__contains__)} == names


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="rmbedoy -—~:\n5abcé", max_size=60))
def test_ward_list_finders_take_any_text(text: str) -> None:
    for span in names_in_slots(text, _KNOWN.__contains__):
        assert 0 <= span.start < span.end <= len(text)


# A script without capitals after a cue that says a name follows; other text after a cue
# (a sentence, a label's value with digits) is no name.
UNCASED_AFTER_CUES = [
    ("Kind regards,\nאוריאן אהרוני\nGeneral Practitioner", {"אוריאן אהרוני"}),
    ("Dear سارة العتيبي,\nThank you", {"سارة العتيبي"}),
    ("Best regards,\n김민준\n", {"김민준"}),
    ("Patient: 王丽\nDOB 1970", {"王丽"}),
    ("Kind regards,\nThe team", set()),
    ("Regards,\n2024 年 5 月", set()),
    ("Diagnosis: 高血压\n", set()),
]


@pytest.mark.parametrize(("text", "names"), UNCASED_AFTER_CUES)
def test_uncased_names_after_cues(text: str, names: set[str]) -> None:
    assert found(text) == names


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Dear ,\nרגדس ة김민준王丽.():（）agent", max_size=60))
def test_uncased_after_cues_takes_any_text(text: str) -> None:
    for span in names_in_slots(text, _KNOWN.__contains__):
        assert 0 <= span.start < span.end <= len(text)


# A hangul name alone on a line written in Latin letters; a place, a department or a
# language in hangul, a Korean line, or two hangul words are no native spelling.
NATIVE_SPELLINGS = [
    ("Applicant: YUN Min-jae; native spelling 윤민재", {"YUN Min-jae", "윤민재"}),
    ("Name (Korean): 남궁민수", {"남궁민수"}),
    ("Session from 10.0.0.1 (안산시 단원구)", set()),
    ("Seen in 정신과 today", set()),
    ("Interpreter needed: 한국어", set()),
    ("윤민재 환자 내원", set()),
]


@pytest.mark.parametrize(("text", "names"), NATIVE_SPELLINGS)
def test_native_spellings(text: str, names: set[str]) -> None:
    assert found(text) == names


# A transcript's speaker in a script without capitals, the role bracketed after the name.
ROLED_SPEAKERS = [
    ("bot: Hello!\nايمان (agent): Hi, what's the new address?", {"ايمان"}),
    ("김민준 (상담원): 안녕하세요", {"김민준"}),
    ("ايمان (agent) joined the chat", set()),
    ("Note (agent): check the address", set()),
    ("الملاحظات (مهم): راجع", set()),
]


@pytest.mark.parametrize(("text", "names"), ROLED_SPEAKERS)
def test_roled_speakers(text: str, names: set[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("尊敬的 建国 赵：\n您的报告已生成。", "建国 赵"),
        ("亲爱的 小 玲 胡：", "小 玲 胡"),
        ("尊敬的 赵 建国 先生：", "赵 建国"),
    ],
)
def test_a_chinese_name_in_spaced_parts_after_dear_is_found(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", ["尊敬的 客户：", "尊敬的 各位 会员：", "尊敬的 张 先生："])
def test_dear_customer_and_members_name_nobody(text: str) -> None:
    assert found(text) == set()
