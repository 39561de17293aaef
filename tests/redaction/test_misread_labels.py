"""A form's label misread by OCR (0 for O, 1 for I, 5 for S): the identifier after it is
masked as after the label itself (ocr_labels.py)."""

from __future__ import annotations

import pytest

from app.redaction.ocr_labels import ids_after_misread_labels
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("H0SPITAL N0", "Kx4471209"),
        ("H0spital N0", "Rl7730415"),
        ("P0LICY N0", "Ql-55t0913"),
        ("ACC0UNT", "Ul83302197"),
    ],
)
def test_value_after_misread_label_is_masked(label: str, value: str) -> None:
    text = f"REFERRAL (scanned)\n{label}: {value}\nSeen in clinic today.\n"
    found = [text[s.start : s.end] for s in ids_after_misread_labels(text)]
    assert value in found
    assert value not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        "B12: 310 ng/L\n",  # a lab value, no label word
        "Hospital: St Anne\n",  # no misread
        "H0SPITAL N0: pending\n",  # no identifier after the label
    ],
)
def test_no_identifier_no_finding(text: str) -> None:
    assert ids_after_misread_labels(text) == []
