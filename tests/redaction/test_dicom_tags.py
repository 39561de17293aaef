"""A DICOM element's tag in a text dump ("(0010,0020)") is no record number: a finding
inside its parentheses is dropped; the value in brackets, a number pair in prose and a
wider finding stay masked (`dicom_tags.py`, split X, session 42). Values are invented."""

from __future__ import annotations

import pytest

from app.redaction.dicom_tags import dicom_tag_number
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _span(text: str, value: str, nth: int = 0, kind: str = "RECORD_NUMBER") -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Span(start, start + len(value), kind, "id_after_context", 0.65)


@pytest.mark.parametrize(
    ("text", "value", "nth"),
    [
        ("(0010,0020) LO [ZQ77120]      # PatientID", "0010", 0),
        ("(0010,0020) LO [ZQ77120]      # PatientID", "0020", 0),
        ("(0010, 0030) Patient's Birth Date   DA: '19610203'", "0030", 0),
        # several elements on one line, the second tag's group
        ("(0008,0020) DA [20190101] (0010,0020) LO [ZQ77120]", "0010", 0),
        ("  (0018,1000) LO [AB12CD34]  DeviceSerialNumber", "0018", 0),
    ],
    ids=["group", "element", "pydicom", "one-line", "indented"],
)
def test_a_number_inside_a_tag_is_dropped(text: str, value: str, nth: int) -> None:
    assert dicom_tag_number(text, _span(text, value, nth))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("(0010,0020) LO [4471]   # PatientID", "4471"),  # the value, not the tag
        ("Ring her on (0171,2345) after six.", "0171"),  # a pair of numbers in prose
        ("(0010,0020)LO[ZQ77120]", "(0010,0020)LO"),  # a wider finding
        ("ref (0010,0020), see above", "0010"),  # no dump's VR or keyword after it
    ],
    ids=["value", "prose", "wider", "no-vr"],
)
def test_other_numbers_stay_findings(text: str, value: str) -> None:
    assert not dicom_tag_number(text, _span(text, value))


def test_a_dump_keeps_its_tags_and_masks_its_values() -> None:
    text = (
        "(0008,0090) PN [OKONJO^TEMI]   # ReferringPhysicianName\n"
        "(0010,0010) PN [BRANDT^ILSE]   # PatientName\n"
        "(0010,0020) LO [QX4471023]     # PatientID\n"
        "(0010,0030) DA [19580417]      # PatientBirthDate\n"
    )
    out = redact_text(text).text
    for tag in ("(0008,0090)", "(0010,0010)", "(0010,0020)", "(0010,0030)"):
        assert tag in out
    for value in ("OKONJO", "BRANDT", "QX4471023", "19580417"):
        assert value not in out
