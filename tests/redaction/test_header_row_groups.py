"""A finding the model makes of a whole header row ("id;nom;prénom;adresse" read as one
group) is dropped when every cell it touches is a label; a row with a given name in a
cell, a finding that runs on into the rows and a header with no row under it stay masked
(`header_rows.in_header_row`, split X, session 42). Values are invented."""

from __future__ import annotations

import pytest

from app.redaction.header_rows import in_header_row
from app.redaction.spans import Span


def _span(text: str, value: str, kind: str = "NRP") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "SpacyRecognizer", 0.85)


_ROWS_SEMI = "4f1a09;OKONJO;Temi;03/02/1961;0161 496 0000;t.okonjo@mail.test;12 rue Haute\n"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "id;nom;prénom;date_naissance;téléphone;courriel;adresse\n" + _ROWS_SEMI,
            "id;nom;prénom;date_naissance;téléphone;courriel;adresse",
        ),
        (
            "id;nom;prénom;date_naissance;téléphone;courriel;adresse\n" + _ROWS_SEMI,
            "nom;prénom",  # part of the row
        ),
        (
            "Name\tPhone\tEmail\tAddress\nTemi Okonjo\t0161 496 0000\tt@mail.test\t12 High St\n",
            "Name\tPhone\tEmail\tAddress",
        ),
        (
            "patient,phone,email\n"
            '"OKONJO, Temi",0161 496 0000,t@mail.test\n',  # a quoted cell with a comma below
            "patient,phone,email",
        ),
    ],
    ids=["semicolon-row", "semicolon-part", "tab-row", "comma-quoted"],
)
def test_a_header_row_read_as_one_group_is_dropped(text: str, value: str) -> None:
    assert in_header_row(text, _span(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # a given name among the cells: maybe a person, stays masked
            "id;nom;Rosalind;téléphone\n4f1a09;OKONJO;Temi;0161 496 0000\n",
            "id;nom;Rosalind;téléphone",
        ),
        (  # the finding runs on into the first row
            "id;nom;prénom\n4f1a09;OKONJO;Temi\n",
            "prénom\n4f1a09",
        ),
        (  # no row under the header
            "id;nom;prénom;adresse",
            "id;nom;prénom;adresse",
        ),
        (  # a row of another cell count under it
            "id;nom;prénom;adresse\nsee the list below\n",
            "id;nom;prénom;adresse",
        ),
    ],
    ids=["given-name-cell", "into-rows", "no-row", "prose-below"],
)
def test_other_row_findings_stay(text: str, value: str) -> None:
    assert not in_header_row(text, _span(text, value))
