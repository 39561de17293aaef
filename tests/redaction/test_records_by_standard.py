"""Structured identifiers read from the convention that defines them (session 28):

- a phone number's extension tail of two groups: a PBX's extension then a desk's or a
  voicemail box's ("x38935 ext. 1159"), and RFC 3966's ";ext=" parameter followed by a
  written extension; the whole tail is the number's;
- an age as the last value of a form's label that names several fields, the age last
  ("Initials + age:", "Name/Age:"), in any script.

Negatives: measurements and places after such labels, ordinary numbers after a phone.
"""

from __future__ import annotations

import pytest

from app.redaction.ages import find_ages
from app.redaction.phones import find_phones
from tests.redaction.conftest import second_pass_covers


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phones(text) if s.rule == "phone_numbers"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nurse, RN, 001-396-940-4015x38935 ext. 1159\n", "001-396-940-4015x38935 ext. 1159"),
        ("tel. 1-013-864-9502x1621 ext. 1273", "1-013-864-9502x1621 ext. 1273"),
        ("tel:+1-540-421-6541;ext=5995 ext. 1090", "+1-540-421-6541;ext=5995 ext. 1090"),
        ("Tel. 030 1234567 Durchwahl 12 App. 3", "030 1234567 Durchwahl 12 App. 3"),
    ],
)
def test_an_extension_tail_of_two_groups_is_the_numbers(text: str, value: str) -> None:
    assert value in _phones(text)
    assert second_pass_covers(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call 020 7946 0958 x12 and 3 more", "020 7946 0958 x12"),  # one group, then words
        ("ph 0161 496 0000 ext. 12, 40 mg daily", "0161 496 0000 ext. 12"),
    ],
)
def test_the_tail_stops_after_the_extension(text: str, value: str) -> None:
    assert value in _phones(text)


def _ages(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in find_ages(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Patient initials + age: A. T., 106\n", "106"),
        ("Patient initials + age: अ तमांग, 106\n", "106"),  # a script without capitals
        ("Name and age: 王芳 96\n", "96"),
        ("Initials/age: JS/101\n", "101"),
        ("Sex/age: F, 92.", "92"),
        ("Naam en leeftijd: de Vries, 93\n", "93"),
    ],
)
def test_the_age_is_the_last_value_of_a_label_naming_it_last(text: str, age: str) -> None:
    assert _ages(text) == [age]
    assert second_pass_covers(text, age)


@pytest.mark.parametrize(
    "text",
    [
        "Weight + age: 95 kg, 40\n",  # the age first, not last
        "Name + age: John Smith, bed 94\n",  # a place
        "Name/age/weight: Smith, 40, 95\n",  # the age not the last field
        "Name/age: Smith, 95 kg\n",  # a measurement
        "Name/age: Smith, room 95\n",
        "Name: Smith\nweight: 95\n",  # no label naming an age
    ],
)
def test_other_numbers_after_such_labels_stay(text: str) -> None:
    assert _ages(text) == []
