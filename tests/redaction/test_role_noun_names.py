"""A case handler's or a call agent's name right after the noun of their role, with no
colon ("Reviewer <SURNAME>, ...", "operador <Name>", "analyst <surname>: ..."), and the
agent a caller is through to ("you're through to <Name>"). Invented values; the role
nouns and the words that only look like names after them stay readable."""

from __future__ import annotations

import pytest

from app.redaction.role_noun_names import role_noun_names
from app.redaction.text import redact_text


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in role_noun_names(text)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Reviewer TSHABALALA, 2nd line sign-off pending", "TSHABALALA"),
        ("Chat soporte - operador Nkemelu", "Nkemelu"),
        ("Chat atendimento - atendente Ifeoluwa", "Ifeoluwa"),
        ("L2 analyst vandermeulen: escalate to decision.", "vandermeulen"),
        ("escalated by handler Okwuosa, no reply yet", "Okwuosa"),
    ],
)
def test_name_after_role_noun(line: str, name: str) -> None:
    text = f"Case notes\n{line}\nRisk: low\n"
    assert _names(text) == [name]
    out = redact_text(text).text
    assert name not in out
    assert line.split(name, maxsplit=1)[0] in out  # the role noun stays


@pytest.mark.parametrize(
    "line",
    [
        "Analyst notes: none",
        "Reviewer comments, see below",
        "analyst review: pending",
        "Reviewer KYC, pending",
        "handler queue: 3",
        "Reviewer SIGN-OFF, pending",
        "the operator said it was fine",
    ],
)
def test_no_name_after_role_noun(line: str) -> None:
    assert _names(f"Case notes\n{line}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "AGENT: thank you for calling, you're through to Ísadora, can I take your",
        "AGENT: you are speaking with Ottoline, how can I help",
    ],
)
def test_agent_the_caller_is_through_to(line: str) -> None:
    out = redact_text(f"[call transcript]\n{line}\n  policy number\n").text
    assert "Ísadora" not in out
    assert "Ottoline" not in out


def test_department_the_caller_is_through_to_stays() -> None:
    out = redact_text("[call transcript]\nyou're through to Billing, please hold\n").text
    assert "Billing" in out
