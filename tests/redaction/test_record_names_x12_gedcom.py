"""Person names as two more record standards write them: the NM1 segment of an ASC X12
claim or eligibility file (entity type "1" is a person: last, first, middle each its own
element) and a GEDCOM NAME line (given names, then the surname between slashes). Invented
values; an organisation's NM1 (entity type "2") stays readable."""

from __future__ import annotations

import pytest

from app.redaction.name_records import names_in_records
from app.redaction.text import redact_text


def _found(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in names_in_records(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("NM1*82*1*ZABROWSKI*TEOFIL****XX*1234567893~", ["TEOFIL", "ZABROWSKI"]),
        ("NM1*IL*1*QUARSHIE*ABENA*K***MI*W99887766~", ["ABENA", "K", "QUARSHIE"]),
        ("NM1|QC|1|LINDQVIST|MARTTA~", ["LINDQVIST", "MARTTA"]),
        ("NM1*85*2*HARBOURSIDE MEDICAL GROUP*****XX*1234567893~", []),
        ("NM1*40*2*CLEARINGHOUSE~", []),
    ],
)
def test_x12_nm1_person(text: str, names: list[str]) -> None:
    assert _found(text) == sorted(names)


GEDCOM = """0 HEAD
1 CHAR UTF-8
0 @I7@ INDI
1 NAME Bohumila Jarmila /Vondráčková-Šimek/
2 GIVN Bohumila Jarmila
2 SURN Vondráčková-Šimek
1 BIRT
2 DATE 4 APR 1911
0 @I8@ INDI
1 NAME Eustace /Pemberton-Oduya/ Jr.
"""


def test_gedcom_name_parts() -> None:
    found = _found(GEDCOM)
    assert "Vondráčková-Šimek" in found
    assert "Bohumila Jarmila" in found
    assert "Pemberton-Oduya" in found
    assert "Eustace" in found
    assert not any("Jr" in f or "/" in f for f in found)


def test_gedcom_end_to_end() -> None:
    out = redact_text(GEDCOM).text
    for value in ("Bohumila", "Vondráčková", "Eustace", "Pemberton"):
        assert value not in out
    assert "INDI" in out
    assert "BIRT" in out


def test_x12_end_to_end() -> None:
    text = (
        "CLM*77110022*180***11:B:1*Y*A*Y*Y~\nDTP*472*D8*20240303~\n"
        "NM1*82*1*OYELOWO*FUNMILAYO****XX*1234567893~\nHI*ABK:J06.9~"
    )
    out = redact_text(text).text
    assert "OYELOWO" not in out
    assert "FUNMILAYO" not in out
    assert "HI*ABK:J06.9~" in out


def test_no_gedcom_without_its_header() -> None:
    assert _found("Please write your NAME /in capitals/ below.") == []
