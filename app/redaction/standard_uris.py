"""A standard's own URI names a code system, a profile or a namespace, never a person:
"http://loinc.org", "http://hl7.org/fhir/sid/us-ssn" (the system an identifier's value
belongs to; the value stays masked), "http://hl7.org/fhir/StructureDefinition/...",
"https://fhir.nhs.uk/Id/nhs-number", "http://www.w3.org/2001/XMLSchema-instance".

FHIR resources, CDA documents and XML write these in every record as the "system", "url"
and "xmlns" of a value: the standards bodies' published identifiers (FHIR R4 "Using Codes
in Resources", 4.3.0.2's list of terminology URIs), the same in every patient's record.
The URL finders mask them as web addresses, and the record loses what its codes mean. A
URL finding on a host of the bodies below, or a subdomain of one, is dropped; any other
URL stays masked.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

# HL7 (FHIR, terminology.hl7.org, build.fhir.org), LOINC, SNOMED International, UCUM, the
# W3C's XML namespaces, NEMA's DICOM, the NLM (RxNorm), WHO's ATC, the AMA's CPT, IHE and
# NHS England's FHIR naming systems.
_STANDARD_HOSTS: Final = frozenset(
    {
        "hl7.org",
        "fhir.org",
        "loinc.org",
        "snomed.info",
        "unitsofmeasure.org",
        "w3.org",
        "nema.org",
        "nlm.nih.gov",
        "whocc.no",
        "ama-assn.org",
        "ihe.net",
        "fhir.nhs.uk",
    }
)
_URL = fast_regex.compile(r"(?i)(?:https?://)?(?P<host>[a-z0-9.-]+)(?:[/:#?]\S*)?")


def standard_uri(text: str, span: Span) -> bool:
    """A URL finding that is a standard's own URI (see above): one token, on such a host."""
    if span.kind != "URL":
        return False
    m = _URL.fullmatch(text[span.start : span.end].strip("\"'<>() "))
    if m is None:
        return False
    host = m.group("host").casefold()
    return any(host == h or host.endswith("." + h) for h in _STANDARD_HOSTS)


def without_standard_uris(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the URL findings that are a standard's own URI."""
    return [s for s in spans if not standard_uri(text, s)]


# A FHIR "system" (JSON `"system": "…"`, XML `<system value="…"/>`) always names a code
# system or a naming system: the namespace an identifier's value belongs to, the same in
# every record, whoever's host publishes it ("https://fhir.kbv.de/NamingSystem/…",
# "http://ns.electronichealth.net.au/id/medicare-number"). The value beside it stays masked.
_SYSTEM_VALUE = re.compile(
    r'"system"[ \t]*:[ \t]*"(?P<uri>[^"\s]{1,300})"|<system value="(?P<xml>[^"\s]{1,300})"'
)


def in_system_value(text: str, span: Span) -> bool:
    """The finding lies inside the URI of a FHIR "system" (see above), its quotes at most."""
    return any(a - 1 <= span.start and span.end <= b + 1 for a, b in _system_values(text))


# The findings of one text are asked in turn: each text's "system" values are read once.
@functools.lru_cache(maxsize=8)
def _system_values(text: str) -> tuple[tuple[int, int], ...]:
    """Where the URIs of every FHIR "system" of `text` stand."""
    if "system" not in text:
        return ()
    return tuple(
        m.span("uri") if m.group("uri") is not None else m.span("xml")
        for m in _SYSTEM_VALUE.finditer(text)
        if ":" in (m.group("uri") or m.group("xml") or "")  # a URI, "urn:oid:…" too
    )
