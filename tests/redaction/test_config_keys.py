"""The keys of a YAML document ("site:", "consent:" under each "- id:" item) are no chat
speakers; a chat's speakers, a given name as a key, a text without YAML's block layout
(one item, plain list items, flow style) keep their findings (`config_keys.py`, split X,
session 42). Values are invented."""

from __future__ import annotations

import pytest

from app.redaction.config_keys import config_key
from app.redaction.spans import Span
from app.redaction.text import redact_text

_YAML = (
    "study: CARDIO-7 cohort\nsite: Port Ellery\nparticipants:\n"
    "  - id: QZT-118-2231\n    name: Tomasz Wrona\n    consent: 2024-05-30\n"
    "  - id: QZT-118-9921\n    name: Halina Zawadzka\n    consent: 2024-06-12\n"
)


def _span(text: str, value: str, rule: str = "chat_speaker_lower") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", rule, 0.6)


@pytest.mark.parametrize("key", ["site", "consent", "participants"])
def test_a_key_of_a_yaml_document_is_dropped(key: str) -> None:
    assert config_key(_YAML, _span(_YAML, key))


def test_keys_under_items_written_without_indent_are_dropped() -> None:
    text = "- id: 1\n  consent: yes\n- id: 2\n  consent: no\n"
    assert config_key(text, _span(text, "consent"))


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("anna: hi\npiotr: ok\nanna: see you\npiotr: bye\n", "piotr", "chat_speaker_lower"),
        (_YAML + "maria: done\nmaria: checked\n", "maria", "chat_speaker_lower"),  # a name
        ("- id: 1\nsite: a\nsite: b\n", "site", "chat_speaker_lower"),  # one item only
        ("- milk\n- eggs\nanna: ok\nanna: fine\n", "anna", "chat_speaker_lower"),  # a list
        ("[{id: 1}, {id: 2}]\nsite: a\nsite: b\n", "site", "chat_speaker_lower"),  # flow
        (_YAML, "site", "chat_speaker"),  # another rule
    ],
    ids=["chat", "given-name", "one-item", "plain-list", "flow-style", "other-rule"],
)
def test_other_findings_stay(text: str, value: str, rule: str) -> None:
    assert not config_key(text, _span(text, value, rule))


def test_a_participant_list_keeps_its_keys_and_masks_its_names() -> None:
    out = redact_text(_YAML).text
    assert "\nsite: " in out
    assert out.count("consent: ") == 2
    assert "Wrona" not in out
    assert "Zawadzka" not in out
