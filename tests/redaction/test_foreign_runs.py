"""Runs of a script without capitals in a text written mainly in Latin letters are masked
whatever stands beside them (`foreign_runs.py`), but the field labels the tables know,
the labels of numbers and sentences.

The cases are written from how English forms, notes, lists and letters copy a person or a
place in her own script (no cue word beside it), with the labels of the multilingual
form tables (`field_names.py`, `script_names.py`) and documents written in the scripts
themselves as negatives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.foreign_runs import runs_in_latin_text
from app.redaction.script_names import SCRIPTS
from app.redaction.text import redact_text

_LETTERS = "".join(SCRIPTS.values()).replace("'\"", "")


def _found(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.kind for s in runs_in_latin_text(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no cue word, no known surname: position alone
        ("Ward round — 吴桂芝 (bed 12), stable overnight.", "吴桂芝"),
        ("1. Okafor, Ada - MATCH\n2. सविता मौर्य - MATCH", "सविता मौर्य"),
        ("Thanks for seeing her.\n— 結衣 井., RN", "結衣 井"),
        ("ゆうと came with his grandmother today.", "ゆうと"),
        ("Called سمانه فرجی twice this morning, no answer; will try again later.", "سمانه فرجی"),
        ("Emergency contact 준서, see chart.", "준서"),
        ("Allergies checked with שירה לוי before the scan.", "שירה לוי"),
        ("Enrolment list: ศิริพร บุญมา; Ana Lopes; Tom Hart", "ศิริพร บุญมา"),
        ("Screening log\nsite | no | name\nAnna Berg | S-1 | বিথী রহমান", "বিথী রহমান"),
        # an initial and a surname, Persian order with a comma
        ("S — کاظمیان, ف., bed 4, day 2 post-op, pain controlled.", "کاظمیان, ف"),
        # before a number with a comma or a dash: a name and its age or its id
        ("Patient initials and age: र मिश्र, 92", "र मिश्र"),
        ("Document check\nResult: ნინო ბერიძე - 01001012345 - verified", "ნინო ბერიძე"),
    ],
    ids=lambda v: v if len(v) < 14 else v[:14],
)
def test_a_run_in_latin_text_is_masked_as_a_person(text: str, name: str) -> None:
    assert _found(text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lives in 広島 with her son, independent with ADLs.", "広島"),
        ("Transferred from حلب in 2016; speaks Arabic and English.", "حلب"),
        ("Place of birth: ভোলা\nNationality: Bangladeshi", "ভোলা"),
        ("Site: खडगवासला | screening no S-12 | enrolled", "खडगवासला"),
        ("Ticket 5521, printer offline.\nLocation: 宁德市 branch office", "宁德市"),
    ],
)
def test_a_run_after_a_place_word_is_masked_as_a_place(text: str, place: str) -> None:
    assert _found(text).get(place) == "LOCATION"


@pytest.mark.parametrize(
    "text",
    [
        # field labels of the form tables, before their value
        "Address: 12 Oak Road, Leeds\n電話: +44 113 496 0000\nDate of birth: 1 March 1950",
        "Re: review, 생년월일: 1944/06/14. Results: normal.",
        "Seen in clinic today.\n姓名 Anna Berg, seen with her son.",
        "Patient 患者: Anna Berg, follow-up in two weeks.",
        "Office phone: 전화 +82 2 555 0100, ask for the ward clerk.",
        # the label of a number: a colon and digits after it, or a field word and digits
        "Hospital no. EPI928863013; 주민번호: 740905-2420227\nNext of kin: son",
        "Tax residency: India. PAN and ID: आधार संख्या 4428 1187 4163",
        # a sentence of the script (grammar words): the label's instruction, not a name
        "Label printed in Hindi: दवा को दिन में दो बार खाने के बाद लें",
        # only Latin letters, accents included
        "plain English text with no other script",
        "Müller, José; Ærø — Łódź; naïve café résumé",
    ],
    ids=lambda v: v[:16],
)
def test_labels_sentences_and_latin_text_stay(text: str) -> None:
    assert _found(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # documents written mostly in the script itself: their labels and prose stay for
        # the cue rules of script_names.py
        "出院小结\n姓名：陈兰英　性别：女\n诊断：2型糖尿病，高血压\n"
        "医嘱：低盐饮食，按时服药（Metformin）",
        "ملخص الخروج\nالتشخيص: ارتفاع ضغط الدم\nالعلاج: أملوديبين 5 ملغ يوميا (Amlodipine)",
        "डिस्चार्ज सारांश\nनिदान: मधुमेह टाइप 2\nसलाह: रोज़ सुबह दवा लें (Metformin 500 mg)",
        "퇴원 요약\n진단: 고혈압\n처방: 암로디핀 5mg 하루 한 번 (amlodipine)",
    ],
    ids=["chinese", "arabic", "hindi", "korean"],
)
def test_a_document_written_in_the_script_keeps_its_prose_and_labels(text: str) -> None:
    assert runs_in_latin_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Заява на відпустку / leave application, approved by HR.",
        "Εξέταση / Examination, normal findings.",
        "Тел.: +7 495 123 45 67, ask for reception.",
    ],
)
def test_scripts_with_capitals_are_left_to_the_capital_letter_rules(text: str) -> None:
    assert runs_in_latin_text(text) == []


def test_the_name_is_masked_in_the_redacted_text_and_the_note_stays_readable() -> None:
    text = "Consultation — 吴桂芝 (interpreter present)\nHistory of type 2 diabetes."
    out = redact_text(text).text
    assert "吴桂芝" not in out
    assert "History of type 2 diabetes." in out
    assert "interpreter present" in out


def test_a_latin_word_before_a_comma_and_a_run_is_no_surname() -> None:
    # "Last, First" is written in one script: the department stays readable.
    text = "Ticket 4471 opened by the ward clerk.\nWard: Oncology, 成都市 campus\nPrinter jam."
    out = redact_text(text).text
    assert "成都市" not in out
    assert "Oncology" in out


def test_a_latin_text_without_other_scripts_is_redacted_as_before() -> None:
    text = "Follow-up in two weeks; diabetes stable, HbA1c 48 mmol/mol."
    assert redact_text(text).text == text


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("abc XYZ:,.-|\n\t0123+ é\u200c")
            + list("王李佐々木翼민준সুমি রায়नेहा شرمামریمزاده שירה ศิริพร ნინო")
        ),
        max_size=160,
    )
)
def test_any_text_gives_runs_of_the_scripts_inside_it(text: str) -> None:
    for span in runs_in_latin_text(text):
        value = text[span.start : span.end]
        assert 0 <= span.start < span.end <= len(text)
        assert value.strip() == value
        assert re.fullmatch(f"[{_LETTERS}]", value[0])
        assert re.fullmatch(f"[{_LETTERS}]", value[-1])
        assert value.strip("\u200c")
        assert span.kind in ("PERSON", "LOCATION")
