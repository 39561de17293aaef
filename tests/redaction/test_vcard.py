"""vCard and iCalendar exports (issue 15, session 21): RFC 6350 section 8's own example card
and an RFC 5545 event with ORGANIZER/ATTENDEE common names, read by their property names;
the properties that describe no person stay. No spaCy: the second pass finds these."""

from __future__ import annotations

import pytest

from app.redaction import second_pass
from app.redaction.vcard import find_vcard

CARD = "\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Simon Perreault",
        "N:Perreault;Simon;;;ing. jr,M.Sc.",
        "BDAY:--0203",
        "GENDER:M",
        "LANG;PREF=1:fr",
        "ORG:Viagenie;Director",
        "TITLE:Research Scientist",
        "ADR;TYPE=work:;Suite D2-630;2875 Laurier;",
        " Quebec;QC;G1V 2M2;Canada",
        'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102',
        "EMAIL;TYPE=work:simon.perreault@viagenie.ca",
        "GEO;TYPE=work:geo:46.772673,-71.282945",
        "END:VCARD",
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "SUMMARY:Follow-up clinic",
        "ORGANIZER;CN=John Smith:mailto:jsmith@example.com",
        'ATTENDEE;CN="Henry Cabot";ROLE=REQ-PARTICIPANT:mailto:hcabot@example.com',
        "END:VEVENT",
        "END:VCALENDAR",
    ]
)


def _covered(value: str) -> bool:
    start = CARD.index(value)
    spans = second_pass.find(CARD)
    return all(any(a <= i < b for a, b, _ in spans) for i in range(start, start + len(value)))


@pytest.mark.parametrize(
    "value",
    [
        "Simon Perreault",
        "Perreault;Simon",
        "--0203",
        "2875 Laurier",
        "G1V 2M2",  # on the folded continuation line
        "tel:+1-418-656-9254;ext=102",
        "simon.perreault@viagenie.ca",
        "46.772673,-71.282945",
        "John Smith",
        "Henry Cabot",
        "hcabot@example.com",
    ],
)
def test_identifying_properties_are_masked(value: str) -> None:
    assert _covered(value)


@pytest.mark.parametrize(
    "kept", ["VERSION:4.0", "GENDER:M", "Viagenie;Director", "Research Scientist", "Follow-up"]
)
def test_descriptive_properties_stay(kept: str) -> None:
    start = CARD.index(kept)
    end = start + len(kept)
    assert not any(s.start < end and start < s.end for s in find_vcard(CARD))


def test_property_like_lines_outside_a_card_are_left_to_the_other_recognizers() -> None:
    assert find_vcard("N: 12 patients seen\nTEL: see list\nFN: none") == []
