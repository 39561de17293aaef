"""XML written with entity brackets inside a log line or a field ("payload=&lt;name&gt;
&lt;given&gt;...&lt;/given&gt;"): its elements are read as XML's are, so a person's
`given` and `family` parts are masked. Invented values; tags and other elements' text
stay."""

from __future__ import annotations

from app.redaction.escaped_xml import escaped_xml_values
from app.redaction.text import redact_text

_DOC = (
    "payload=&lt;ClinicalDocument&gt;&lt;recordTarget&gt;&lt;patientRole&gt;\n"
    "&lt;patient&gt;&lt;name&gt;&lt;given&gt;Wenonah&lt;/given&gt;"
    "&lt;family&gt;Castellanos&lt;/family&gt;&lt;/name&gt;&lt;/patient&gt;\n"
    "&lt;title&gt;Summary of Care&lt;/title&gt;&lt;/ClinicalDocument&gt;\n"
)


def test_given_and_family_in_escaped_xml() -> None:
    spans = escaped_xml_values(_DOC)
    assert sorted(_DOC[s.start : s.end] for s in spans if s.kind == "PERSON") == [
        "Castellanos",
        "Wenonah",
    ]
    out = redact_text(_DOC).text
    assert "Wenonah" not in out
    assert "Castellanos" not in out
    assert "&lt;given&gt;<PERSON_" in out
    assert "Summary of Care" in out


def test_no_entities_no_values() -> None:
    assert escaped_xml_values("<given>Wenonah</given> written as XML itself\n") == []


def test_given_outside_a_name_is_no_person() -> None:
    text = "&lt;drug&gt;&lt;given&gt;Paracetamol&lt;/given&gt;&lt;/drug&gt;\n"
    assert escaped_xml_values(text) == []
