"""A key-value table under a "Field | Value" heading row, with more columns after the value
("| Field | Value | Verified |"): a row whose key is a person's caption (a relative's name
too: "Father's name") has the name in the value column. Invented values."""

from __future__ import annotations

from app.redaction.names import find_names
from app.redaction.text import redact_text


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_names(text)}


_TABLE = (
    "| Field            | Value               | Checked |\n"
    "|------------------|---------------------|---------|\n"
    "| Applicant name   | DEVIKA RAMANATHAN   | Y       |\n"
    "| Mother's name    | PREMA SUBBIAH       | Y       |\n"
    "| Spouse name      | KARTHIK IYENGAR     | N       |\n"
    "| Mobile           | 98450 11223         | Y       |\n"
)


def test_relatives_names_in_the_value_column() -> None:
    out = redact_text(_TABLE).text
    assert "PREMA" not in out
    assert "IYENGAR" not in out
    assert "DEVIKA" not in out


def test_value_column_in_another_language_and_position() -> None:
    text = (
        "| Nr | Feld          | Wert            |\n"
        "| 1  | Father's name | OSWIN TALLQVIST |\n"
        "| 2  | Status        | aktiv           |\n"
    )
    out = redact_text(text).text
    assert "TALLQVIST" not in out
    assert "aktiv" in out


def test_key_rows_after_a_person_caption_row_are_no_name_column() -> None:
    # the first person caption row must not turn the key column into a name column
    text = (
        "| Field            | Value                     | Verified |\n"
        "| Customer name    | QOREN VALTISHA            | Y        |\n"
        "| Father's name    | DRUVEK SANTIMAL           | Y        |\n"
        "| Occupation       | Weaver                    | Y        |\n"
    )
    found = _found(text)
    assert "DRUVEK SANTIMAL" in found
    assert "Occupation" not in found
    assert not any("name" in v for v in found)
