"""Record numbers after a court's "Docket", a civil register's "Acta" and Bengali's
"number" sign ("নং"): the value, its letter series included, is masked."""

from __future__ import annotations

import pytest

from app.redaction.record_numbers import find_by_context


def _records(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_by_context(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Subpoena -- Docket: 3317/19\nReturn by", "3317/19"),
        ("Docket No. CV-22-004417 filed", "CV-22-004417"),
        ("Libro: 12   Acta: QRT 508812\nCURP", "QRT 508812"),
        ("জন্ম নিবন্ধন সনদ নং KLM 774201\nনাম", "KLM 774201"),
    ],
)
def test_labelled_values(text: str, value: str) -> None:
    assert value in _records(text)


def test_acta_in_prose_stays() -> None:
    assert _records("se levantó el acta de la reunión del 12 de marzo") == []
