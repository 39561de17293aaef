"""A column or label that names two parts of a name joined by "and" ("Nazwisko i imię",
"Nom et prénom", "Surname and first name") holds whole names. Invented values; a header
of a name and another field ("name and address", "date and time") is no name field."""

from __future__ import annotations

import pytest

from app.redaction.field_names import PERSON, field_kind
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    "header",
    ["Nazwisko i imię", "Nom et prénom", "Surname and first name", "Ad ve soyad", "Фамилия и имя"],
)
def test_two_name_parts_joined_name_a_person_field(header: str) -> None:
    assert field_kind(header) == (PERSON, True)


@pytest.mark.parametrize("header", ["name and address", "date and time", "dose and route"])
def test_a_name_and_another_field_is_no_person_field(header: str) -> None:
    found = field_kind(header)
    assert found is None or found[0] != PERSON


def test_names_under_a_joined_header_in_a_csv() -> None:
    text = (
        '"Nazwisko i imię","Data szczepienia","Preparat"\n'
        '"Wojtaszek Brandvold Ottar","2026-02-11","Comirnaty"\n'
        '"Kjellsdottir Ragna","2026-03-01","Spikevax"\n'
    )
    out = redact_text(text).text
    assert "Wojtaszek" not in out
    assert "Ottar" not in out
    assert "Kjellsdottir" not in out
