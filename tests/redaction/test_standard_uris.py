"""A standard's own URI (a FHIR system or profile, LOINC, SNOMED, the W3C's namespaces)
names a code system, not a person: it stays readable; every other URL stays masked
(standard_uris.py)."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text


@pytest.mark.parametrize(
    "uri",
    [
        "http://hl7.org/fhir/StructureDefinition/patient-nationality",
        "http://terminology.hl7.org/CodeSystem/v2-0203",
        "http://loinc.org",
        "http://snomed.info/sct",
        "http://unitsofmeasure.org",
        "https://fhir.nhs.uk/Id/nhs-number",
    ],
)
def test_standard_uri_stays(uri: str) -> None:
    text = f'{{"system": "{uri}", "value": "8411-77"}}'
    assert uri in redact_text(text).text


@pytest.mark.parametrize(
    "uri",
    [
        "https://hl7-fan.example.org/p/quinn",
        "http://www.quinnfamily.net/~mq",
        "https://loinc.org.example.com/x",
    ],
)
def test_other_urls_stay_masked(uri: str) -> None:
    text = f'{{"url": "{uri}", "value": "x"}}'
    assert uri not in redact_text(text).text
