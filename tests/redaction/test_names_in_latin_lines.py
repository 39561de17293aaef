"""Names in a script without capitals written alone into a line of Latin letters
(`script_runs.py`), a Latin name after a label of another script (`script_names.py`), and
the other mentions of such names (`text.py`).

The surnames come from the published rankings the module cites; the cases are written here
from how bilingual forms, notes and chats write people, with ordinary words, places and
clinical terms in the same positions as negatives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.script_names import names_in_other_scripts
from app.redaction.script_runs import names_in_latin_lines
from app.redaction.text import redact_text


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names_in_latin_lines(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a cue word before the run: a role, a relation, "by", "with", a greeting
        ("Interpreter 林 美玲 present throughout", "林 美玲"),
        ("Handover discussed with 志明 at 14:00", "志明"),
        ("Scan reported by 高橋 健 (radiology)", "高橋 健"),
        ("Next of kin: daughter সুমি রায়", "সুমি রায়"),
        ("Hi 민준, your results are back", "민준"),
        ("Witness حسینی, علی", "حسینی, علی"),
        ("Approved: 明. 黄", "明. 黄"),
        # no cue: a frequent surname of the script among the words
        ("12:03 - 美香 鈴木: on my way", "美香 鈴木"),
        ("Deputy during leave = 刘", "刘"),
        ("On call tonight: রিয়া দাস-গুপ্ত", "রিয়া দাস-গুপ্ত"),
        ("cc’d सीता पोखरेल re: results", "सीता पोखरेल"),
        ("Contact person مریم کریمی-زاده", "مریم کریمی-زاده"),
        ("Translator present: नेहा शर्मा", "नेहा शर्मा"),
        ("Seen by Dr 王芳 today", "王芳"),
        # a chat export's speaker: a time before, a colon after
        ("[09:02:11] 翔: running late", "翔"),
        ("3/4/21, 7:15 pm - সুমি: ok", "সুমি"),
        ("Contact 김민준 after 5pm", "김민준"),
        ("Interpreter ศรีสมร ใจดี present", "ศรีสมร ใจดี"),  # a cue alone, any script
    ],
    ids=lambda v: v if len(v) < 12 else v[:12],
)
def test_a_short_run_in_person_position_is_a_name(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Diagnosis 高血压 (hypertension), stable",  # opens with the surname 高: one word
        "Flew in from 北京 yesterday",  # a place after "from"
        "Lives in ঢাকা with her son",  # a place after "in"
        "Deliver to 東京都港区芝公園4丁目2番8号",  # an address: long and runs into digits
        "Home: বাসা নং ৭৭৮, রোড ১২",  # a house and its number
        "主訴：頭痛、めまい",  # a line of the script itself: no Latin words
        "Label printed in Hindi: दवा दिन में दो बार",  # an instruction, not a name
        "plain English text with no other script",
        "Information (정보) sheet",  # two hangul syllables opening like a surname: a word
        "Patient 患者: Anna Berg",  # a bilingual form's label
    ],
)
def test_places_words_and_native_lines_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("担当医：Moreau\n", "Moreau"),
        ("氏名：Anna Kowalska\n", "Anna Kowalska"),
        ("환자: Okafor\n", "Okafor"),
        ("نام پزشک: Schneider\n", "Schneider"),
    ],
)
def test_a_latin_name_after_a_label_of_another_script(text: str, name: str) -> None:
    found = [text[s.start : s.end] for s in names_in_other_scripts(text)]
    assert name in found


def test_an_english_label_leaves_its_latin_value_to_the_english_rules() -> None:
    text = "Patient: Improving\n氏名：李娜"
    found = [text[s.start : s.end] for s in names_in_other_scripts(text)]
    assert "Improving" not in found


def test_a_one_letter_han_name_is_masked_again_where_it_stands_alone() -> None:
    text = "Re: 翠 中村, seen today.\nI reviewed 翠 on the ward; 翠は元気です."
    out = redact_text(text).text
    assert "翠 中村" not in out
    assert "reviewed 翠 on" not in out


def test_a_bengali_name_word_is_masked_whole_again() -> None:
    # A note mostly in Bengali: in a Latin one every Bengali word is masked anyway
    # (`foreign_runs.py`). "Rai phoned at noon; Raipur is her town."
    text = "Next of kin: daughter সুমি রায়\nরায় দুপুরে ফোন করেছিলেন; রায়পুর তার শহর।"
    out = redact_text(text).text
    assert "রায় দুপুরে" not in out
    assert "রায়পুর" in out  # a longer word that opens with the name stays whole


@settings(max_examples=80, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("abc XYZ:,.-\n\t0123 ") + list("王李佐々木翼민준সুমি রায়नेहा شرمামریمزاده")
        ),
        max_size=120,
    )
)
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in names_in_latin_lines(text):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
