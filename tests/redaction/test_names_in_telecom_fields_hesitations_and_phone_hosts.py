"""Session 37's small name classes in existing readers:

- an HL7 v2 telecom field (XTN) holding "Family^Given" instead of a number, as some
  senders write the ordering provider beside OBR-16: read as a name (hl7._name_shaped);
- a self-introduction with a hesitation before the name ("it's um ...", "this is er
  ..."): the name after it, not the filler (name_forms.lower_case_intros);
- a host name "<owner>-phone" / "<owner>-mobile" (user_handles.device_owners)."""

from __future__ import annotations

import pytest

from app.redaction.hl7 import find_hl7
from app.redaction.name_forms import lower_case_intros
from app.redaction.user_handles import device_owners


def _hl7_persons(msg: str) -> list[str]:
    return [msg[s.start : s.end] for s in find_hl7(msg) if s.kind == "PERSON"]


def test_name_in_a_telecom_field_is_a_name() -> None:
    msg = "OBR|1|||CT HEAD|||||||||||||Marwick^Tobias\r"
    assert _hl7_persons(msg) == ["Marwick", "Tobias"]


@pytest.mark.parametrize(
    "value",
    ["(020)7946-0000^WPN^PH", "^NET^Internet^ward@example.org", "CALL^PRN"],
)
def test_telecom_codes_are_no_name(value: str) -> None:
    assert _hl7_persons(f"OBR|1|||CT HEAD|||||||||||||{value}\r") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi it's um zuriel okafor calling about", "zuriel okafor"),
        ("hello this is er mirela dobrev from the pharmacy", "mirela dobrev"),
    ],
)
def test_hesitation_before_an_introduced_name(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in lower_case_intros(text)] == [name]


def _unknown(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("text", "owner"),
    [('client-hostname "gunnar-phone";', "gunnar"), ("host ingrid-mobile up", "ingrid")],
)
def test_phone_host_names_name_their_owner(text: str, owner: str) -> None:
    assert [text[s.start : s.end] for s in device_owners(text, _unknown)] == [owner]


@pytest.mark.parametrize("text", ['"home-phone"', '"cell-phone"', '"smart-phone"'])
def test_phone_words_are_no_owner(text: str) -> None:
    assert device_owners(text, _unknown) == []
