"""URLs that name a standard's code system or namespace, no person.

A FHIR resource names the code system of every code it holds ("system":
"http://loinc.org", "http://snomed.info/sct") and the definition of every extension
("url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"); a CDA or XML
document names its schemas' namespaces ("urn:hl7-org:v3", "http://www.w3.org/2001/XMLSchema-instance").
These URLs are the same in every patient's record: they are the standards bodies'
published identifiers (FHIR R4 "Using Codes in Resources", 4.3.0.2's list of
terminology URIs), not a page or a host of the patient's. A URL finding whose host is
one of those bodies' is dropped; any other URL stays masked.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

# The hosts of the code systems and namespaces FHIR, CDA and DICOM name: HL7 (FHIR,
# terminology.hl7.org), LOINC, SNOMED CT, UCUM, RxNorm (NLM), WHO's ATC, the AMA's CPT,
# DICOM (NEMA), IHE and the W3C's XML namespaces.
_STANDARD_HOSTS: Final = frozenset(
    {
        "hl7.org",
        "terminology.hl7.org",
        "build.fhir.org",
        "fhir.org",
        "loinc.org",
        "snomed.info",
        "unitsofmeasure.org",
        "nlm.nih.gov",
        "whocc.no",
        "ama-assn.org",
        "dicom.nema.org",
        "ihe.net",
        "w3.org",
    }
)
_HOST = fast_regex.compile(r"(?i)(?:https?://)?(?:www\.)?(?P<host>[a-z0-9.-]+)(?=[/?#:]|$)")


def standard_uri(text: str, span: Span) -> bool:
    """A URL finding whose host is a standards body's code system or namespace host."""
    if span.kind != "URL":
        return False
    m = _HOST.match(text[span.start : span.end].strip("\"'<> "))
    return m is not None and m.group("host").casefold() in _STANDARD_HOSTS
