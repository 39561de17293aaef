"""A table's header row names its columns: a word of it read as a person or a place
("Start", "Puhelin", "Straße") is kept, while the names in the rows below it, a header
cell holding a given name, and the values of a table laid on its side stay masked
(issue 15). Values invented for these tests."""

from __future__ import annotations

import pytest

from app.redaction.header_rows import in_header_row
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _person(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", "SpacyRecognizer", 0.85)


TSV = "Worker\tBegin\tMobile\tEmail\tRemarks\nTeodor Lind\t04/03/2021\t+46 70 123 45 67\tx\t-\n"


def test_word_of_a_header_row_is_no_person() -> None:
    assert in_header_row(TSV, _person(TSV, "Begin"))


def test_row_below_the_header_stays() -> None:
    assert not in_header_row(TSV, _person(TSV, "Teodor Lind"))


@pytest.mark.parametrize(
    "text",
    [
        # a table on its side: one field cell, then values
        "Name\tOkonkwo\tAbara\nDOB\t01/02/1990\t03/04/1991\n",
        # a header with no row under it
        "Worker\tBegin\tMobile\tEmail\tRemarks",
        # a header cell that holds a given name
        "Worker\tMargit\tMobile\tEmail\tRemarks\nx\ty\t+46 70 123 45 67\tz\t-\n",
    ],
)
def test_values_look_alike_stay_masked(text: str) -> None:
    value = text.split("\t")[1]
    assert not in_header_row(text, _person(text, value))


def test_header_word_kept_in_redacted_text() -> None:
    text = "Nimi\tHenkilötunnus\tPuhelin\tHuom.\nAino Virta\t010190-123A\t040 123 4567\t-"
    out = redact_text(text).text
    assert out.startswith("Nimi\tHenkilötunnus\tPuhelin\tHuom.\n")
    assert "Aino" not in out
