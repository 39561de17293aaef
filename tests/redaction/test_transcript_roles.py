"""A transcript's speaker labelled by role ("SĘDZIA:", "VERDACHTE:", "ENTREVISTADORA:",
"المحاور:", "LA PRÉSIDENTE :") names nobody and stays readable; a name after the role
("PRZEWODNICZĄCY OKONJO:", "DC Brannagh:") is still masked, and so is a label that is a
name alone, also where a role word is a name too ("LAWYER:", "JUSTICE:"), and a handle
that opens with a role word ("deputy.nakamura"). Values invented for this test."""

from __future__ import annotations

import pytest

from app.redaction.names import _speaker_name
from app.redaction.role_words import without_leading_roles
from app.redaction.spans import Span
from app.redaction.text import redact_text
from app.redaction.transcript_roles import is_transcript_role, only_roles


@pytest.mark.parametrize(
    ("label", "person"),
    [
        ("SĘDZIA", None),  # Polish judge
        ("OSKARŻONY", None),
        ("Tazatelka", None),  # Czech interviewer
        ("ΜΑΡΤΥΡΑΣ", None),  # Greek witness
        ("LA PRÉSIDENTE", None),  # an article before the role
        ("DE VOORZITTER", None),
        ("المحاور", None),
        ("PRZEWODNICZĄCY OKONJO", "OKONJO"),  # a role before a name: the name stays masked
        ("JUDGE OKONJO", "JUDGE OKONJO"),  # "Judge" is a given name too: masked whole
        ("Richterin Vasquez-Lind", "Vasquez-Lind"),
        ("DC Brannagh", "Brannagh"),  # a police rank before a surname
        ("JUDGE", "JUDGE"),  # a role that is a name too, alone: masked
        ("JUSTICE", "JUSTICE"),
        ("LAWYER", "LAWYER"),
        ("DC", "DC"),  # a rank alone may be a speaker's initials: masked
        ("Tomasz Wierzba", "Tomasz Wierzba"),
        ("EMPLOYMENT JUDGE", "EMPLOYMENT JUDGE"),  # a word that is no role: masked
        ("Richter", "Richter"),  # a German surname, no role word here
    ],
)
def test_speaker_label_by_role(label: str, person: str | None) -> None:
    found = _speaker_name(label)
    assert (found[1] if found else None) == person


def test_role_words() -> None:
    assert is_transcript_role("VERBALISANT")
    assert is_transcript_role("Interviewerin")
    assert not is_transcript_role("Okonjo")
    assert only_roles(["A", "TESTEMUNHA"])
    assert not only_roles(["A", "B"])  # joiners alone are no role
    assert not only_roles(["THE", "JUDGE"])  # "Judge" alone may be a surname


def test_court_record_in_czech_keeps_the_roles() -> None:
    text = (
        "PROTOKOL O HLAVNÍM LÍČENÍ\n"
        "SOUDKYNĚ: Obžalovaný, uveďte své jméno.\n"
        "OBŽALOVANÝ: Radovan Kepka, narozen 3. 4. 1961.\n"
        "SOUDKYNĚ: Děkuji. Svědkyně Ilona Střížková, pojďte prosím.\n"
        "SVĚDKYNĚ: Viděla jsem ho u garáže.\n"
        "OBŽALOVANÝ: To není pravda.\n"
    )
    out = redact_text(text).text
    for role in ("SOUDKYNĚ:", "OBŽALOVANÝ:", "SVĚDKYNĚ:"):
        assert role in out
    assert "Kepka" not in out
    assert "Radovan" not in out


def test_interview_subtitles_keep_the_roles_and_mask_the_names() -> None:
    text = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:03.500\n"
        "INTERVISTATRICE: Come si chiama?\n\n"
        "00:00:03.700 --> 00:00:06.000\n"
        "INTERVISTATO: Gaspare Lonardi, abito a Foligno.\n\n"
        "00:00:06.200 --> 00:00:09.000\n"
        "INTERVISTATRICE: Grazie.\n\n"
        "00:00:09.200 --> 00:00:11.000\n"
        "INTERVISTATO: Prego.\n"
    )
    out = redact_text(text).text
    assert out.count("INTERVISTATRICE:") == 2
    assert out.count("INTERVISTATO:") == 2
    assert "Lonardi" not in out
    assert "Gaspare" not in out


def test_a_name_after_the_role_is_still_masked_on_one_line_of_several_turns() -> None:
    # several turns on one line, the role and name in capitals
    text = (
        "HEARING 14 -- JUDGE ABERNATHY-QUILL: Be seated.\n"
        "JUDGE ABERNATHY-QUILL: Counsel? -- PROSECUTOR: Ready.\n"
        "PROSECUTOR: The accused, Mr Lindqvist, is present.\n"
    )
    out = redact_text(text).text
    assert "ABERNATHY" not in out
    assert "Lindqvist" not in out
    assert "PROSECUTOR: The accused" in out


def test_a_surname_alone_that_is_a_role_word_too_stays_masked() -> None:
    text = "LAWYER: Good morning.\nOKAFOR: Morning.\nLAWYER: Please sit.\nOKAFOR: Thanks.\n"
    out = redact_text(text).text
    assert "LAWYER" not in out
    assert "OKAFOR" not in out


def test_a_handle_that_opens_with_a_role_word_stays_whole() -> None:
    text = "AKA: deputy.nakamura   Witness Ilse Varga"
    handle, named = text.index("deputy"), text.index("Witness")
    spans = [
        Span(handle, handle + len("deputy.nakamura"), "PERSON", "test", 0.8),
        Span(named, len(text), "PERSON", "test", 0.8),  # the role and a name
    ]
    kept = [text[s.start : s.end] for s in without_leading_roles(text, spans)]
    assert kept == ["deputy.nakamura", "Ilse Varga"]
