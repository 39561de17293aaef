"""The name opening the line after a mail's signature delimiter ("-- "), alone or before
a colleague's note ("Name: please check"). Invented values; a phone's sign-off, a
closing formula, a firm's name and a title stay."""

from __future__ import annotations

import pytest

from app.redaction.name_signature_lines import signature_lines
from app.redaction.text import redact_text

_FORWARDED = (
    "---------- Forwarded message ---------\n"
    "From: Rasmus Kjeldgaard (rk@example.net)\n"
    "Subject: Kontoänderung\n"
    "\n"
    "Bitte überweisen Sie ab sofort an die neue IBAN.\n"
    "MfG Rasmus\n"
    "\n"
    "-- \n"
    "Ofori: bitte prüfen, klingt nach Rechnungsbetrug.\n"
)


def test_a_colleagues_note_under_the_delimiter() -> None:
    assert [_FORWARDED[s.start : s.end] for s in signature_lines(_FORWARDED)] == ["Ofori"]
    out = redact_text(_FORWARDED).text
    assert "Ofori" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thanks\n-- \nSeamus\n", "Seamus"),
        ("thanks\n--\nNkechi Oduya | Practice Manager\n", "Nkechi Oduya"),
        ("ok\n-- \nIlkay Zdravkovic - Leeds\n", "Ilkay Zdravkovic"),
    ],
)
def test_the_writer_under_the_delimiter(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in signature_lines(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "x\n-- \nSent from my iPhone\n",
        "x\n-- \nKind regards\n",
        "x\n-- \nACME Limited\n",
        "x\n-- \nDr. Ofori\n",
        "x\n-- \nNote: the account was changed\n",
        "a line -- \nOfori\n",  # no delimiter alone on its line
    ],
)
def test_formulas_firms_titles_and_labels_stay(text: str) -> None:
    assert signature_lines(text) == []
