"""A doctor's cédula number after its word (Portugal's Ordem dos Médicos "cédula
profissional 12345", Mexico's "cédula profesional 1234567")."""

from __future__ import annotations

import pytest

from app.redaction.record_numbers import find_by_context


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Médico: Rui Antunes Lopes, cédula profissional 51730\nContacto: 912", "51730"),
        ("Dra. Ana Cruz, Cédula Profesional 8812045, UNAM", "8812045"),
        ("medico, cedula profissional n.º 40917.", "40917"),
    ],
)
def test_a_cedula_number_is_masked(text: str, value: str) -> None:
    start = text.index(value)
    assert any(s.start <= start and start + len(value) <= s.end for s in find_by_context(text))
