"""The surname and given-name lines of an identity document read without its captions,
in capitals right above the line that opens with the date of birth. Invented values; a
state's or a heading's line above a date, and any text that names no identity document,
stay."""

from __future__ import annotations

from app.redaction.name_id_card_lines import id_card_lines
from app.redaction.text import redact_text

_CARD = (
    "IDENTITY CARD / CARTE D'IDENTITE\nQUINTELA\nROSÁLIA\n22.11.1961  Vöcklabruck\nDoc: K7719043\n"
)


def _found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in id_card_lines(text))


def test_the_name_lines_above_the_birth_date() -> None:
    assert _found(_CARD) == ["QUINTELA", "ROSÁLIA"]
    out = redact_text(_CARD).text
    assert "QUINTELA" not in out
    assert "ROSÁLIA" not in out


def test_a_particle_and_an_apostrophe_in_a_name_line() -> None:
    text = "PASSPORT / PASSEPORT\nHOUTEN VAN\nD'ARCY-MAE\n01.02.1990 Utrecht\n"
    assert _found(text) == ["D'ARCY-MAE", "HOUTEN VAN"]


def test_a_state_line_and_a_text_without_a_document_title_stay() -> None:
    assert _found("PASSPORT\nREPUBLIC OF TESTLAND\n12.01.2020 issued\n") == []
    assert _found("ROTA\nQUINTELA\nROSÁLIA\n22.11.1961 shift\n") == []


def test_a_name_on_the_lines_below_a_caption_line_of_its_own() -> None:
    """Captions in one language or two, singular, plural or "(s)": the capitals below
    are the name, up to the next field's caption."""
    text = (
        "APELLIDO(S)\nQUIROGA PAZ\nNOMBRE(S)\nLEANDRO\nSEXO\nM\n"
        "Surname / Nom\nBELLWETHER\nGiven names / Prénoms\nODILE\n"
    )
    assert _found(text) == ["BELLWETHER", "LEANDRO", "ODILE", "QUIROGA PAZ"]
    assert _found("REMARKS\nQUIROGA PAZ\n") == []
