"""The workstation's second pass runs the same structured recognizers as ingest: every
structured identifier ingest masks by them, the second pass masks on its own (no spaCy)."""

from __future__ import annotations

import pytest

from app.redaction.second_pass import mask_text
from app.redaction.structured import find_structured

SAMPLES = [
    "Lives at 22 Cedar Hollow Drive, Apt. 5, Dunmore, PA 18512.",
    "PSC 3317, Box 2210, APO AP 96338",
    "Anschrift: Rosenweg 9, 70173 Stuttgart",
    "Call 001-305-555-0117 x204",
    "PESEL 02270508321 and CPF 529.982.247-25",
    "patient ID PX-99812, policy no. BN/7781/22",
    "device serial 7F3A-22B9-C001, MAC 00:1B:44:11:3A:B7",
    "VIN 1M8GDM9AXKP042788",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_second_pass_masks_what_ingest_finds_structurally(text: str) -> None:
    masked, _ = mask_text(text)
    for span in find_structured(text):
        value = text[span.start : span.end]
        assert value not in masked, span.rule


def test_second_pass_ignores_ingest_placeholders() -> None:
    text = "Seen by <PERSON_1> at <ADDRESS_1> on <DATE_1>, MRN <MRN_1>."
    assert mask_text(text) == (text, {})
