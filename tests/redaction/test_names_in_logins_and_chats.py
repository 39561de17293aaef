"""Names where chats, mail headers and network logs put them (session 30):

- a relative's name in brackets, as an apposition ("wife (elyas) says"): lower_case_names;
- the owner in a device's host name, as the DHCP client's host name option (RFC 2132
  section 3.14) carries it into DHCP and Wi-Fi logs: Apple's default "<Given>s-iPhone"
  and a login before "-laptop", "-iphone" ...: user_handles.device_owners;
- "Given.Surname" handles with their capitals, and "first.last" of two words no word list
  holds: name_neighbours.handle_names;
- the holder named before a phone number after a spaced dash or "on":
  name_neighbours.names_beside_persons.

Negatives: clinical words in brackets, makers' and systems' host names, abbreviations
with a dot, drug pairs, code, and labels before phone numbers stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.lower_case_names import lower_case_names
from app.redaction.name_neighbours import handle_names, names_beside_persons
from app.redaction.spans import Span
from app.redaction.user_handles import device_owners


def _unknown(word: str) -> bool:
    """A stand-in for the model's vocabulary: only these words are known."""
    return word in {"lenovo", "samsung", "dell", "hello"}


def _values(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("wife (elyas) says GTN spray helped\n", ["elyas"], id="given name"),
        pytest.param("wife (yohanes) says GTN helped\n", ["yohanes"], id="unknown word"),
        pytest.param("son (tomasz) called back\n", ["tomasz"], id="son"),
        pytest.param("mother (deceased) had diabetes\n", [], id="adjective"),
        pytest.param("son (nurse) said so\n", [], id="role"),
        pytest.param("daughter (ok) agrees\n", [], id="short word"),
        pytest.param("father (see notes) agrees\n", [], id="two words"),
    ],
)
def test_a_relative_named_in_brackets(text: str, expected: list[str]) -> None:
    assert _values(text, lower_case_names(text, _unknown)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "DHCPACK on 10.0.0.5 to 84:4e:36:50:b4:78 (zmelicharekova-iphone) via vlan1",
            ["zmelicharekova"],
            id="login before iphone",
        ),
        pytest.param("client (kansari-iphone) associated", ["kansari"], id="initial surname"),
        pytest.param("host Annas-MacBook-Pro.local", ["Annas"], id="apple possessive"),
        pytest.param("hostname=Johns-iPhone", ["Johns"], id="possessive of john"),
        pytest.param("host j.smith-laptop joined", ["j.smith"], id="dotted login"),
        pytest.param("(Lenovo-PC) (Samsung-Galaxy) (DESKTOP-7H3K2L)", [], id="makers"),
        pytest.param("(guest-ipad) (nurses-ipad) (reception-pc)", [], id="systems and words"),
        pytest.param("(ward4-laptop) (lab-pc) post-op non-android", [], id="words with digits"),
        pytest.param("the (work-laptop) and (my-iphone)", [], id="possessions"),
    ],
)
def test_device_owners_in_host_names(text: str, expected: list[str]) -> None:
    assert _values(text, device_owners(text, _unknown)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("To: Ben.Parsons (HR)", ["Ben.Parsons"], id="given surname"),
        pytest.param("cc Parsons.Ben, Anna_Kowalski", ["Parsons.Ben", "Anna_Kowalski"], id="both"),
        pytest.param("Crew: omotoun.bakare, travis.green", ["omotoun.bakare", "travis.green"]),
        pytest.param("See St.Mary and Dr.Smith", [], id="abbreviations"),
        pytest.param("Max.Dose and Fig.Results", [], id="words"),
        pytest.param("started amox.clav and pip.tazo", ["pip.tazo"], id="drug pairs"),
        pytest.param("cipro.flox then ferrous.sulfate", [], id="drugs"),
        pytest.param("report.pdf and www.example.org", [], id="files and domains"),
    ],
)
def test_handles(text: str, expected: list[str]) -> None:
    assert _values(text, handle_names(text)) == expected


def _phones(text: str, *values: str) -> list[Span]:
    return [
        Span(text.index(v), text.index(v) + len(v), "PHONE_NUMBER", "phone_numbers", 0.75)
        for v in values
    ]


@pytest.mark.parametrize(
    ("text", "phone", "expected"),
    [
        pytest.param(
            "can someone call bed 12s son back - Guerrier - (11) 2341-2321",
            "(11) 2341-2321",
            ["Guerrier"],
            id="dash",
        ),
        pytest.param(
            "ask for Okonkwo Adaeze on 0803 123 4567", "0803 123 4567", ["Okonkwo Adaeze"]
        ),
        pytest.param("Pharmacy - 0161 496 0000", "0161 496 0000", [], id="department"),
        pytest.param("London on 020 7946 0000", "020 7946 0000", [], id="english place"),
        pytest.param("Tel - 020 7946 0000", "020 7946 0000", [], id="label"),
        pytest.param("Guerrier: 020 7946 0000", "020 7946 0000", [], id="colon is a label"),
        pytest.param("Dr - 020 7946 0000", "020 7946 0000", [], id="title"),
    ],
)
def test_the_holder_before_a_phone(text: str, phone: str, expected: list[str]) -> None:
    spans = names_beside_persons(text, _phones(text, phone))
    assert _values(text, spans) == expected


_CHARS = st.sampled_from([*"aAbBeEiIkKnNsS.-_ ()\n:0123", "iphone", "-PC", " on "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join))
def test_device_owners_stay_inside_the_text(text: str) -> None:
    for span in device_owners(text, _unknown):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].replace(".", "").replace("_", "").isalnum()


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join), st.integers(0, 40), st.integers(1, 12))
def test_phone_holders_stay_before_the_phone(text: str, at: int, size: int) -> None:
    at = min(at, len(text))
    phone = Span(at, min(len(text), at + size), "PHONE_NUMBER", "phone_numbers", 0.75)
    for span in names_beside_persons(text, [phone] if phone.start < phone.end else []):
        assert 0 <= span.start < span.end <= phone.start
        assert text[span.start : span.end].replace(" ", "").isalpha()
