"""The deceased named by a formula of mourning (English "the late", a German or Dutch
obituary's name over its "* date † date" line, the Hebrew blessing of the dead and "the
passing of", the Arabic "passed into God's mercy" and "the late"), and a party's name
before a dotted leader and its party word in a South Asian cause title. Invented values;
periods, offices, firms and the state stay."""

from __future__ import annotations

from app.redaction.name_cause_titles import cause_title_parties
from app.redaction.name_memorial_lines import memorial_names


def _found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def test_the_late_before_a_name() -> None:
    text = "Re: the late Rose Hawthorn (d.o.d. 2 May 2024) -- estate of the late Mr Idris Pugh."
    assert _found(memorial_names(text), text) == ["Rose Hawthorn", "Idris Pugh"]


def test_the_late_before_a_period_or_an_office_stays() -> None:
    text = "Built in the late Middle Ages, restored in the late Georgian style for the late Queen."
    assert memorial_names(text) == []


def test_a_heading_word_after_the_name_is_left_out() -> None:
    text = "Estate of the late Wendell Ostrowski Deceased\n"
    assert _found(memorial_names(text), text) == ["Wendell Ostrowski"]


def test_an_obituary_name_over_its_birth_and_death_line() -> None:
    text = "Wir nehmen Abschied von\nHolly Berg\n* 02.03.1941   † 19.11.2023\nIn Liebe\n"
    assert _found(memorial_names(text), text) == ["Holly Berg"]


def test_a_hebrew_name_before_the_blessing_and_after_the_passing_of() -> None:
    text = "אנו מודיעים על פטירתה של\nנועה ברק\nז״ל\n"
    assert _found(memorial_names(text), text) == ["נועה ברק"]
    inline = 'שלום\nדוד לוי ע"ה\n'
    assert _found(memorial_names(inline), inline) == ["דוד לוי"]


def test_an_arabic_name_after_the_formula_of_mercy() -> None:
    text = "انتقلت إلى رحمة الله تعالى\nسلمى الكردي\nعن عمر يناهز 80 عاما"
    assert _found(memorial_names(text), text) == ["سلمى الكردي"]
    late = "ببالغ الحزن ننعى المرحوم رامي الحسن في"
    assert _found(memorial_names(late), late) == ["رامي الحسن"]


def test_cause_title_parties_before_their_leaders() -> None:
    text = (
        "IN THE HIGH COURT -- Writ Petition No. 4410 of 2021\n"
        "TARUN VEDI ... Petitioner\n"
        "Versus\n"
        "KAVYA MIRCHANDANI & Anr. ... Respondents\n"
    )
    assert _found(cause_title_parties(text), text) == ["TARUN VEDI", "KAVYA MIRCHANDANI"]


def test_the_state_and_the_union_stay() -> None:
    text = "STATE OF KERALA ... Appellant\nUNION OF INDIA & Ors. ... Respondents\n"
    assert cause_title_parties(text) == []
