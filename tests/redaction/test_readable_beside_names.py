"""Words the NER model or a URL rule misreads stay readable, and the name or identifier
beside them stays masked: a genus abbreviated before its species ("E.coli") is no URL,
an interrogative opening a chat turn ("AGENT: What ...") is no name."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("_case", "text", "readable", "masked"),
    [
        (
            "genus.species",
            "Culture grew E.coli. Reviewed by Dr. Anna Kowalski, see example.org/results",
            "E.coli",
            "example.org/results",
        ),
        (
            "chat turn",
            "AGENT: What is your name?\nCUSTOMER: Sarah Jones.",
            "AGENT: What is your name?",
            "Sarah Jones",
        ),
    ],
)
def test_readable_beside_masked(_case: str, text: str, readable: str, masked: str) -> None:
    out = redact_text(text).text
    assert readable in out
    assert masked not in out


@pytest.mark.parametrize(
    ("_case", "text", "readable", "masked"),
    [
        (
            "indonesian form label",
            "Nama Lengkap: Budi Santoso\nAlamat: Jl. Merdeka 5",
            "Nama Lengkap:",
            "Budi Santoso",
        ),
        (
            "russian form labels",
            "ФИО: Иванов Иван Иванович\nДата рождения: 12.03.1980\nМесто жительства: г. Москва",
            "Дата рождения:",
            "12.03.1980",
        ),
        (
            "russian residence label",
            "Место жительства: г. Москва, ул. Ленина, д. 5",
            "Место жительства:",
            "Ленина",
        ),
        (
            "form instruction",
            "Name (Last, First): Smith, John",
            "(Last, First)",
            "Smith",
        ),
        (
            "german gender ending",
            "Beschäftigte/r: Klaus Meier",
            "Beschäftigte/r",
            "Klaus Meier",
        ),
    ],
)
def test_form_labels_stay(_case: str, text: str, readable: str, masked: str) -> None:
    out = redact_text(text).text
    assert readable in out
    assert masked not in out
