"""A chat export's time before the speaker and the message's first word after the colon
are no part of the speaker's name (values invented for this test)."""

from __future__ import annotations

import pytest

from app.redaction.speaker_edges import speaker_bounds
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("18:42 - Tobiah", "Tobiah"),
        ("07:05:31 – Lucija Brnetić", "Lucija Brnetić"),
        ("Ingrid Q.: yes", "Ingrid Q."),
        ("Agent Bruno K.: Hello", "Agent Bruno K."),
        ("Patient: Marta Okonjo", "Patient: Marta Okonjo"),  # two words after: a value
        ("Name: Okonjo", "Name: Okonjo"),  # no given name before the colon: a label
        ("Marta: Bruno", "Marta: Bruno"),  # a given name after the colon stays
    ],
)
def test_speaker_bounds(value: str, kept: str) -> None:
    start, end = speaker_bounds(value, 0, len(value))
    assert value[start:end] == kept


def test_whatsapp_export_keeps_the_message() -> None:
    text = (
        "11/02/2023, 20:14 - Dimitris: r u coming tmrw?\n"
        "11/02/2023, 20:15 - Luis Alberto K.: ya, send me the address again\n"
        "11/02/2023, 20:16 - Dimitris: ring me when outside\n"
        "11/02/2023, 20:20 - Luis Alberto K.: ok. bringing Tapio too\n"
    )
    out = redact_text(text).text
    assert ">: ya, send me the address again" in out
    assert "20:15 - <PERSON_" in out
    assert "Luis" not in out
    assert "Dimitris" not in out
