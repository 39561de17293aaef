"""An office's role mailbox ("billing@…", "rh@…", "adult.social.care@…") is no person's
address and stays readable, its domain too; a person's address, or a role word beside a
name or a number in the local part, is still masked (`role_mailboxes.py`, session 45)."""

from __future__ import annotations

import pytest

from app.redaction.role_mailboxes import role_mailbox
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _email(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "EMAIL_ADDRESS", "email", 1.0)


@pytest.mark.parametrize(
    "value",
    [
        "payroll@ironworks.example",
        "ethics-committee@uni.example",
        "children.social.care@borough.example",
    ],
)
def test_a_role_mailbox_is_no_identifier(value: str) -> None:
    text = f"To: {value}\n"
    assert role_mailbox(text, _email(text, value))


@pytest.mark.parametrize(
    "value",
    ["tomas.payroll@ironworks.example", "payroll2@ironworks.example", "tomas@ironworks.example"],
)
def test_a_person_or_numbered_mailbox_is_kept_an_identifier(value: str) -> None:
    text = f"To: {value}\n"
    assert not role_mailbox(text, _email(text, value))


def test_header_keeps_the_role_mailbox_and_masks_the_sender() -> None:
    text = (
        'From: "Edwin Marsh" edwin.marsh77@mailbox.example\n'
        "To: children.social.care@borough.example\n"
        "Subject: my son's review\n"
    )
    out = redact_text(text).text
    assert "children.social.care@borough.example" in out
    assert "edwin.marsh77" not in out
