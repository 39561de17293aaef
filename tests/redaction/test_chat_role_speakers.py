"""A chat's or a form's speaker by role in another language ("Temsilci",
"Mteja", "Assistente sociale") is no person and stays readable; the name beside the role
is still masked (`name_guards.ROLE_NOUNS`, session 45)."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        (
            "Müşteri: iyi günler, kartım çalışmıyor\nTemsilci (Gökhan): Hemen bakıyorum.\n",
            "Temsilci",
            "Gökhan",
        ),
        ("[04/02/2024 09:12] Mteja: Habari, naitwa Zawadi Mwakilema\n", "Mteja", "Mwakilema"),
        (
            "Richiesta: pasti a domicilio\nAssistente sociale: T. Valsecchi\n",
            "Assistente",
            "Valsecchi",
        ),
    ],
    ids=["turkish-agent", "swahili-customer", "italian-social-worker"],
)
def test_role_speaker_is_kept_and_the_name_masked(text: str, role: str, name: str) -> None:
    out = redact_text(text).text
    assert role in out
    assert name not in out
