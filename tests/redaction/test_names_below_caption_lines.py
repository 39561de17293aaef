"""A name below a caption line of its own, a part a line, as identity cards print it.
Invented values; the next field's caption and a heading stay."""

from __future__ import annotations

import pytest

from app.redaction.name_id_card_lines import id_card_lines


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in id_card_lines(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "CREDENCIAL\nNOMBRE\nQUIROGA VILLALBA\nXIMENA\nDOMICILIO\nCalle 1\n",
            ["QUIROGA VILLALBA", "XIMENA"],
        ),
        (
            "APELLIDOS\nSOTOMAYOR\nDE LA RIVA\nNOMBRE\nELADIO\nSEXO M\n",
            ["SOTOMAYOR", "DE LA RIVA", "ELADIO"],
        ),
        ("Surname / Nom\nDESROCHERS\nNationality\nX\n", ["DESROCHERS"]),
    ],
)
def test_lines_below_caption(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    ["NAME\nPATIENT DETAILS\n", "NOMBRE\nDOMICILIO\nCalle 1\n", "Name\nsee attached\n"],
)
def test_no_name_below(text: str) -> None:
    assert _found(text) == []
