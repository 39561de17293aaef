"""What a record syntax writes around its values, kept readable (values made up here):

- EDI interchanges (ASC X12, UN/EDIFACT): an address finding stays in the elements of
  its address segment (X12 N3/N4, EDIFACT NAD), never the header, tags or other segments;
  an X12 NM1 person's name stays masked whatever word it is.
- DICOM text dumps: the element's keyword after the value ("PatientName") is no person.
- vCard / iCalendar: the property and component names ("BEGIN:VCALENDAR", "LOCATION:").
- URLs: a standard's code-system host ("http://loinc.org") is no identifier; the double
  quotes around a logged URL, the JSON quotes and brace around an address and the
  "mailto:" before an e-mail address are not part of the value.
"""

from __future__ import annotations

from app.redaction.content_line_names import outside_property_names
from app.redaction.dicom_keywords import dicom_keyword
from app.redaction.edi_segments import within_edi_segments
from app.redaction.name_guards import not_a_person
from app.redaction.spans import Span
from app.redaction.standard_uris import standard_uri
from app.redaction.text import redact_text

X12 = (
    "ISA*00*          *00*          *ZZ*CLINICSUB      *ZZ*PAYERHUB       *230714*0815*^*00501*"
    "000000417*0*P*:~\n"
    "ST*837*0001*005010X222A1~\n"
    "NM1*IL*1*HOLLOWAY*BRENNA****MI*QX55210983~\n"
    "N3*4471 OSPREY LANE SUITE 12, FENWICK HOLLOW, OR 97385~\n"
    "DMG*D8*19790322*F~\n"
    "SE*5*0001~\n"
)

EDIFACT = (
    "UNB+UNOC:3+SHOP:14+BANK:14+230714:0815+ORD-5521'\n"
    "UNH+1+INVOIC:D:96A:UN'\n"
    "BGM+380+ORD-7781+9'\n"
    "NAD+IV+++Vermeulen, Ilse+KASTANJELAAN 18, 5611 XK, EINDHOVEN'\n"
    "CTA+IC+:Joris Haverkamp'\n"
    "UNT+5+1'\n"
)


def test_x12_address_stays_in_its_segment() -> None:
    out = redact_text(X12).text
    assert out.startswith("ISA*00*")
    assert "ST*837*0001*" in out
    assert "\nN3*<ADDRESS_" in out
    assert "4471 OSPREY" not in out
    assert "FENWICK" not in out
    assert "DMG*D8*" in out


def test_x12_person_name_of_a_common_word_stays_masked() -> None:
    text = X12.replace("HOLLOWAY", "WARD")
    at = text.index("WARD")
    assert not not_a_person(text, Span(at, at + 4, "PERSON", "x12_name", 0.8))
    out = redact_text(text).text
    assert "*WARD*" not in out
    assert "BRENNA" not in out


def test_edifact_address_stays_in_nad() -> None:
    out = redact_text(EDIFACT).text
    assert "UNH+1+INVOIC:D:96A:UN'" in out
    assert "BGM+380+" in out
    assert "NAD+IV+++" in out
    assert "KASTANJELAAN" not in out
    assert "EINDHOVEN" not in out
    assert "Vermeulen" not in out
    assert "Ilse" not in out


def test_edi_pieces_one_segment_finding_left_alone() -> None:
    body = X12.index("4471")
    inside = Span(body, body + 10, "ADDRESS", "test", 0.85)
    assert within_edi_segments(X12, [inside]) == [inside]
    across = Span(X12.index("*ZZ*PAYERHUB"), X12.index("~\nDMG"), "ADDRESS", "test", 0.85)
    pieces = within_edi_segments(X12, [across])
    assert [X12[p.start : p.end] for p in pieces] == [
        "4471 OSPREY LANE SUITE 12, FENWICK HOLLOW, OR 97385"
    ]


