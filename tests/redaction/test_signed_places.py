"""The town where a letter or a form was signed, as its closing names it (issue 15,
session 41, split W): "Firmado en Teruel.", "Fait à Saint-Malo, le ...", "Signed at Ripon
on ...". Not the closing's other words. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.signed_places import find_signed_places


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_signed_places(text)}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Teléfono de contacto: 600 00 00 00. Firmado en Teruel.", "Teruel"),
        ("Fait à Saint-Malo, le 3 mars 2024", "Saint-Malo"),
        ("Signed at Ripon on 4 May 2025 by the applicant.", "Ripon"),
        ("Ausgestellt in Bad Ischl am 2. Mai 2024", "Bad Ischl"),
        ("Feito em Braga\n", "Braga"),
    ],
)
def test_town_of_signing_is_masked(text: str, town: str) -> None:
    assert town in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Signed at the front desk.",
        "Firmado en presencia del testigo.",
        "signed at 10:30 by the nurse",
    ],
)
def test_no_town_no_mask(text: str) -> None:
    assert _values(text) == set()
