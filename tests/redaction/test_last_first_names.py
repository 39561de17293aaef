"""Names written "Last, First": the model finds the given name after the comma and misses
the surname before it (caught in the demo's scan, where "SMITH," stayed readable)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.demo.items import scan_png
from app.redaction.ocr import ocr_words
from app.redaction.pipeline import redact_item
from app.redaction.text import LAST_FIRST_RULE, Span, redact_text, surnames_before_given_names


@pytest.mark.parametrize(
    "text",
    [
        "Discharge summary for Okafor, John. Seen on ward 3.",
        "SMITH, JOHN\nDOB 04/12/1961",
    ],
)
def test_the_surname_before_the_comma_is_masked(text: str) -> None:
    out = redact_text(text).text
    surname = text.split(",", maxsplit=1)[0].rsplit(maxsplit=1)[-1]
    assert surname not in out


def test_only_a_capitalised_word_right_before_a_person_counts() -> None:
    text = "seen by nurse, John and then by the doctor, Mary"
    spans = [Span(15, 19, "PERSON", "model", 0.85), Span(44, 48, "PERSON", "model", 0.85)]
    assert surnames_before_given_names(text, spans) == []  # lower-case words: no surname
    found = surnames_before_given_names("Okafor, John", [Span(8, 12, "PERSON", "m", 0.85)])
    assert [(s.start, s.end, s.rule) for s in found] == [(0, 6, LAST_FIRST_RULE)]


def test_the_demo_scan_keeps_no_name_readable() -> None:
    before = " ".join(w.text for w in ocr_words(Image.open(io.BytesIO(scan_png()))))
    assert "SMITH" in before  # the control: tesseract reads the name on the input
    item = redact_item("image", scan_png(), project_secret=b"k" * 32, settings={})
    after = " ".join(w.text for w in ocr_words(Image.open(io.BytesIO(item.data))))
    assert "SMITH" not in after
    assert "JOHN" not in after
    # Which rule finds it (the model on the whole name, the capitals pass, the surname
    # rule) may change; that a person was boxed may not.
    assert item.report["kinds"].get("PERSON", 0) >= 1
