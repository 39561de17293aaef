"""A possessive and a role word before a name ("Su hijo …", "Ihr Nachbar …", "Sa fille …")
and the role nouns of police and tenancy prose ("Passenger …", "Defendant …", "Grannen …")
are no part of the name: they stay readable and the name is masked; a possessive alone
before a name is never dropped ("Su Wen", "Ma Lian"). The speaker tags of body-camera and
emergency-call transcripts ("OFC:", "SUBJ:", "CALL-TAKER:") are roles, no person (role_words,
names._SPEAKER_ROLES). Values made up for this test."""

from __future__ import annotations

import pytest

from app.redaction.role_words import without_leading_roles
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _person(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Vive con la abuela. Su hija Itziar Goikoetxea estudia.",
            "Su hija Itziar Goikoetxea",
            "Itziar Goikoetxea",
        ),
        (
            "und gab an: Ihr Nachbar Jörn Kleinschmidt habe gehupt.",
            "Ihr Nachbar Jörn Kleinschmidt",
            "Jörn Kleinschmidt",
        ),
        (
            "Appel reçu. Sa fille Ophélie Marchetti passera.",
            "Sa fille Ophélie Marchetti",
            "Ophélie Marchetti",
        ),
        (
            "Rear seat. Passenger Tobiah Wrenfield uninjured.",
            "Passenger Tobiah Wrenfield",
            "Tobiah Wrenfield",
        ),
        ("Hearing set. Defendant Corwin Ashby appeared.", "Defendant Corwin Ashby", "Corwin Ashby"),
        (
            "Stöld i förrådet. Grannen Ingvar Lindqvist såg en bil.",
            "Grannen Ingvar Lindqvist",
            "Ingvar Lindqvist",
        ),
    ],
)
def test_possessive_and_role_before_a_name_stay_readable(text: str, value: str, name: str) -> None:
    (span,) = without_leading_roles(text, [_person(text, value)])
    assert text[span.start : span.end] == name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call from Su Wen about the refund.", "Su Wen"),  # a possessive's letters, a surname
        ("Ma Lian signed the form.", "Ma Lian"),
        ("Ihr Jörn Kleinschmidt", "Ihr Jörn Kleinschmidt"),  # no role word after it: kept whole
    ],
)
def test_possessive_without_a_role_word_is_kept(text: str, value: str) -> None:
    (span,) = without_leading_roles(text, [_person(text, value)])
    assert text[span.start : span.end] == value


def test_transcript_speaker_tags_are_no_person() -> None:
    text = (
        "BWC transcript 2025-03-01\n"
        "OFC: Sir, can I get your name?\n"
        "SUBJ: Thaddeus. Thaddeus Kowalewski.\n"
        "OFC: Date of birth?\n"
        "CALL-TAKER: What's the address?\n"
        "CALLER: I'm at the corner.\n"
    )
    out = redact_text(text).text
    for tag in ("OFC:", "SUBJ:", "CALL-TAKER:"):
        assert tag in out
    assert "Kowalewski" not in out
    assert "Thaddeus" not in out


def test_a_named_speaker_stays_masked() -> None:
    text = "OFC: Sir, your name?\nKOWALEWSKI: it's mine.\nOfficer Brannagh: ok.\n"
    out = redact_text(text).text
    assert "KOWALEWSKI" not in out
    assert "Brannagh" not in out
