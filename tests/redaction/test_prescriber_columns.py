"""A table's PRESCRIBER column holds the prescriber's name (session 41, prescriber_columns):
a dispensing log writes the surname alone in capitals there."""

from __future__ import annotations

from app.redaction.text import redact_text

LOG = (
    "RX|FILLED|PATIENT|DOB|DRUG|QTY|PRESCRIBER|DEA\n"
    "88120|03/02/2025|OKONKWO, CHIDI|05/11/1971|tramadol 50 mg|20|BROOK|AV1234563\n"
    "88121|03/04/2025|LINDQVIST, ELSA|02/09/1988|cefalexin 500 mg|28|BROOK|AV1234563\n"
)


def test_the_prescriber_column_is_masked() -> None:
    out = redact_text(LOG).text
    assert "BROOK" not in out
    assert "cefalexin 500 mg" in out
