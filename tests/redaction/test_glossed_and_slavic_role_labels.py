"""A role label with a gloss in brackets before its colon ("Patient (Latin):") before a
name in a script without capitals, and doctor/patient/nurse labels of Ukrainian, Russian
and other Slavic certificates before a surname alone ("Лікар: <surname>", even last in
the text). Invented values; a label before prose in lower case stays."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ცნობა / Certificate\nპაციენტი: მაია ბალიაშვილი\nPatient (Latin): ლევან ჯაყელიძე\n"
            "თარიღი: 2026-07-02\n",
            "ლევან",
        ),
        ("Doctor (English): 欧阳明轩\n", "欧阳明轩"),
        ("Name (in full): ฐิติพร วงศ์สวัสดิ์\n", "วงศ์สวัสดิ์"),
    ],
)
def test_a_gloss_in_brackets_before_the_colon(text: str, name: str) -> None:
    assert name not in redact_text(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ДОВІДКА\nТелефон: +380441234567\nЛікар: Кривошапка", "Кривошапка"),
        ("Справка\nВрач: Загоруйко\n", "Загоруйко"),
        ("Zaświadczenie\nLekarz: Brzęczyszczykiewicz\n", "Brzęczyszczykiewicz"),
    ],
)
def test_a_slavic_doctor_label_before_a_surname(text: str, name: str) -> None:
    assert name not in redact_text(text).text


def test_a_slavic_label_before_lower_case_prose_stays() -> None:
    text = "Пацієнт: загальний стан задовільний\n"
    assert "загальний стан задовільний" in redact_text(text).text
