"""Function words of other languages' titles that the name dictionary also lists ("DIN",
"NA", "PO") do not make a document's first-line title a name (issue 15, session 43,
split Y): "BILET DE IEȘIRE DIN SPITAL" and "SKIEROWANIE NA BADANIE …" stay readable. A first
line that holds a given name beside them stays masked. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.label_guards import title_line
from app.redaction.spans import Span
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    "title",
    [
        "BILET DE IEȘIRE DIN SPITAL",
        "SKIEROWANIE NA BADANIE KARDIOLOGICZNE",
    ],
)
def test_title_with_a_connector_is_no_name(title: str) -> None:
    text = f"{title}\nPacient: ZAHARIA, Octavian   CNP 1840917123458\n"
    assert title_line(text, Span(0, len(title), "PERSON", "unknown_proper_nouns", 0.5))
    out = redact_text(text).text
    assert title in out
    assert "ZAHARIA" not in out
    assert "Octavian" not in out


@pytest.mark.parametrize(
    "line",
    ["MARIA DIN ZAHARESCU", "ANNA NA KOWALCZYK"],
)
def test_a_given_name_on_line_one_stays_a_name(line: str) -> None:
    text = f"{line}\nStr. Lalelelor 14, Brașov\n"
    assert not title_line(text, Span(0, len(line), "PERSON", "unknown_proper_nouns", 0.5))
