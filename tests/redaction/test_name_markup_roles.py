"""A name as the text of an XML element naming a person or their role, with attributes
on the element or its brackets escaped as a logged payload writes them. Invented values;
a team, a service or a common word in such an element stays."""

from __future__ import annotations

import pytest

from app.redaction.name_markup_roles import markup_role_names
from app.redaction.text import redact_text

_PAYLOAD = (
    "INFO referral queued payload=&lt;Referral&gt;&lt;Service&gt;Memory Clinic&lt;/Service&gt;"
    '&lt;Referrer gmc="7654321"&gt;Tobiah Wrenfield&lt;/Referrer&gt;&lt;/Referral&gt;\n'
)


def test_an_escaped_referrer_with_an_attribute() -> None:
    found = [_PAYLOAD[s.start : s.end] for s in markup_role_names(_PAYLOAD)]
    assert found == ["Tobiah Wrenfield"]
    out = redact_text(_PAYLOAD).text
    assert "Wrenfield" not in out
    assert "Memory Clinic" in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('<Author role="consultant">Ifeoma Brackley</Author>', "Ifeoma Brackley"),
        ("&lt;sender&gt;Oddny Hallvardsen&lt;/sender&gt;", "Oddny Hallvardsen"),
    ],
)
def test_a_role_elements_name(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in markup_role_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "&lt;Sender&gt;Duty Team&lt;/Sender&gt;",
        "<Service>Tobiah Wrenfield</Service>",
        "<Referrer>NHS 111</Referrer>",
    ],
)
def test_no_name_there(text: str) -> None:
    assert markup_role_names(text) == []
