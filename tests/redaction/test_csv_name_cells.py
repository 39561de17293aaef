"""A person written "Surname, Given" in one quoted cell of a delimited row, and a given-name
cell beside a surname cell found already. Invented values; places and greetings in a
quoted cell stay."""

from __future__ import annotations

from app.redaction.name_csv_cells import csv_name_cells, given_cells_beside
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in csv_name_cells(text)]


def test_quoted_cells_of_a_row() -> None:
    text = (
        "when,guest,host,doc\n"
        '2031-01-02,"Fairweather, Imogen","Ojukwu, Ines",PASSPORT\n'
        '2031-01-02,"Ruiz de la Peña, Marisol",NONE\n'
    )
    found = _found(text)
    assert found == ["Fairweather, Imogen", "Ojukwu, Ines", "Ruiz de la Peña, Marisol"]


def test_several_rows_on_one_line_and_other_delimiters() -> None:
    text = 'a;"Quist, Helga";b\t"Brandvold, Sigrid"\t|"Kettering, Aurelia"|'
    assert _found(text) == ["Quist, Helga", "Brandvold, Sigrid", "Kettering, Aurelia"]


def test_places_greetings_and_words_stay() -> None:
    text = '1,"Lyon, France","Thanks, Maria","Notes, misc","Macon, Georgia"\n'
    assert _found(text) == []


def test_given_cell_beside_a_found_surname_cell() -> None:
    text = "Subject Info,Pemberton,Harriet,1970-01-02\n"
    start = text.index("Pemberton")
    found = [Span(start, start + len("Pemberton"), "PERSON", "x", 0.8)]
    assert [text[s.start : s.end] for s in given_cells_beside(text, found)] == ["Harriet"]


def test_row_redacted_whole() -> None:
    out = redact_text('2031-01-02,09:00,"Fairweather, Imogen",DL,V-1\n').text
    assert "Fairweather" not in out
    assert "Imogen" not in out


def test_role_after_a_name_in_prose_stays() -> None:
    text = "/s/ Odile Brassard, Judge\nSigned by Odile Brassard, Rose, and others\n"
    start = text.index("Odile Brassard")
    found = [Span(start, start + len("Odile Brassard"), "PERSON", "x", 0.8)]
    assert given_cells_beside(text, found) == []
