"""The name field of a machine-readable zone whose filler a scan or a retyped copy shows as
an angle quote or a full-width "<". Invented values; text with such quotes elsewhere keeps
its words."""

from __future__ import annotations

import pytest

from app.redaction.name_records import names_in_records
from app.redaction.text import redact_text

# a TD3 first line is 44 characters wide
_TD3 = "P{f}UTOVARGAS{f}{f}ELENI{f}MARA" + "{f}" * 21 + "\nX1234567{f}8UTO7001012F3001015"


@pytest.mark.parametrize("filler", ["‹", "«", "＜"])
def test_td3_name_field(filler: str) -> None:
    text = _TD3.format(f=filler)
    found = [text[s.start : s.end] for s in names_in_records(text)]
    assert f"VARGAS{filler}{filler}ELENI{filler}MARA" in found


def test_td1_third_line_and_its_surname_elsewhere() -> None:
    text = (
        "Surname  OKONJO\n"
        "IDUTO‹‹Q123456789‹‹‹‹‹‹‹‹‹‹‹‹‹‹‹\n"
        "7001012F3001015UTO‹‹‹‹‹‹‹‹‹‹‹6\n"
        "OKONJO‹‹TEMI‹ADA‹‹‹‹‹‹‹‹‹‹‹‹‹‹\n"
    )
    out = redact_text(text).text
    assert "OKONJO" not in out
    assert "TEMI" not in out


def test_quotes_in_prose_stay() -> None:
    text = "Er sagte ‹‹Guten Tag›› und ging. «« NOTE »» see above"
    assert names_in_records(text) == []
