"""Relatives' names in running text right after the kin word, in scripts without
capitals (session 41, script_kin_prose), and the role labels, police-report titles and
three-word Thai signers of script_names that name a person the same way."""

from __future__ import annotations

from app.redaction.script_kin_prose import script_kin_prose
from app.redaction.text import redact_text


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in script_kin_prose(text)]


def test_han_name_written_onto_the_next_word() -> None:
    text = "社工訪視，案主表示其丈夫陳志豪住院已兩週，需要協助。"
    assert _found(text) == ["陳志豪"]
    assert "陳志豪" not in redact_text(text).text


def test_han_kin_word_before_an_ordinary_word_is_no_name() -> None:
    assert _found("案主表示其配偶失業已半年。") == []


def test_korean_name_loses_its_particle() -> None:
    text = "어제 아내 박서연이 병원에 다녀왔다."
    assert _found(text) == ["박서연"]


def test_arabic_and_persian_relatives() -> None:
    text = "التشخيص: كسر. تم إبلاغ الأخت مريم الحداد."
    assert _found(text) == ["مريم الحداد"]
    persian = "همسر مددجو، فاطمه رضایی، بیکار است."
    assert _found(persian) == ["فاطمه رضایی"]
    assert _found("وصل الأخ الأكبر إلى المستشفى.") == []


def test_hebrew_and_indic_relatives() -> None:
    assert _found("אבחנה: שבר. בן הזוג איתי עודכן.")[0].startswith("איתי")
    hindi = "निदान: मलेरिया। मरीज़ की बेटी प्रिया शर्मा को सूचित किया गया।"
    assert _found(hindi) == ["प्रिया शर्मा"]
    assert _found("मरीज़ के पति अस्पताल में हैं।") == []
    bengali = "রোগীর স্বামী রফিক উদ্দিন এসেছেন।"
    assert _found(bengali) == ["রফিক উদ্দিন"]


def test_role_labels_titles_and_signers_in_other_scripts() -> None:
    texts = {
        "नातेदार: गीता कुमारी थापा।": "गीता",
        "অভিভাবক: সুমন দাস": "সুমন",
        "संशयित: अमोल सुनील पाटील.": "अमोल",
        "حضر المواطن سامي نصار المقيم في القاهرة": "سامي",
        "وأفاد بأن شخصا يدعى كريم الجمال قام بسرقة هاتفه.": "كريم",
        "ผลการตรวจ: ไข้\nแพทย์ผู้ตรวจ สมชาย ศรี ใจดี\n": "ใจดี",
    }
    for text, name in texts.items():
        assert name not in redact_text(text).text, text


def test_relatives_named_by_whose_relative_they_are() -> None:
    text = "الحالة مستقرة. حضرت ابنة المريضة، نادية فؤاد، وتم إبلاغها."
    assert _found(text) == ["نادية فؤاد"]
    assert _found("زوجة سامي حاضرة في الغرفة.") == []  # Sami's wife: no relative's name
    assert _found("調查發現其妻張淑芬每日照顧。") == ["張淑芬"]
