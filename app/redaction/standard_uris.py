"""A standard's own URI names a code system, a profile or a namespace, never a person:
"http://loinc.org", "http://hl7.org/fhir/sid/us-ssn" (the system an identifier's value
belongs to; the value stays masked), "http://hl7.org/fhir/StructureDefinition/...",
"https://fhir.nhs.uk/Id/nhs-number", "http://www.w3.org/2001/XMLSchema-instance".

FHIR resources, CDA documents and XML write these in every record as the "system", "url"
and "xmlns" of a value; the URL finders mask them as web addresses, and the record loses
what its codes mean. A URL finding on the hosts of the standards bodies and terminology
publishers below (HL7, LOINC, SNOMED International, UCUM, the W3C, NEMA's DICOM, the NLM,
NHS England's FHIR naming systems) is dropped.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

_URL_KINDS: Final = frozenset({"URL"})
_STANDARD = fast_regex.compile(
    r"[\"'<(]?https?://(?:[a-z0-9-]+\.)*"
    r"(?:hl7\.org|fhir\.org|loinc\.org|snomed\.info|unitsofmeasure\.org|w3\.org|"
    r"nema\.org|nlm\.nih\.gov|fhir\.nhs\.uk)"
    r"(?:[/:#?][^\s\"'<>]*)?[\"'>)]?"
)


def without_standard_uris(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the URL findings that are a standard's own URI (see above)."""
    if "://" not in text:
        return spans
    return [
        s
        for s in spans
        if s.kind not in _URL_KINDS or _STANDARD.fullmatch(text, s.start, s.end) is None
    ]
