"""A patient named in lower or title case in brackets right after a bed, bay or room, as a
handover in a chat writes them ("bed 9 (name) needs repeat lactate"). Invented values; a
bed's state or a board word in brackets stays."""

from __future__ import annotations

import pytest

from app.redaction.name_layouts import board_names
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[21:04] ana: bed 14 (vantongeren) still spiking", "vantongeren"),
        ("[21:05] ana: bay 3 (Quilliam) for ct head", "Quilliam"),
        ("rm 2b (okonkwo-hale) refused obs", "okonkwo-hale"),
    ],
)
def test_a_name_in_brackets_after_a_bed(text: str, name: str) -> None:
    found = [text[s.start : s.end] for s in board_names(text)]
    assert found == [name]
    assert name not in redact_text(text + "\n").text


@pytest.mark.parametrize(
    "text",
    [
        "bed 4 (isolation) needs cleaning",
        "bed 6 (empty)",
        "bay 2 (side room) closed",
        "bed 3 (mrsa) barrier nursing",
        "bed 5 (confused) one to one",
    ],
)
def test_a_bed_state_in_brackets_stays(text: str) -> None:
    assert board_names(text) == []
