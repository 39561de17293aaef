"""Clinical notations read as identifiers stay readable (issue 15, session 38, utility
of split T): a unit after its value, a questionnaire's score, an EU product
authorisation number, a dental chart's procedure between tooth numbers, a run of vital
signs. The identifiers beside them stay masked. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.clinical_marks import clinical_marks
from app.redaction.not_identifiers import not_identifiers
from app.redaction.spans import Span


def _span(text: str, value: str, kind: str, rule: str = "r") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, rule, 0.85)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("  component[0]: systolic 131 mmHg\n", "mmHg", "PERSON"),
        ("Urea 7.1 mmol/L, creatinine 88", "mmol/L", "LOCATION"),
        ("Denies active plan.\nPHQ-9 21. Continues", "PHQ-9 21", "RECORD_NUMBER"),
        ("GAD-7 12   item 9: 0", "GAD-7 12", "RECORD_NUMBER"),
        ("v.mp=EU/1/21/1529\nv.dt=2024-01-01", "EU/1/21/1529", "RECORD_NUMBER"),
        ("v.mp=EU/1/21/1529\nv.dt=2024-01-01", "1/21/1529", "DATE_TIME"),
        ("17 MOD amalgam ... 26 RCT 27 implant", "26 RCT 27", "VEHICLE_ID"),
        ("Obs: GCS 14, BP 101/70, HR 121, BM 3.4\n", "GCS 14, BP 101/70, HR 121, BM", "ADDRESS"),
        ("Abzüge: Lohnsteuer / Kirchensteuer siehe Anlage", "Kirchensteuer", "PERSON"),
        ("Todesursache: Herz-Kreislauf-Versagen\n", "Herz-Kreislauf-Versagen", "PERSON"),
        ("Fragestellung: distale Radiusfraktur?", "Radiusfraktur", "PERSON"),
        ("variant c.68_69delAG in PALB2 (heterozygous)", "PALB2", "LOCATION"),
        ("Opiates neg  THC POS (confirmed LC-MS/MS)", "LC-MS/MS", "PERSON"),
        ("Badanie: SARS-CoV-2 RT-PCR\nWynik: NIE WYKRYTO\n", "NIE WYKRYTO", "PERSON"),
    ],
)
def test_clinical_notation_is_no_identifier(text: str, value: str, kind: str) -> None:
    span = _span(text, value, kind)
    assert clinical_marks(text, [span]) == []
    assert not_identifiers(text, [span]) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Seen by Hg Okafor today", "Hg Okafor", "PERSON"),  # no unit alone
        ("mmHg said hello", "mmHg", "PERSON"),  # no value before it
        ("Claim ref: CLM 48-11023", "CLM 48-11023", "RECORD_NUMBER"),
        ("v.ci=URN:UVCI:01:XX:ABC123#Z", "ABC123", "RECORD_NUMBER"),
        ("Plate: 34 KRT 481", "34 KRT 481", "VEHICLE_ID"),  # a Turkish plate
        ("BP 5704, 12000 Rodez", "BP 5704, 12000 Rodez", "ADDRESS"),  # a post-office box
        ("Kontakt: Frau Müller-Steuer", "Müller-Steuer", "PERSON"),  # a double surname
        ("Zahlung an Steuer", "Steuer", "PERSON"),  # a surname alone
        ("Office: London EC1", "EC1", "LOCATION"),  # a postcode's district
    ],
)
def test_identifiers_beside_such_notations_stay_masked(text: str, value: str, kind: str) -> None:
    span = _span(text, value, kind)
    assert clinical_marks(text, [span]) == [span]
