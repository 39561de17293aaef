"""A misread label that ends in its abbreviation's dot, with no colon (issue 15, session
42, split X): "INV0ICE N0. <value>" is read as "INVOICE NO. <value>". Values invented."""

from __future__ import annotations

import pytest

from app.redaction.ocr_labels import ids_after_misread_labels


def _values(text: str) -> set[str]:
    return {text[s.start : s.end] for s in ids_after_misread_labels(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("INV0ICE N0. CLM-20Zl-4471029\nBill to: someone", "CLM-20Zl-4471029"),
        ("P0LICY N0. HX5520981 issued", "HX5520981"),
        ("  Acc0unt N0. 99-41822-07", "99-41822-07"),
    ],
)
def test_value_after_a_dotted_misread_label_is_found(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    "text", ["Dr. Smith 12345678 said", "N0. of beds 24", "St. Luke's ward B12 open"]
)
def test_prose_after_a_dot_gives_nothing(text: str) -> None:
    assert _values(text) == set()
