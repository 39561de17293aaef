"""A FHIR "system" names the namespace an identifier belongs to, whoever's host publishes
it: the URI is kept readable, the identifier's value beside it is still masked
(`standard_uris.in_system_value`, session 45)."""

from __future__ import annotations

from app.redaction.spans import Span
from app.redaction.standard_uris import in_system_value
from app.redaction.text import redact_text

_JSON = (
    '{"resourceType": "Patient", "identifier": ['
    '{"system": "https://registry.example-health.gov/sid/insured-number", "value": "QZ48213907"}],'
    ' "name": [{"family": "Okonkwo", "given": ["Chidinma"]}]}'
)


def _span(text: str, value: str, kind: str = "URL") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, "UrlRecognizer", 0.6)


def test_a_system_uri_is_no_identifier_but_a_value_is() -> None:
    uri = '"https://registry.example-health.gov/sid/insured-number"'
    assert in_system_value(_JSON, _span(_JSON, uri))
    assert not in_system_value(_JSON, _span(_JSON, "QZ48213907", "RECORD_NUMBER"))


def test_an_xml_system_value_is_no_identifier() -> None:
    xml = '<identifier><system value="urn:oid:1.2.999.44.7"/><value value="QZ48213907"/>'
    assert in_system_value(xml, _span(xml, "urn:oid:1.2.999.44.7"))


def test_a_url_under_another_key_stays_an_identifier() -> None:
    text = '{"photo": [{"url": "https://cdn.example-photos.net/u/chidinma/face.jpg"}]}'
    assert not in_system_value(
        text, _span(text, "https://cdn.example-photos.net/u/chidinma/face.jpg")
    )


def test_patient_resource_end_to_end() -> None:
    out = redact_text(_JSON).text
    assert "https://registry.example-health.gov/sid/insured-number" in out
    for value in ("QZ48213907", "Okonkwo", "Chidinma"):
        assert value not in out
