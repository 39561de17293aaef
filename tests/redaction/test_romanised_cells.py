"""A name's romanisation in the cell right after the name in its own script. Invented
values; a Latin cell after a non-name, or of common words, stays."""

from __future__ import annotations

from app.redaction.name_romanised_cells import romanised_beside
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _beside(text: str, value: str) -> list[str]:
    start = text.index(value)
    found = [Span(start, start + len(value), "PERSON", "x", 0.8)]
    return [text[s.start : s.end] for s in romanised_beside(text, found)]


def test_next_cells() -> None:
    assert _beside("7,村上 ひなた,MURAKAMI HINATA,2001/01/01\n", "村上 ひなた") == [
        "MURAKAMI HINATA"
    ]
    assert _beside("Олена Ковальчук | KOVALCHUK OLENA\n", "Олена Ковальчук") == ["KOVALCHUK OLENA"]
    assert _beside("정하윤 / JEONG HAYUN\n", "정하윤") == ["JEONG HAYUN"]


def test_common_words_and_latin_persons_stay() -> None:
    assert _beside("7,村上 ひなた,SEE NOTES,2001\n", "村上 ひなた") == []
    assert _beside("Ana Lima,SILVA COSTA,x\n", "Ana Lima") == []


def test_arrivals_row_redacted() -> None:
    out = redact_text("番号,氏名,英字\n001,村上 ひなた,MURAKAMI HINATA\n").text
    assert "MURAKAMI" not in out
    assert "HINATA" not in out


def test_role_after_a_name_in_prose_stays() -> None:
    text = "explained by Зоя Карпенко, Consultant Vascular Surgeon, on Monday.\n"
    assert _beside(text, "Зоя Карпенко") == []


def test_department_after_a_name_stays() -> None:
    assert _beside("Regards, Зоя Карпенко | People Operations\n", "Зоя Карпенко") == []
