"""A birth (maiden) name with its particle after the marker: Irish Ó, Ní, Mac, German von,
Dutch van, Romance de/da/di/La. Invented values."""

from __future__ import annotations

from app.redaction.name_neighbours import birth_names
from app.redaction.text import redact_text


def _births(text: str) -> list[str]:
    return [text[s.start : s.end] for s in birth_names(text)]


def test_irish_particles_in_capitals() -> None:
    text = "NÓRA DE BÚRCA (née Ó CEALLACHÁIN), late of Main Street, peacefully"
    assert _births(text) == ["Ó CEALLACHÁIN"]
    assert "CEALLACHÁIN" not in redact_text(text).text


def test_german_and_dutch_particles() -> None:
    assert _births("Frau Lind, geb. von Quadt, Witwe") == ["von Quadt"]
    assert _births("mevrouw Kok (née van Tuyll)") == ["van Tuyll"]


def test_a_particle_alone_is_no_name() -> None:
    assert _births("née de") == []
