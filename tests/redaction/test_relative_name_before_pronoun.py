"""A relative's name in a lower-case transcript, given name and surname, before a filler
or a pronoun that resumes the clause ("my mom odette crane uh she's 94"): the surname is
masked whatever English makes of the word. Invented values; a verb or a function word
in that place stays readable."""

from __future__ import annotations

import pytest

from app.redaction.lower_case_names import lower_case_names
from app.redaction.text import redact_text


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in lower_case_names(text)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("hi calling about my mom odette crane uh she's 94 now", "odette crane"),
        ("about my father tomasz brook he was admitted", "tomasz brook"),
        ("it's for my wife ngozi eke um she needs a refill", "ngozi eke"),
    ],
)
def test_surname_before_filler_or_pronoun(line: str, name: str) -> None:
    assert name in _names(f"Transcript: {line}\n")
    out = redact_text(f"Voicemail\nTranscript: {line}\n").text
    assert name.split()[1] not in out.split()


@pytest.mark.parametrize(
    "line",
    [
        "my wife anna said she would call",
        "my son tom thinks he is ill",
        "my mom betty today she is fine",
        "my dad john upstairs he fell",
    ],
)
def test_no_surname(line: str) -> None:
    following = line.split()[3]
    assert all(following not in name.split() for name in _names(f"{line}\n"))
