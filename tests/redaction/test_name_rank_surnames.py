"""An officer's surname after a police or probation rank written short where a clause
opens ("by PC ...", "PO ..., cell ..."). Invented values; a clinical "PO" before a drug,
"my PC" and a common word after a rank stay."""

from __future__ import annotations

import pytest

from app.redaction.name_rank_surnames import rank_surnames
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stopped at 02:10 by PC Rudkowski near the depot.", "Rudkowski"),
        ("Statement taken with DS Abernathy present.", "Abernathy"),
        ("Home visit done. PO Vandermeer, cell 555 0100", "Vandermeer"),
        ("PCSO Tremlett attended the scene", "Tremlett"),
        ("Handed over to PC 4471 Okonjo at the desk", "Okonjo"),
    ],
)
def test_a_surname_after_a_rank(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in rank_surnames(text)] == [name]
    assert name not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Ondansetron 4 mg\nPO Ondansetron given at 08:00",
        "my PC Windows crashed",
        "Reported by PC Support desk",
        "Seen by DS Monday morning",
    ],
)
def test_no_surname_there(text: str) -> None:
    assert rank_surnames(text) == []
