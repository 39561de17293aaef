"""SWIFT MT :50F: / :59F: structured party lines after the name (issue 15, session 44,
split Z): "3/" and "5/" country and town, "4/" date of birth, "6/" customer number and
"7/" national identity number are masked after the country code; a line longer than
35x does not end the field. Values invented."""

from __future__ import annotations

from app.redaction.swift_mt import find_swift

MESSAGE = (
    "{1:F01ABCDGB2LAXXX0000000000}{2:I103EFGHDEFFXXXXN}{4:\n"
    ":20:PAY7781\n"
    ":50F:/GB40ABCD60161331926819\n"
    "1/ORCHARD MAEVE\n"
    "2/APARTMENT 9, LOWER QUARRY GARDENS, NORTH HOLTBY, YO31 7QE\n"
    "3/GB/LITTLE HOLTBY\n"
    "4/19710824\n"
    "5/IE/BALLYMORRIN\n"
    "6/GB/DVLA/ORCHA710241MM9\n"
    "7/GB/QQ123456C\n"
    ":59F:/DE12500105170648489890\n"
    "1/WENDT OSKAR\n"
    "3/DE/NEUSTADT AM RUNDSEE\n"
    ":70:RENT MARCH\n"
    ":71A:SHA\n"
    "-}"
)


def _found() -> dict[str, str]:
    return {MESSAGE[s.start : s.end]: s.kind for s in find_swift(MESSAGE)}


def test_numbered_party_lines_are_masked_after_the_country() -> None:
    found = _found()
    assert found["LITTLE HOLTBY"] == "LOCATION"
    assert found["BALLYMORRIN"] == "LOCATION"
    assert found["NEUSTADT AM RUNDSEE"] == "LOCATION"
    assert found["19710824"] == "DATE_TIME"
    assert found["DVLA/ORCHA710241MM9"] == "RECORD_NUMBER"
    assert found["QQ123456C"] == "NATIONAL_ID"


def test_the_remittance_and_the_country_stay() -> None:
    found = _found()
    assert "RENT MARCH" not in found
    assert not any(v in ("GB", "DE", "IE") for v in found)
