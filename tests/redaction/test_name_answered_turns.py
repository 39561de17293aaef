"""A name given as the answer to a question asking for it, in a script without capital
letters, and its writing in Latin letters on the same line. Invented values."""

from __future__ import annotations

from app.redaction.name_answered_turns import answered_names
from app.redaction.text import redact_text


def _answered(text: str) -> list[str]:
    return [text[s.start : s.end] for s in answered_names(text)]


def test_arabic_answer_after_subtitle_time_codes() -> None:
    text = (
        "00:00:01.000 --> 00:00:02.500\nس: ما اسمك؟\n\n"
        "00:00:02.700 --> 00:00:05.000\nج: نزار عبود، من حلب.\n"
    )
    assert _answered(text) == ["نزار عبود"]
    assert "نزار" not in redact_text(text).text


def test_bengali_answer_with_romanisation_in_brackets() -> None:
    text = "প্রশ্ন: আপনার নাম?\nউত্তর: রফিক সরকার (Rafik Sorkar)\nউত্তর: আমি কৃষক।"
    assert _answered(text) == ["রফিক সরকার", "Rafik Sorkar"]
    out = redact_text(text).text
    assert "রফিক" not in out
    assert "Sorkar" not in out


def test_thai_question_without_blanks_and_no_speaker_tag() -> None:
    text = "คุณชื่ออะไรคะ?\n\nประยุทธ แสงทอง\n"
    assert _answered(text) == ["ประยุทธ แสงทอง"]


def test_a_sentence_answer_is_left() -> None:
    # "my name is ... " is a sentence, not the name alone: its grammar word stops it
    text = "Q: आपका नाम क्या है?\nA: मेरा नाम है गीता\n"
    assert _answered(text) == []


def test_question_without_a_name_word_and_latin_lines_are_left() -> None:
    assert _answered("ถาม: ไปไหนมา?\nตอบ: ตลาดนัด\n") == []
    assert _answered("AGENT: Can I take your name?\nCALLER: Sure thing, hang on.\n") == []


def test_respondent_turn_after_a_hindi_question_is_masked() -> None:
    text = "प्रश्नकर्ता: आपका नाम?\n\nजवाबदेह: सुनील पाठक (sunil paatthk)\n"
    out = redact_text(text).text
    assert "सुनील" not in out
    assert "paatthk" not in out
    assert "आपका नाम?" in out


def test_guest_turn_after_an_arabic_question_is_masked() -> None:
    text = "المحاور: ما اسمك الكامل؟\n\nالضيف: نزار عبود، وبالإنجليزية NZAR ABUD.\n"
    assert "نزار" not in redact_text(text).text
