"""A nursing kardex's shift entry naming the patient in capitals ("nights -- <SURNAME>
settled"), and a Chinese role label written onto the name without a colon ("收件人<name>",
the recipient). Invented values; a board word after the shift and a label before another
noun stay."""

from __future__ import annotations

from app.redaction.cjk_names import cjk_field_names
from app.redaction.name_layouts import board_names
from app.redaction.text import redact_text


def test_shift_entry_surname() -> None:
    text = "[kardex]\nnights -- HÄGGLUND settled, pressure areas intact.\nEarly: NBM from midnight"
    found = [text[s.start : s.end] for s in board_names(text)]
    assert found == ["HÄGGLUND"]


def test_glued_role_label() -> None:
    text = "客户：+8613800000000，收件人吴敏\n客服：好的"
    found = [text[s.start : s.end] for s in cjk_field_names(text)]
    assert "吴敏" in found
    assert "吴敏" not in redact_text(text).text


def test_label_before_a_noun_stays() -> None:
    assert cjk_field_names("收件人地址已更新") == []
