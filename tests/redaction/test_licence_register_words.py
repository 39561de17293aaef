"""Identifier words of more registers (session 40): doctors' licences by their register's
name (Polish NPWZ, Bulgarian УИН, Indonesian SIP), the South Slavic "broj" (number) of a
court's file, French "gabarit" (a biometric template), and the label's own word printed
again as the scheme's prefix ("IPP : IPP 1234567")."""

from __future__ import annotations

import pytest

from app.redaction.record_numbers import find_by_context, find_fixed_shapes


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_by_context(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Lekarz: dr Anna Wit, NPWZ K-40981\n", "K-40981", id="npwz"),
        pytest.param("Лекар: Иван Петров, УИН Z-71204\n", "Z-71204", id="uin"),
        pytest.param("dr. Budi Santoso, SIP B-55012\n", "B-55012", id="sip"),
        pytest.param("Dr T. Nkosi (HPCSA MP 0712345)\n", "MP 0712345", id="hpcsa"),
        pytest.param("INAMI 1-23456-78-901\n", "1-23456-78-901", id="inami"),
        pytest.param("Poslovni broj: Ps-918/23\n", "Ps-918/23", id="broj"),
        pytest.param("Gabarit facial : TMPL-a1b2c3d4e5f6\n", "TMPL-a1b2c3d4e5f6", id="gabarit"),
        pytest.param("IPP : IPP 8765432109\n", "IPP 8765432109", id="repeated label"),
        pytest.param("NHC: NHC 55512345\n", "NHC 55512345", id="repeated label nhc"),
    ],
)
def test_register_values_are_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Take a sip of water 3 times a day\n", id="sip the word"),
        pytest.param("Broj posjeta: 3\n", id="a count"),
        pytest.param("IPP : MRN 8765432109\n", id="another scheme's word stays"),
    ],
)
def test_no_prefix_or_value_where_none(text: str) -> None:
    values = _values(text)
    assert not any(v.startswith(("IPP", "MRN")) or v in ("3",) for v in values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Facial template FACE-0c4d9e2f7a31 on file\n", "FACE-0c4d9e2f7a31", id="face"),
        pytest.param("print: FP-a9e8d7c6b510\n", "FP-a9e8d7c6b510", id="fp"),
    ],
)
def test_kind_and_digest_joined_by_hyphen(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in find_fixed_shapes(text)]


def test_hyphenated_word_and_number_stay() -> None:
    text = "COVID-19 and HER-2 seen\n"
    assert [text[s.start : s.end] for s in find_fixed_shapes(text)] == []
