"""The holder's surname in a German practice's or chambers' name. Invented values; a
practice named for a place or a speciality keeps its words."""

from __future__ import annotations

import pytest

from app.redaction.eponymous_practices import eponymous_practices


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Verlaufsbericht, Hausarztpraxis Quernheim\n", ["Quernheim"]),
        ("Gemeinschaftspraxis Olthoff & Brüggemeier, Lindenstr. 4", ["Olthoff", "Brüggemeier"]),
        ("Absender: Kanzlei Wendtland-Ruß", ["Wendtland-Ruß"]),
    ],
)
def test_holder_in_practice_name(text: str, names: list[str]) -> None:
    assert [text[s.start : s.end] for s in eponymous_practices(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Praxis Mitte",
        "Praxis für Allgemeinmedizin",
        "Zahnarztpraxis Am Markt",
        "in der Praxis Zentrum",
    ],
)
def test_practice_without_holder(text: str) -> None:
    assert eponymous_practices(text) == []
