"""Cues before a name in running text (session 41): Czech, Slovak and Polish kin words in
their cases ("na manželku Jana"), the trades a claim note names by surname ("Contractor
Alvarez est."), and a long Arabic name after "يدعى" (a person called)."""

from __future__ import annotations

from app.redaction.role_noun_names import role_noun_names
from app.redaction.text import redact_text


def test_slavic_kin_words_before_a_name() -> None:
    out = redact_text("Dg: lumbago. Kontakt na manželku Božena: 604 111 222.").text
    assert "Božena" not in out
    out = redact_text("Pacjent spokojny. Poinformowano córkę Halinę o wypisie.").text
    assert "Halinę" not in out


def test_trade_before_a_surname_in_a_claim_note() -> None:
    text = "Water damage in kitchen. Surveyor Okwuosa est. USD 9k. Contractor Pereira, 2 days."
    found = [text[s.start : s.end] for s in role_noun_names(text)]
    assert found == ["Okwuosa", "Pereira"]
    assert "Pereira" not in redact_text(text).text


def test_every_word_of_a_long_arabic_name_after_called() -> None:
    text = "وأفاد بأن شخصا يدعى سالم عوض راجح المطيري قام بسرقة هاتفه."
    out = redact_text(text).text
    assert "سالم" not in out
    assert "المطيري" not in out
    assert "بسرقة هاتفه" in out
