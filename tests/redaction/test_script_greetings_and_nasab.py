"""Arabic names with bin / ibn / bint inside, after a role written for both genders, and
after "dear" in a message; the other party of a LINE export's title; Spanish and
Portuguese titles for either gender. Invented values."""

from __future__ import annotations

import pytest

from app.redaction.chat_time_speakers import chat_time_speakers
from app.redaction.names import find_names
from app.redaction.script_names import names_in_other_scripts


def _script(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names_in_other_scripts(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("المريض/ة: نايف بن سعود الغامدي — x", "نايف بن سعود الغامدي"),
        ("الطبيب المعالج: د. منيرة بنت خالد العتيبي\n", "منيرة بنت خالد العتيبي"),
        ("عزيزتي هالة، نذكرك بموعدك", "هالة"),
    ],
)
def test_arabic_names(text: str, name: str) -> None:
    assert name in _script(text)


def test_dear_customer_is_no_name() -> None:
    assert _script("عزيزي العميل، نذكرك بموعدك") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[LINE] 森下 瑞希とのトーク履歴\n保存日時：2030/01/02 10:00\n", "森下 瑞希"),
        ("[LINE] Chat history with Odile Brassard\nSaved: 2030\n", "Odile Brassard"),
    ],
)
def test_line_export_title(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in chat_time_speakers(text)] == [name]


@pytest.mark.parametrize("title", ["Dr(a).", "Sr(a).", "Prof(ª)."])
def test_title_for_either_gender(title: str) -> None:
    text = f"Cuna 4   Médico: {title} Quesnoy\n"
    assert "Quesnoy" in [text[s.start : s.end] for s in find_names(text)]
