"""A message header's "From"/"To" word ("An:", "De :", "Para:") and a phone label's
abbreviation ("Tél.", "Τηλ.") are labels, not the given names "An" and "De": they stay
readable where the layout makes them labels, and a speaker named An in a chat is still
masked. Values invented for this test."""

from __future__ import annotations

import pytest

from app.redaction.header_labels import header_label
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _label(text: str, word: str) -> bool:
    start = text.index(word)
    return header_label(text, Span(start, start + len(word), "PERSON", "test", 0.5))


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Von: Kai Brenner\nAn: empfang@praxis-nord.example\n", "An", True),  # an address
        ("De: +34 611 222 333\nHola, su cita es mañana.\n", "De", True),  # an SMS's number
        ("Subject: lab results\nAn: Radiologie Nord, z. Hd. Frau Pohl\n", "An", True),
        ("An: Radiologie Nord\nBetreff: Überweisung\n", "An", True),  # a field after it
        ("Nota   Tél. +33 4 72 00 11 22\n", "Tél", True),  # a phone label, mid-line
        ("Ιατρός: Κ. Λάμπρου   Τηλ.: 210 555 0101\n", "Τηλ", True),
        # no header: a chat's speaker named An, a word inside a line, no colon
        ("An: hi there\nBinh: hello\nAn: how are you\n", "An", False),
        ("Betreff: Termin mit An: morgen\n", "An", False),  # not at a line's start
        ("An Nguyen called back.\n", "An", False),
        ("De: Rosalind\nOk see you\n", "De", False),  # no address, no other field near
        ("Tel Aviv office\n", "Tel", False),  # no number after it
    ],
)
def test_header_label(text: str, word: str, label: bool) -> None:
    assert _label(text, word) is label


def test_german_mail_header_keeps_its_labels() -> None:
    text = (
        "Von: Ottilie Brenneke <o.brenneke@posteo.example>\n"
        "An: anmeldung@zahnarzt-sued.example\n"
        "Datum: 4. März 2025\n"
        "Betreff: Terminabsage\n\n"
        "Guten Tag, ich muss den Termin absagen.\n"
    )
    out = redact_text(text).text
    assert "\nAn: <EMAIL_" in out
    assert "Brenneke" not in out
    assert "Ottilie" not in out


def test_sms_header_and_phone_label() -> None:
    text = "De: +52 55 1234 5678\nHola Evaristo, su receta está lista.\nTél. +33 6 12 34 56 78\n"
    out = redact_text(text).text
    assert out.startswith("De: <")
    assert "Tél. <PHONE_" in out
    assert "Evaristo" not in out


def test_a_chat_speaker_named_an_is_still_masked() -> None:
    text = "An: are you coming?\nMinh: yes, at six\nAn: ok see you\nMinh: bye An\n"
    out = redact_text(text).text
    assert "An:" not in out