DICOM = (
    "(0008,0020) DA [20190611]  StudyDate\n"
    "(0010,0010) PN [Quarshie^Adwoa]  PatientName\n"
    "(0010,0030) DA [19640205]  PatientBirthDate\n"
    "(0008,0090) PN [Lindqvist^Tor]  ReferringPhysicianName\n"
)


def test_dicom_keywords_stay_readable() -> None:
    out = redact_text(DICOM).text
    for keyword in ("StudyDate", "PatientName", "PatientBirthDate", "ReferringPhysicianName"):
        assert keyword in out
    assert "Quarshie" not in out
    assert "Lindqvist" not in out


def test_dicom_keyword_only_after_the_value_on_a_tag_line() -> None:
    at = DICOM.index("PatientName")
    assert dicom_keyword(DICOM, Span(at, at + 11, "PERSON", "SpacyRecognizer", 0.85))
    name = DICOM.index("Quarshie")
    assert not dicom_keyword(DICOM, Span(name, name + 8, "PERSON", "SpacyRecognizer", 0.85))
    prose = "Seen by PatientName today"
    assert not dicom_keyword(prose, Span(8, 19, "PERSON", "SpacyRecognizer", 0.85))


ICS = (
    "BEGIN:VCALENDAR\n"
    "BEGIN:VEVENT\n"
    "DTSTART:20240319T091500Z\n"
    "ORGANIZER;CN=Maelle Forsythe:mailto:mforsythe@mailbox.example\n"
    "LOCATION:2210 Heronwood Drive Apt. 5, Kestrel Falls, MT 59870\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)


def test_icalendar_names_stay_readable() -> None:
    out = redact_text(ICS).text
    assert out.startswith("BEGIN:VCALENDAR\nBEGIN:VEVENT\n")
    assert out.rstrip().endswith("END:VEVENT\nEND:VCALENDAR")
    assert "\nLOCATION:<ADDRESS_" in out
    assert "Heronwood" not in out
    assert "Forsythe" not in out
    assert ":mailto:<EMAIL_" in out


def test_property_name_cut_from_a_finding() -> None:
    start = ICS.index("LOCATION:")
    span = Span(start, ICS.index("\nEND:VEVENT"), "ADDRESS", "test", 0.85)
    (cut,) = outside_property_names(ICS, [span])
    assert ICS[cut.start : cut.end].startswith("2210 Heronwood")
    begin = Span(0, 5, "PERSON", "chat_speaker", 0.8)
    assert outside_property_names(ICS, [begin]) == []


def test_code_system_urls_stay_readable() -> None:
    text = (
        '{"code": {"coding": [{"system": "http://loinc.org", "code": "2345-7"}]},\n'
        ' "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"}],\n'
        ' "address": [{"text": "918 Wrenfield Court, Alder Bay, WA 98277"}]}\n'
    )
    out = redact_text(text).text
    assert '"system": "http://loinc.org"' in out
    assert '"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"' in out
    assert '"text": "<ADDRESS_1>"}' in out


def test_standard_uri_is_only_a_standards_host() -> None:
    text = "see http://snomed.info/sct and https://www.brightwater-dental.com/p/8812"
    a = text.index("http://snomed")
    assert standard_uri(text, Span(a, a + len("http://snomed.info/sct"), "URL", "url", 0.6))
    assert not standard_uri(text, Span(a, a + 26, "URL", "url", 0.6))  # one token only
    b = text.index("https://www")
    assert not standard_uri(text, Span(b, len(text), "URL", "url", 0.6))


def test_quotes_around_a_logged_url_stay() -> None:
    text = (
        '10.4.7.21 - - [03/Mar/2024:10:12:01 +0000] "GET /x HTTP/1.1" 200 51 '
        '"https://quillon-barrett.net/~odalys" "curl/8.4"\n'
    )
    out = redact_text(text).text
    assert '"<URL_1>" "curl/8.4"' in out
