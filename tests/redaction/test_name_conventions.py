"""Names by the conventions that write them, each from the source that defines it:

- the party titles of civil procedure (Japan's Code of Civil Procedure and China's Civil
  Procedure Law: 原告, 被告, 上诉人 ...) and Korea's (원고, 피고), as court filings label them;
- ICAO 9303's name "in national characters" beside its Latin form, and bilingual forms that
  write a name twice, in brackets or after a slash (Hepburn, pinyin, RTGS Thai);
- the Chinese role word written onto a name (收件人李云) and a service chat's "小" + given
  name; pinyin syllables after a customer label;
- Arabic official letters' gender-inclusive title "السيد/ة";
- a help-desk chat's staff handle "agent_<given name>";
- HL7 v2 XCN: a field opening with a valid US NPI (45 CFR 162.406: ten digits, Luhn over
  "80840" and the first nine) and a family name;
- titles of address abbreviated in Dutch, German, Spanish, Italian ("dhr. J Willems").

Each with the ordinary words beside it that must stay readable.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from app.redaction.hl7 import _npi_led, find_hl7
from app.redaction.name_neighbours import initial_without_dot, names_beside_persons
from app.redaction.name_slots import names_in_slots
from app.redaction.script_names import names_in_other_scripts
from app.redaction.spans import Span


def _values(text: str, spans: list[Span]) -> set[str]:
    return {text[s.start : s.end] for s in spans if s.kind == "PERSON"}


SCRIPT_CASES = [
    ("court parties, Japanese", "原告：高橋篤司　被告：加藤裕太\n", {"高橋篤司", "加藤裕太"}),
    ("court party, kana given name", "被告：小林さゆり\n", {"小林さゆり"}),
    ("court parties, Chinese", "上诉人：王建国，被上诉人：李明\n", {"王建国", "李明"}),
    ("court party, Korean", "원고: 김민준\n", {"김민준"}),
    ("Thai reporter", "ผู้รายงาน: วิภาวดี สุขประเสริฐ\n", {"วิภาวดี สุขประเสริฐ"}),
    ("Arabic inclusive title", "السيد/ة فاطمة حسن، موعدكم", {"فاطمة حسن"}),
    ("Arabic bracket title", "السيد(ة) سارة رزق، موعدكم", {"سارة رزق"}),
    ("JSON member", '{"display_name": "鄭淑惠", "ip": "1.2.3.4"}', {"鄭淑惠"}),
    ("ICAO national characters", "Name in national characters: იაგო გვასალია\n", {"იაგო გვასალია"}),
    ("own script", "Applicant: X; in own script: როინ ფირცხალავა\n", {"როინ ფირცხალავა"}),
    ("Korean technician", "Biomed tech: 지원 한, cert. 12\n", {"지원 한"}),
    ("Arabic undersigned", "أنا الموقع أدناه زينب الحربي، رقم الهوية", {"زينب الحربي"}),
    ("Persian dear taxpayer", "مؤدی گرامی حسین رحیمی\nکد ملی", {"حسین رحیمی"}),
    ("Arabic sponsored", "أكفل ليلى القحطاني طوال مدة الإقامة", {"ليلى القحطاني"}),
    ("Arabic sponsored, named", "أكفل المدعوة ريم الغامدي طوال", {"ريم الغامدي"}),
]


@pytest.mark.parametrize(("case", "text", "names"), SCRIPT_CASES, ids=[c[0] for c in SCRIPT_CASES])
def test_script_labels(case: str, text: str, names: set[str]) -> None:
    assert names <= _values(text, names_in_other_scripts(text)), case


@pytest.mark.parametrize(
    "text",
    [
        "被告は原告に対し金五十万円を支払え",  # the judgment's wording, no field
        "主文：被告は原告に対し",
        '{"event": "login_failed", "reason": "password expired"}',
        "السيد/ة",
        "الموقع أدناه في المستشفى",
        "أكفل في حدود المبلغ",  # "I guarantee within the amount": a stop word, no name
    ],
)
def test_script_labels_leave_plain_text(text: str) -> None:
    assert not _values(text, names_in_other_scripts(text))


def _slots(text: str) -> set[str]:
    return _values(text, names_in_slots(text))


CHAT_CASES = [
    ("role written onto the name", "收件人李云，电话", {"李云"}),
    ("agent's familiar name", "客服小洋：请提供收件人手机号", {"洋"}),
    ("two-han given name", "客服小淑华：您好", {"淑华"}),
    ("pinyin customer", "客户 yun li：你好", {"yun li"}),
    ("pinyin, surname first", "客户 song juan：你好", {"song juan"}),
]


@pytest.mark.parametrize(("case", "text", "names"), CHAT_CASES, ids=[c[0] for c in CHAT_CASES])
def test_chinese_chat_speakers(case: str, text: str, names: set[str]) -> None:
    assert names <= _slots(text), case


@pytest.mark.parametrize(
    "text",
    ["请提供收件人手机号", "联系人电话：010", "客户 ok go：你好", "客户服务中心", "客服小组：今天"],
)
def test_chinese_chat_words_stay(text: str) -> None:
    assert not _slots(text)


def _twins(text: str, found: str) -> set[str]:
    at = text.index(found)
    span = Span(at, at + len(found), "PERSON", "test", 0.9)
    return _values(text, names_beside_persons(text, [span])) - {found}


@pytest.mark.parametrize(
    ("text", "found", "twin"),
    [
        ("患者氏名：村上太一（Murakami Taichi）　生年月日", "村上太一", "Murakami Taichi"),
        ("Name: KONDO, Sayuri / 近藤さゆり\nFingerprint", "KONDO, Sayuri", "近藤さゆり"),
        ("ชื่อ: ประเสริฐ สุขประเสริฐ (PRASERT SUKPRASERT)", "ประเสริฐ สุขประเสริฐ", "PRASERT SUKPRASERT"),
        ("Applicant: ROIN PIRCXALAVA / როინ ფირცხალავა\n", "ROIN PIRCXALAVA", "როინ ფირცხალავა"),
    ],
)
def test_name_written_twice(text: str, found: str, twin: str) -> None:
    assert twin in _twins(text, found)


@pytest.mark.parametrize(
    ("case", "text", "found", "twin"),
    [
        ("ayin as a backtick, lower case", "שם: נועה עזרא (nw`h `zr')\n", "נועה עזרא", "nw`h `zr'"),
        ("ayin opening a word", "المريض: عمر سعيد (`mr s`yd)\n", "عمر سعيد", "`mr s`yd"),
        (
            "hyphenated article",
            "المريض: عمر الشامي (ʿUmar ash-Shāmī)\n",
            "عمر الشامي",
            "ʿUmar ash-Shāmī",
        ),
        ("modifier-letter ayin", "الاسم: عمر علي (ʿUmar ʿAlī)\n", "عمر علي", "ʿUmar ʿAlī"),
        ("ASCII emphatic capitals", "نام: رحیم صدری (rHym Sdry)\n", "رحیم صدری", "rHym Sdry"),
        (
            "surname in capitals, comma",
            "الاسم: طارق آل فهد (AL FHD, Tarq)\n",
            "طارق آل فهد",
            "AL FHD, Tarq",
        ),
        (
            "Georgian, SURNAME, given",
            "პაციენტი: ნინო ჭიჭინაძე / CH'ICH'INADZE, nino\n",
            "ნინო ჭიჭინაძე",
            "CH'ICH'INADZE, nino",
        ),
        (
            "BGN/PCGN soft sign, mixed case",
            "Пациент: Ольга Леонтьева / LEONT'EVA, ol'ga\n",
            "Ольга Леонтьева",
            "LEONT'EVA, ol'ga",
        ),
    ],
)
def test_romanisation_beside_a_name_in_any_case(
    case: str, text: str, found: str, twin: str
) -> None:
    assert twin in _twins(text, found), case


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("患者：王芳（Female）\n", "王芳"),
        ("患者：王芳（Outpatient）\n", "王芳"),
        ("Dr Smith (Cardiology) saw her", "Smith"),
        ("Seen by Anna Berg (nurse)", "Anna Berg"),
        ("担当医：橋本修平（内科）", "橋本修平"),
        ("患者：王芳（female patient）\n", "王芳"),
        ("患者：王芳（Female, outpatient）\n", "王芳"),
        ("患者：王芳 / see notes\n", "王芳"),
        ("患者：王芳（seen today）\n", "王芳"),
        ("患者：王芳（follow-up）\n", "王芳"),
        ("患者：王芳（Non-smoker）\n", "王芳"),
    ],
)
def test_brackets_beside_a_name_that_are_no_name(text: str, found: str) -> None:
    assert not _twins(text, found)


def test_name_field_takes_a_given_name_that_is_also_a_word() -> None:
    text = "Name Rodriguez, Dawn      DOB 12/1/72"
    assert "Rodriguez, Dawn" in _twins(text, "Rodriguez")
    plain = "Rodriguez, Dawn broke over the hills"
    assert not _twins(plain, "Rodriguez")


def test_staff_handles_in_a_chat() -> None:
    from app.redaction.name_neighbours import handle_names

    text = "10:03 agent_carl> postcode pls\n10:04 support_team> closed\nsee tech_notes."
    assert _values(text, handle_names(text)) == {"agent_carl"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patiënt: dhr. J Willems — geboortedatum", "J Willems"),
        ("Patientin: Fr. B Meier, geb.", "B Meier"),
        ("Paciente: Sra. M Ruiz", "M Ruiz"),
    ],
)
def test_initial_after_an_abbreviated_title(text: str, name: str) -> None:
    assert name in _values(text, initial_without_dot(text))


_HL7 = "MSH|^~\\&|RIS|IMG|PACS|IMG|20210928||ORM^O01|Q1|P|2.3\n"


def test_npi_led_field_is_read_as_xcn() -> None:
    text = _HL7 + "OBR|1||71250^CT THORAX W/O CONTRAST|||20211015|||||||||1558601948^FARMER\n"
    spans = find_hl7(text)
    assert _values(text, spans) == {"FARMER"}
    assert "CT THORAX W/O CONTRAST" not in {text[s.start : s.end] for s in spans}


def test_field_with_a_wrong_check_digit_is_no_xcn() -> None:
    text = _HL7 + "OBR|1||71250^CT|||20211015|||||||||1558601947^FARMER\n"
    assert not _values(text, find_hl7(text))


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[0-9]{10}", fullmatch=True), st.sampled_from(["^SMITH", "^", "", "^1"]))
def test_npi_check_agrees_with_luhn(digits: str, rest: str) -> None:
    expected = digits[0] in "12" and rest[1:2].isalpha() and luhn.is_valid("80840" + digits)
    assert _npi_led(digits + rest, "^") == expected


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="王芳 ()/,`ʿ'’ʼmHdAL\n", max_size=40))
def test_romanised_twin_on_any_text(text: str) -> None:
    spans = names_beside_persons(text, [Span(0, min(2, len(text)), "PERSON", "t", 0.9)])
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="王芳 ()/,`ʿ'’ʼmHdAL-\n", max_size=40), st.integers(0, 40))
def test_romanised_twin_before_a_name_on_any_text(text: str, cut: int) -> None:
    at = min(cut, len(text))
    spans = names_beside_persons(text + "王芳)", [Span(at, at + 2, "PERSON", "t", 0.9)])
    assert all(0 <= s.start < s.end <= len(text) + 3 for s in spans)


@pytest.mark.parametrize(
    ("text", "found", "twin"),
    [
        ("Patient: `mr s`yd (עומר סעיד)\n", "עומר סעיד", "`mr s`yd"),
        ("Name: rHym Sdry / رحیم صدری\n", "رحیم صدری", "rHym Sdry"),
        ("Patient Ali Hasan (علي حسن) seen", "علي حسن", "Ali Hasan"),
    ],
)
def test_romanisation_before_a_name_in_another_script(text: str, found: str, twin: str) -> None:
    assert twin in _twins(text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the note (王芳) says", "王芳"),
        ("seen today / 王芳\n", "王芳"),
        ("follow-up (王芳)", "王芳"),
        ("Smith (王芳 and others)", "王芳"),
    ],
)
def test_words_before_a_name_in_another_script_that_are_no_name(text: str, found: str) -> None:
    assert not _twins(text, found)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="客服小户收件人李云洋 yunli：:（()）/／王芳Ab\n", max_size=40))
def test_new_finders_on_any_text(text: str) -> None:
    spans = names_in_slots(text) + names_in_other_scripts(text)
    spans += names_beside_persons(text, [Span(0, min(2, len(text)), "PERSON", "t", 0.9)])
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


@pytest.mark.parametrize(
    ("text", "given_name", "surname"),
    [
        ("Nazwisk o: DRELA     Imię: TOMASZ\n", "TOMASZ", "DRELA"),
        ("Name: MÜLLER    Vorname: ANNA\n", "ANNA", "MÜLLER"),
    ],
)
def test_surname_column_before_the_given_name_field(
    text: str, given_name: str, surname: str
) -> None:
    assert surname in _twins(text, given_name)


def test_capitals_before_other_fields_stay() -> None:
    text = "STATUS: URGENT     Imię: TOMASZ\nSEX M  Vorname: ANNA"
    assert _twins(text, "TOMASZ") == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Befundet: Trub · Einsender: Praxis", {"Trub"}),
        ("Befundet: unauffällig\n", set()),
        ("Freigegeben: Ja\n", set()),
    ],
)
def test_german_report_signer(text: str, names: set[str]) -> None:
    from app.redaction.names import find_names

    assert _values(text, find_names(text)) == names
