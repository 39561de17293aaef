"""Plates and references spelt in the radio alphabet with digits (issue 15, session 44,
split Z): masked as a vehicle's after a plate or vehicle word, else as a reference; a
prose line with one code word stays readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.phonetic_spellings import find_phonetic_spellings
from app.redaction.structured import find_structured


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Control, PNC check on reg Kilo Lima seven one Mike Echo Zulu please",
         "Kilo Lima seven one Mike Echo Zulu", "VEHICLE_ID"),
        ("the car was three niner Tango Oscar Bravo", "three niner Tango Oscar Bravo",
         "VEHICLE_ID"),
        ("reference is Delta 4 Foxtrot 2 2", "Delta 4 Foxtrot 2 2", "RECORD_NUMBER"),
        ("it was two eight X-ray one five, I think", "two eight X-ray one five",
         "RECORD_NUMBER"),
    ],
)  # fmt: skip
def test_spelling_with_digits_is_masked(text: str, value: str, kind: str) -> None:
    found = [s for s in find_phonetic_spellings(text) if text[s.start : s.end] == value]
    assert found
    assert found[0].kind == kind
    start = text.index(value)
    assert any(s.start <= start and start + len(value) <= s.end for s in find_structured(text))


@pytest.mark.parametrize(
    "text",
    [
        "We stayed at the Hotel India for two nights.",
        "Team Alpha and team Bravo met at one.",
        "Sierra Mike India Tango Hotel",  # letters alone: a name spelt, not read here
    ],
)
def test_prose_and_letters_alone_stay(text: str) -> None:
    assert find_phonetic_spellings(text) == []
