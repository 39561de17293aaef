"""A surname after its caption where a form filled in on one line sets its fields apart
with a spaced dash ("NOM de naissance -- <SURNAME> ; prénom(s) -- <Given>"), and the
person who signed for a delivery ("Signed for by: <SURNAME>  at <time>"). Invented values."""

from __future__ import annotations

from app.redaction.name_neighbours import birth_names
from app.redaction.text import redact_text


def test_birth_name_after_spaced_dash() -> None:
    text = "NOM de naissance -- VERNIÈRES ; prénom(s) -- Maëlle\nNé(e) le : 3 mars 1970"
    assert [text[s.start : s.end] for s in birth_names(text)] == ["VERNIÈRES"]
    out = redact_text(text).text
    assert "VERNIÈRES" not in out
    assert "Maëlle" not in out


def test_signed_for_by() -> None:
    text = "PROOF OF DELIVERY\nSigned for by: HOLLIER  at 2025-07-15T09:07:00Z\nNote: porch"
    out = redact_text(text).text
    assert "HOLLIER" not in out
    assert "Signed for by:" in out
