"""Every other mention of a found value is masked with the same placeholder: a surname
alone, a given name alone after the full name was found, a name in capitals, and a
structured value written again later."""

from __future__ import annotations

from typing import Any

from app.redaction.text import redact_text


def test_surname_and_given_name_alone_are_masked(analyzer: Any) -> None:
    text = (
        "Emergency contact: Ngozi Eze-Okonkwo.\n"
        "Later Eze-Okonkwo rang back; Ngozi confirmed. NGOZI signed."
    )
    out = redact_text(text).text
    assert "Eze-Okonkwo" not in out
    assert "Ngozi" not in out
    assert "NGOZI" not in out
    assert out.count("<PERSON_1>") == 4


def test_a_name_found_by_position_is_masked_in_free_text(analyzer: Any) -> None:
    text = "[08:02] Ffion Pugh: hi\nwe spoke to Pugh yesterday about the refund"
    out = redact_text(text).text
    assert "Pugh" not in out


def test_a_structured_value_written_twice_is_masked_twice(analyzer: Any) -> None:
    text = "MRN QX-558120 on the wristband; the chart also says QX-558120."
    out = redact_text(text).text
    assert "558120" not in out
